"""The bytes the fake serves: real playable MP4s (PyAV), tiny PNGs and WAVs, and a
synthetic large blob for download benchmarks, plus single-range ``Range`` parsing."""

from __future__ import annotations

import io
import math
import random
import re
import struct
import threading
import wave
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import av

FPS = 10
SHORT_SIDE = 160
ASPECTS = {"16:9": (16, 9), "4:3": (4, 3), "1:1": (1, 1), "3:4": (3, 4), "9:16": (9, 16)}


def _even(n: float) -> int:
    """The nearest even number (halves up), at least 2."""
    return max(2, int(n / 2 + 0.5) * 2)


def frame_size(aspect: str, width: int | None = None) -> tuple[int, int]:
    """(width, height), short side 160 px (or ``width`` wide), both even (H.264 4:2:0 needs
    even sizes, so an odd ``width`` is rounded to an even one)."""
    w, h = ASPECTS.get(aspect, (16, 9))
    if width is not None:
        return _even(width), _even(width * h / w)
    if w >= h:
        width = round(SHORT_SIDE * w / h / 2) * 2
        return width, SHORT_SIDE
    height = round(SHORT_SIDE * h / w / 2) * 2
    return SHORT_SIDE, height


def _codec() -> str:
    return "libx264" if "libx264" in av.codecs_available else "mpeg4"


_CACHE_SIZE = 64
_cache: OrderedDict[tuple[int, str, int | None, bool], bytes] = OrderedDict()
AUDIO_RATE = 16000
_cache_lock = threading.Lock()


def render_mp4(duration: float, aspect: str, width: int | None = None, audio: bool = False) -> bytes:
    """An MP4 of ``duration`` seconds (to 1/FPS) and the aspect's frame size (or ``width``
    pixels wide): a white bar sweeping over a dark background; with ``audio`` (a narrated
    media), also an AAC track of a quiet 440 Hz tone as long as the video. The last renders are
    cached by (duration, aspect, width, audio): a 10 s clip at the default size renders in about
    0.1 s and weighs a few tens of kB (640 px wide: about 0.4 s)."""
    key = (round(duration * FPS), aspect if aspect in ASPECTS else "16:9", width, audio)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    frames, aspect, _, _ = key
    width, height = frame_size(aspect, width)
    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4") as container:
        sound = _add_tone(container, frames / FPS) if audio else None
        stream = container.add_stream(_codec(), rate=FPS)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        if stream.codec_context.name == "libx264":
            stream.codec_context.options = {"preset": "ultrafast", "tune": "zerolatency"}
        bg, bar = bytes((20, 30, 60)), bytes((255, 255, 255))
        for i in range(max(frames, 1)):
            frame = av.VideoFrame(width, height, "rgb24")
            plane = frame.planes[0]
            x = int((i / max(frames - 1, 1)) * (width - 8))
            row = bg * x + bar * 8 + bg * (width - x - 8)
            row += b"\x00" * (plane.line_size - len(row))  # planes may be padded
            plane.update(row * height)
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
        if sound is not None:
            sound()
    data = buf.getvalue()
    with _cache_lock:
        _cache[key] = data
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return data


def _add_tone(container: av.container.OutputContainer, seconds: float) -> Any:
    """Add an AAC mono stream to ``container``; returns the function that encodes the tone into it."""
    stream = container.add_stream("aac", rate=AUDIO_RATE)
    stream.layout = "mono"
    size = stream.codec_context.frame_size or 1024

    def encode() -> None:
        total = max(int(seconds * AUDIO_RATE), size)
        for start in range(0, total, size):
            count = min(size, total - start)
            frame = av.AudioFrame(format="s16", layout="mono", samples=count)
            pcm = b"".join(
                struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * (start + i) / AUDIO_RATE)))
                for i in range(count)
            )
            frame.planes[0].update(pcm + b"\x00" * (frame.planes[0].buffer_size - len(pcm)))
            frame.sample_rate = AUDIO_RATE
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)

    return encode


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(width: int = 16, height: int = 16, rgb: tuple[int, int, int] = (90, 140, 200)) -> bytes:
    """A valid solid-colour PNG (scene and element images)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", zlib.compress(raw))
        + _png_chunk(b"IEND", b"")
    )


def wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    """A valid silent mono WAV (narrations and music)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(rate)
        w.writeframes(b"\x80" * int(seconds * rate))
    return buf.getvalue()


# A prime-length pseudo-random block: a resumed download that lands at a wrong offset
# produces different bytes (unlike a 256-periodic pattern).
BLOB_BLOCK = random.Random(20240601).randbytes(65521)
BLOB_CHUNK = 64 * 1024


def blob_bytes(start: int, end: int) -> Iterator[bytes]:
    """Bytes [start, end) of the deterministic synthetic blob, in chunks, never all at once."""
    n = len(BLOB_BLOCK)
    pos = start
    while pos < end:
        size = min(BLOB_CHUNK, end - pos)
        off = pos % n
        chunk = BLOB_BLOCK[off : off + size]
        while len(chunk) < size:
            chunk += BLOB_BLOCK[: size - len(chunk)]
        yield chunk
        pos += size


def blob_slice(start: int, end: int) -> bytes:
    return b"".join(blob_bytes(start, end))


_RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """A single ``bytes=a-b`` range -> (start, end_exclusive); None = whole file.

    Malformed headers are ignored (RFC 9110: serve the whole representation);
    ranges outside the file raise RangeNotSatisfiable (416).
    """
    if not header:
        return None
    m = _RANGE_RE.match(header.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return None
    first, last = m.group(1), m.group(2)
    if not first:  # suffix: the last N bytes
        n = int(last)
        if n == 0:
            raise RangeNotSatisfiable
        return max(size - n, 0), size
    start = int(first)
    end = min(int(last) + 1, size) if last else size
    if start >= size or (last and int(last) < start):
        raise RangeNotSatisfiable
    return start, end


def ceil_div(a: float, b: float) -> int:
    return math.ceil(a / b)
