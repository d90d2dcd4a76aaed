from enum import StrEnum


class VideoEffectsOption(StrEnum):
    PIKA_EFFECTS = "PikaEffects"
    KLING_EFFECTS = "KlingEffects"
    WAN_EFFECTS = "WanEffects"
    VIDU_EFFECTS = "ViduEffects"
    PIXVERSE_EFFECTS = "PixverseEffects"
    HIGGSFIELD_EFFECTS = "HiggsfieldEffects"

    def __str__(self) -> str:
        return str(self.value)
