from enum import StrEnum


class MediaItemPosition(StrEnum):
    FIRST = "First"
    LAST = "Last"

    def __str__(self) -> str:
        return str(self.value)
