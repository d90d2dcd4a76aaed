from enum import StrEnum


class WorkflowProcessingStatus(StrEnum):
    QUEUED = "queue"
    PROCESSING = "processing"
    SUCCESS = "success"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
