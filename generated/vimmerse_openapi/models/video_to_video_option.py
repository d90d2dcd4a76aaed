from enum import StrEnum


class VideoToVideoOption(StrEnum):
    KLING_O = "KlingO"
    LUMA_MODIFY = "LumaModify"

    def __str__(self) -> str:
        return str(self.value)
