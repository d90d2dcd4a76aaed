from enum import StrEnum


class VideoTargetAspectRatio(StrEnum):
    ULTRAWIDE_21_9 = "21:9"
    LANDSCAPE_16_9 = "16:9"
    STANDARD_4_3 = "4:3"
    SQUARE_1_1 = "1:1"
    PORTRAIT_3_4 = "3:4"
    VERTICAL_9_16 = "9:16"
    TALL_9_21 = "9:21"

    def __str__(self) -> str:
        return str(self.value)
