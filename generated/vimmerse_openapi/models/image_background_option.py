from enum import StrEnum


class ImageBackgroundOption(StrEnum):
    REMOVE_BACKGROUND = "RemoveBackground"
    REPLACE_BACKGROUND = "ReplaceBackground"
    RESTYLE_BACKGROUND = "RestyleBackground"

    def __str__(self) -> str:
        return str(self.value)
