from enum import StrEnum


class ImageElementsOption(StrEnum):
    FLUX_PRO = "FluxPro"
    SEEDREAM = "Seedream"
    NANO_BANANA_PRO = "NanoBananaPro"
    FLUX_KONTEXT_PRO = "FluxKontextPro"
    NANO_BANANA = "NanoBanana"
    GPT_IMAGE = "GPTImage"

    def __str__(self) -> str:
        return str(self.value)
