from enum import StrEnum


class VisibilityStatus(StrEnum):
    PRIVATE = "0"
    UNLISTED = "1"
    PUBLIC = "2"

    def __str__(self) -> str:
        return str(self.value)
