from enum import StrEnum


class VideoAvatarAspectRatio(StrEnum):
    SQUARE_1_1 = "1:1"
    LANDSCAPE_16_9 = "16:9"
    VERTICAL_9_16 = "9:16"

    def __str__(self) -> str:
        return str(self.value)
