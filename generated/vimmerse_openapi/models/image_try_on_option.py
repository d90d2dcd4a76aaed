from enum import StrEnum


class ImageTryOnOption(StrEnum):
    SEEDREAM_TRY_ON = "SeedreamTryOn"
    NANO_BANANA_PRO_TRY_ON = "NanoBananaProTryOn"
    KLING_TRY_ON = "KlingTryOn"
    FASHN_TRY_ON = "FashnTryOn"
    KONTEXT_TRY_ON = "KontextTryOn"

    def __str__(self) -> str:
        return str(self.value)
