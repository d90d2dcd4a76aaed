from enum import StrEnum


class FinetuneType(StrEnum):
    AUTO = "Auto"
    CHARACTER = "Character"
    PRODUCT = "Product"
    STYLE = "Style"

    def __str__(self) -> str:
        return str(self.value)
