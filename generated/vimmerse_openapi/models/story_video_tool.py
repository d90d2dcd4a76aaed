from enum import StrEnum


class StoryVideoTool(StrEnum):
    AUTO = "Auto"
    KLING_AI = "KlingAI"
    SEEDANCE = "Seedance"
    PIXVERSE = "Pixverse"
    VEO_FAST = "VeoFast"

    def __str__(self) -> str:
        return str(self.value)
