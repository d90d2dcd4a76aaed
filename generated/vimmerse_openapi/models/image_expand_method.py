from enum import StrEnum


class ImageExpandMethod(StrEnum):
    OUTPAINT = "Outpaint"
    PAD = "Pad"

    def __str__(self) -> str:
        return str(self.value)
