from enum import StrEnum


class Rating(StrEnum):
    FIVE = "5"
    FOUR = "4"
    ONE = "1"
    THREE = "3"
    TWO = "2"

    def __str__(self) -> str:
        return str(self.value)
