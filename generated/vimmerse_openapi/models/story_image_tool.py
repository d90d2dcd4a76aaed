from enum import StrEnum


class StoryImageTool(StrEnum):
    FLUX_TURBO = "FluxTurbo"
    NANO_BANANA = "NanoBanana"
    QWEN_IMAGE = "QwenImage"
    SEEDREAM = "Seedream"

    def __str__(self) -> str:
        return str(self.value)
