from enum import StrEnum


class VideoAudioAttachMode(StrEnum):
    MATCH_VIDEO = "MatchVideo"
    PAD_AUDIO = "PadAudio"
    MATCH_AUDIO = "MatchAudio"
    SPEED_ADJUST = "SpeedAdjust"
    STRICT = "Strict"

    def __str__(self) -> str:
        return str(self.value)
