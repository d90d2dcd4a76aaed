from enum import StrEnum


class TryOnModel(StrEnum):
    FASHN_TRY_ON = "FashnTryOn"
    KLING_TRY_ON = "KlingTryOn"
    NANO_BANANA_PRO_TRY_ON = "NanoBananaProTryOn"
    SEEDREAM_TRY_ON = "SeedreamTryOn"
    VIDU_TRY_ON = "ViduTryOn"

    def __str__(self) -> str:
        return str(self.value)
