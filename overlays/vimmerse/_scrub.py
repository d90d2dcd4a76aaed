"""Keeping the API key out of everything a client shows: messages, error bodies, logs.

A service may echo the key (an error body quoting the request's headers; a proxy's diagnostic), and
exceptions end up in logs and bug reports. Every text or decoded body an exception or a log line
carries passes through a ``Scrub`` first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["REDACTED", "Scrub", "key_scrubber", "no_scrub"]

REDACTED = "[REDACTED]"

Scrub = Callable[[Any], Any]
"""A value (text, bytes, or decoded JSON) with every copy of the key replaced by ``REDACTED``."""


def no_scrub(value: Any) -> Any:
    return value


def key_scrubber(key: str) -> Scrub:
    """The ``Scrub`` for ``key`` (strings, bytes, and dicts and lists of them, keys included)."""
    if not key:
        return no_scrub
    key_bytes, redacted_bytes = key.encode(), REDACTED.encode()

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(key, REDACTED)
        if isinstance(value, bytes):
            return value.replace(key_bytes, redacted_bytes)
        if isinstance(value, dict):
            return {scrub(k): scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    return scrub
