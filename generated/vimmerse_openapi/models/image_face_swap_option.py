from enum import StrEnum


class ImageFaceSwapOption(StrEnum):
    EASEL_FACE_SWAP = "EaselFaceSwap"
    SEGMIND_FACE_SWAP = "SegmindFaceSwap"
    MAGIC_FACE_SWAP = "MagicFaceSwap"

    def __str__(self) -> str:
        return str(self.value)
