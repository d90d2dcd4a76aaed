from enum import StrEnum


class ImageEditOption(StrEnum):
    REMOVE_TEXT = "RemoveText"
    UPSCALE = "Upscale"
    LUMA_REFRAME = "LumaReframe"
    INPAINT = "Inpaint"
    EXPAND_TO_ASPECT_RATIO = "ExpandToAspectRatio"

    def __str__(self) -> str:
        return str(self.value)
