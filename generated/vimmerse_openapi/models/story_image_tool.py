from enum import StrEnum


class StoryImageTool(StrEnum):
    SEEDREAM = "Seedream"
    FLUX_TURBO = "FluxTurbo"
    NANO_BANANA = "NanoBanana"
    QWEN_IMAGE = "QwenImage"

    def __str__(self) -> str:
        return str(self.value)
