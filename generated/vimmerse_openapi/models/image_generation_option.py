from enum import StrEnum


class ImageGenerationOption(StrEnum):
    SEEDREAM = "Seedream"
    FLUX_PRO = "FluxPro"
    FLUX_TURBO = "FluxTurbo"
    NANO_BANANA_PRO = "NanoBananaPro"
    NANO_BANANA = "NanoBanana"
    FLUX_KONTEXT_PRO = "FluxKontextPro"
    FLUX_FINETUNED = "FluxFinetuned"
    QWEN_IMAGE = "QwenImage"
    STABLE_DIFFUSION_3_5 = "StableDiffusion3.5"
    LEONARDO_IMAGE = "LeonardoImage"
    GPT_IMAGE = "GPTImage"
    AUTO = "Auto"

    def __str__(self) -> str:
        return str(self.value)
