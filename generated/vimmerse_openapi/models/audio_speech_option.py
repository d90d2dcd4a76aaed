from enum import StrEnum


class AudioSpeechOption(StrEnum):
    DEFAULT = ""
    ELEVEN_LABS_TTS = "ElevenLabsTTS"
    CHIRP_TTS = "ChirpTTS"

    def __str__(self) -> str:
        return str(self.value)
