from enum import StrEnum


class MediaProcessingStatus(StrEnum):
    CANCEL = "cancel"
    FAIL = "fail"
    PROCESSING = "processing_bullet"
    QUEUED = "queue_bullet"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
