from enum import StrEnum


class Rating(StrEnum):
    ONE = "1"
    TWO = "2"
    THREE = "3"
    FOUR = "4"
    FIVE = "5"

    def __str__(self) -> str:
        return str(self.value)
