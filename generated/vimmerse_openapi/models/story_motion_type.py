from enum import StrEnum


class StoryMotionType(StrEnum):
    AUTO = "Auto"
    AUTO_T3 = "AutoT3"
    HUNYUAN = "Hunyuan"
    KLING_AI = "KlingAI"
    KLING_T4 = "KlingT4"
    LUMA_AI = "LumaAI"
    LUMA_RAY2 = "LumaRay2"
    MINIMAX_HAILUO = "MinimaxHailuo"
    PICO_MOTION = "PicoMotion"
    PIXVERSE = "Pixverse"
    PIXVERSE_T3 = "PixverseT3"
    RUNWAY_ML = "RunwayML"
    SEEDANCE = "Seedance"
    SEEDANCE_FAST = "SeedanceFast"
    SORA = "Sora"
    SORA_PRO = "SoraPro"
    STATIC_MOTION = "StaticMotion"
    VEO = "Veo"
    VEO_FAST = "VeoFast"
    WAN = "Wan"

    def __str__(self) -> str:
        return str(self.value)
