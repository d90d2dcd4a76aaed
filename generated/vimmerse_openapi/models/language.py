from enum import StrEnum


class Language(StrEnum):
    ARABIC = "Arabic"
    CHINESE = "Chinese"
    ENGLISH = "English"
    FRENCH = "French"
    GERMAN = "German"
    HINDI = "Hindi"
    JAPANESE = "Japanese"
    KOREAN = "Korean"
    SPANISH = "Spanish"
    TURKISH = "Turkish"

    def __str__(self) -> str:
        return str(self.value)
