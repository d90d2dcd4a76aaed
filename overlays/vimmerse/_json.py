"""Decoding the service's answers.

msgspec decodes the answers twice as fast as the standard library (a 10-scene story: 23 vs 50 µs,
bench/overhead.py), which is most of what a typed call costs beyond the request itself. It reads
every integer exactly, as ``json.loads`` does (orjson, as fast, turns integers beyond 64 bits
into floats), but refuses a few things ``json.loads`` reads and the reading rule (openapi.yaml,
info.description) must keep: ``NaN``/``Infinity``, numbers beyond a float's range, lone
surrogates, a byte-order mark and bodies in UTF-16/32. An answer msgspec refuses is therefore
decoded again by the standard library, and what that refuses is what the caller is told about
(``ValueError`` or ``RecursionError``, as from ``json.loads``). Without msgspec (not installed)
the standard library does all of it. msgspec is imported on the first answer, not with
``vimmerse``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]


def _load_fast() -> tuple[Callable[[bytes], Any], type[Exception]] | None:
    try:
        import msgspec.json
    except ImportError:
        return None
    # One Decoder for every call and thread: it is configuration only (no target type here), and
    # its decode holds the GIL from start to end. It is faster than ``msgspec.json.decode``.
    return msgspec.json.Decoder().decode, msgspec.DecodeError


_UNSET: Any = object()
_fast: tuple[Callable[[bytes], Any], type[Exception]] | None = _UNSET


def loads(content: bytes) -> Any:
    """The JSON value of ``content``, read as liberally as ``json.loads`` reads it."""
    global _fast
    if _fast is _UNSET:
        _fast = _load_fast()
    if _fast is not None:
        decode, refused = _fast
        try:
            return decode(content)
        except refused:
            pass
    return json.loads(content)


def backend() -> str:
    """The decoder tried first: ``"msgspec <version>"``, or ``"json"`` (for reports)."""
    loads(b"{}")
    if _fast is None:
        return "json"
    import msgspec

    return f"msgspec {msgspec.__version__}"
