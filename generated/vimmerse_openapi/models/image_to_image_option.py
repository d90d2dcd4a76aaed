from enum import StrEnum


class ImageToImageOption(StrEnum):
    SEEDREAM = "Seedream"
    FLUX_PRO = "FluxPro"
    FLUX_TURBO = "FluxTurbo"
    IMAGE_UTILS_DEPTH = "ImageUtilsDepth"
    NANO_BANANA_PRO = "NanoBananaPro"
    NANO_BANANA = "NanoBanana"
    FLUX_KONTEXT_PRO = "FluxKontextPro"
    QWEN_IMAGE = "QwenImage"
    FLUX_KONTEXT_FINETUNED = "FluxKontextFinetuned"
    REMAKE = "Remake"
    STABLE_DIFFUSION_3_5 = "StableDiffusion3.5"
    LEONARDO_IMAGE = "LeonardoImage"
    SKETCH = "Sketch"
    RESTRUCTURE = "Restructure"
    REVIEW = "Review"
    GPT_IMAGE = "GPTImage"
    AUTO = "Auto"

    def __str__(self) -> str:
        return str(self.value)
