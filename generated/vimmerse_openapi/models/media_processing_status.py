from enum import StrEnum


class MediaProcessingStatus(StrEnum):
    QUEUED = "queue_bullet"
    PROCESSING = "processing_bullet"
    SUCCESS = "success"
    FAIL = "fail"
    CANCEL = "cancel"

    def __str__(self) -> str:
        return str(self.value)
