from enum import StrEnum


class MotionType(StrEnum):
    AUTO = "Auto"
    AUTO_T3 = "AutoT3"
    KLING_AI = "KlingAI"
    KLING_T4 = "KlingT4"
    LUMA_AI = "LumaAI"
    LUMA_RAY2 = "LumaRay2"
    VEO_FAST = "VeoFast"
    VEO = "Veo"
    RUNWAY_ML = "RunwayML"
    MINIMAX_HAILUO = "MinimaxHailuo"
    SEEDANCE = "Seedance"
    SEEDANCE_FAST = "SeedanceFast"
    HUNYUAN = "Hunyuan"
    PIXVERSE = "Pixverse"
    PIXVERSE_T3 = "PixverseT3"
    PICO_MOTION = "PicoMotion"
    STATIC_MOTION = "StaticMotion"
    WAN = "Wan"
    SORA = "Sora"
    SORA_PRO = "SoraPro"
    TRY_ON_VIDEO = "TryOnVideo"

    def __str__(self) -> str:
        return str(self.value)
