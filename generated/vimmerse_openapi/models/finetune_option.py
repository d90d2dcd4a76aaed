from enum import StrEnum


class FinetuneOption(StrEnum):
    FLUX_FINETUNE = "FluxFinetune"
    FLUX_PRO_FINETUNE = "FluxProFinetune"
    FLUX_KONTEXT_FINETUNE = "FluxKontextFinetune"

    def __str__(self) -> str:
        return str(self.value)
