from enum import StrEnum


class TextPromptOption(StrEnum):
    IMAGE_TO_PROMPT = "Image2Prompt"
    SUGGEST_PROMPT = "SuggestPrompt"
    REFINE_PROMPT = "RefinePrompt"
    INSPIRE_ME = "InspireMe"

    def __str__(self) -> str:
        return str(self.value)
