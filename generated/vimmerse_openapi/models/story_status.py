from enum import StrEnum


class StoryStatus(StrEnum):
    FAIL = "fail"
    NEW = "new"
    PROCESSING = "processing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
