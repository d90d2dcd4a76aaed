from enum import IntEnum


class SceneDuration(IntEnum):
    FIVE_SECONDS = 5
    TEN_SECONDS = 10

    def __str__(self) -> str:
        return str(self.value)
