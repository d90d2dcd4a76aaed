"""The files an asset's results are, made offline: PNG images of an aspect ratio (1024 px on
the long side), WAV tones of a duration, and the lengths a result plausibly has (speech from
the words of its text). MP4 videos are ``files.render_mp4``'s."""

from __future__ import annotations

import functools
import hashlib
import io
import math
import re
import struct
import wave

from . import files

LONG_SIDE = 1024
THUMB_LONG_SIDE = 256
WAV_RATE = 8000
TONE_HZ = 440
#: Speech: words per second of a narration (about 150 words a minute).
WORDS_PER_SECOND = 2.5

_RATIO_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$")


def ratio(aspect: object) -> tuple[float, float] | None:
    """``"16:9"`` -> (16, 9); None for anything that is not a positive ``w:h``."""
    if not isinstance(aspect, str):
        return None
    m = _RATIO_RE.match(aspect)
    if not m or float(m.group(1)) <= 0 or float(m.group(2)) <= 0:
        return None
    return float(m.group(1)), float(m.group(2))


def image_size(aspect: object, long_side: int = LONG_SIDE) -> tuple[int, int]:
    """(width, height) of an image of ``aspect`` (``ImageAspectRatio``, or any ``w:h``): the long
    side ``long_side`` px, the short one to the nearest multiple of 8 (as image models make
    them): 16:9 -> 1024x576, 3:2 -> 1024x680, 9:21 -> 440x1024; square without an aspect."""
    r = ratio(aspect)
    if r is None:
        return long_side, long_side
    w, h = r
    short = max(8, int(long_side * min(w, h) / max(w, h) / 8 + 0.5) * 8)
    return (long_side, short) if w >= h else (short, long_side)


def colour(*seed: object) -> tuple[int, int, int]:
    """A stable, fairly saturated colour for ``seed`` (each result of an asset its own)."""
    digest = hashlib.sha256("|".join(str(s) for s in seed).encode()).digest()
    return 40 + digest[0] % 176, 40 + digest[1] % 176, 40 + digest[2] % 176


@functools.lru_cache(maxsize=32)
def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid solid-colour PNG (a 1024x1024 one weighs about 3 kB)."""
    return files.png(width, height, rgb)


@functools.lru_cache(maxsize=16)
def _tone_second() -> bytes:
    """One second of a quiet 440 Hz tone, 8-bit unsigned mono at 8 kHz (a whole number of
    periods, so seconds join without a click)."""
    return bytes(int(128 + 40 * math.sin(2 * math.pi * TONE_HZ * i / WAV_RATE)) for i in range(WAV_RATE))


@functools.lru_cache(maxsize=16)
def wav(seconds: float) -> bytes:
    """A valid WAV of ``seconds`` (to 1/8000 s) of a quiet tone: 8 kB per second."""
    frames = max(1, round(seconds * WAV_RATE))
    second = _tone_second()
    pcm = second * (frames // WAV_RATE) + second[: frames % WAV_RATE]
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(WAV_RATE)
        w.writeframes(pcm)
    return buf.getvalue()


def speech_seconds(text: object) -> float:
    """How long speaking ``text`` takes: its words / 2.5 per second, at least one second."""
    words = len(text.split()) if isinstance(text, str) else 0
    return max(1.0, round(words / WORDS_PER_SECOND, 1))


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG, from its IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


#: Leading bytes of the formats an upload plausibly is (a client that sends a file without a
#: content type, or as ``application/octet-stream``, still gets its type back).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (4, b"ftyp", "video/mp4"),
    (0, b"\x1a\x45\xdf\xa3", "video/webm"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
)


def sniff(data: bytes) -> str | None:
    """The media type ``data`` starts like, if it is one of the common image/video/audio formats."""
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"WEBP"):
        return "audio/wav" if data[8:12] == b"WAVE" else "image/webp"
    if data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    for offset, magic, media_type in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return media_type
    return None
