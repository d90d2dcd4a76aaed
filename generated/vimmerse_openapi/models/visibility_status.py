from enum import StrEnum


class VisibilityStatus(StrEnum):
    PRIVATE = "0"
    PUBLIC = "2"
    UNLISTED = "1"

    def __str__(self) -> str:
        return str(self.value)
