from enum import StrEnum


class StoryStatus(StrEnum):
    NEW = "new"
    PROCESSING = "processing"
    SUCCESS = "success"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
