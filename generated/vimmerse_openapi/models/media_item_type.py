from enum import StrEnum


class MediaItemType(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"

    def __str__(self) -> str:
        return str(self.value)
