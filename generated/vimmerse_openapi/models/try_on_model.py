from enum import StrEnum


class TryOnModel(StrEnum):
    SEEDREAM_TRY_ON = "SeedreamTryOn"
    NANO_BANANA_PRO_TRY_ON = "NanoBananaProTryOn"
    FASHN_TRY_ON = "FashnTryOn"
    VIDU_TRY_ON = "ViduTryOn"
    KLING_TRY_ON = "KlingTryOn"

    def __str__(self) -> str:
        return str(self.value)
