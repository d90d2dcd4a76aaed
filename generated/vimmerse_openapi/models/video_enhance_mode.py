from enum import StrEnum


class VideoEnhanceMode(StrEnum):
    UPSCALE_4X = "4X"
    UPSCALE_2X = "2X"
    UPSCALE_4X_DEEP_CLEAN = "4X&DeepClean"
    UPSCALE_2X_DEEP_CLEAN = "2X&DeepClean"
    DEEP_CLEAN = "DeepClean"

    def __str__(self) -> str:
        return str(self.value)
