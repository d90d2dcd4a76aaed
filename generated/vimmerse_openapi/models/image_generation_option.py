from enum import StrEnum


class ImageGenerationOption(StrEnum):
    AUTO = "Auto"
    FLUX_FINETUNED = "FluxFinetuned"
    FLUX_KONTEXT_PRO = "FluxKontextPro"
    FLUX_PRO = "FluxPro"
    FLUX_TURBO = "FluxTurbo"
    GPT_IMAGE = "GPTImage"
    LEONARDO_IMAGE = "LeonardoImage"
    NANO_BANANA = "NanoBanana"
    NANO_BANANA_PRO = "NanoBananaPro"
    QWEN_IMAGE = "QwenImage"
    SEEDREAM = "Seedream"
    STABLE_DIFFUSION_3_5 = "StableDiffusion3.5"

    def __str__(self) -> str:
        return str(self.value)
