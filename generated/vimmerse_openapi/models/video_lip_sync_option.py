from enum import StrEnum


class VideoLipSyncOption(StrEnum):
    AUTO_LIP_SYNC = "AutoLipSync"
    SYNC_LIP_SYNC = "SyncLipSync"
    HUMMING_BIRD = "HummingBird"
    NEWPORT_LIP_SYNC = "NewportLipSync"
    KLING_AVATAR = "KlingAvatar"
    NEWPORT_DREAM_AVATAR = "NewportDreamAvatar"

    def __str__(self) -> str:
        return str(self.value)
