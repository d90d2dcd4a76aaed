from enum import StrEnum


class VideoShowCaption(StrEnum):
    ON = "On"
    OFF = "Off"

    def __str__(self) -> str:
        return str(self.value)
