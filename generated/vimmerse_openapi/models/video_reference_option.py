from enum import StrEnum


class VideoReferenceOption(StrEnum):
    KLING_O = "KlingO"
    VEO_REFERENCE = "VeoReference"
    VIDU_REFERENCE = "ViduReference"
    PIKA_SCENES = "PikaScenes"
    MINIMAX_REFERENCE = "MinimaxReference"

    def __str__(self) -> str:
        return str(self.value)
