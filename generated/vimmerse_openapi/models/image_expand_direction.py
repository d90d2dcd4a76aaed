from enum import StrEnum


class ImageExpandDirection(StrEnum):
    CENTER = "center"
    TOP_LEFT = "top/left"
    BOTTOM_RIGHT = "bottom/right"

    def __str__(self) -> str:
        return str(self.value)
