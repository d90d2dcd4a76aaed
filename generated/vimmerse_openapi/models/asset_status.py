from enum import StrEnum


class AssetStatus(StrEnum):
    QUEUED = "queue"
    PROCESSING = "processing"
    SUCCESS = "success"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
