"""Routing of API requests to the document's operations, on the raw (still percent-encoded) path.

Starlette's router matches the *decoded* path, so ``/media/abc%2Fprocessing-status`` reached
``getMediaProcessingStatus`` for media ``abc``, and it answers an unmatched path ending in ``/``
with a 307 redirect. Here the raw path is split on ``/`` first and each segment decoded on its
own: a ``%2F`` stays inside its path parameter (which then fails the parameter's pattern: 422),
empty segments match nothing (``/media/....//`` is a 404), and nothing ever redirects.

Literal segments win over parameters (``/story/idea-2-video`` before ``/story/{story_id}``), as
OpenAPI specifies. HEAD is not implied by GET (a FastAPI route answers it 405, so do we).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from .document import Operation

_PARAM = re.compile(r"^\{([^{}/]+)\}$")


@dataclass(frozen=True)
class _Template:
    path: str
    segments: tuple[tuple[bool, str], ...]  # (is a parameter, literal text or parameter name)
    operations: dict[str, Operation]  # by method

    @property
    def specificity(self) -> tuple[int, ...]:
        # Literal segments first, left to right: /story/idea-2-video beats /story/{story_id}.
        return tuple(0 if is_param else 1 for is_param, _ in self.segments)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for (is_param, text), segment in zip(self.segments, segments, strict=True):
            if is_param:
                if not segment:
                    return None
                params[text] = segment
            elif segment != text:
                return None
        return params


@dataclass(frozen=True)
class Match:
    """A routed request: its operation, or (``operation`` None) the methods the path allows."""

    operation: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...]


class Router:
    def __init__(self, operations: Iterable[Operation]) -> None:
        by_path: dict[str, dict[str, Operation]] = {}
        for op in operations:
            by_path.setdefault(op.path, {})[op.method] = op
        templates = []
        for path, ops in by_path.items():
            parts = path.strip("/").split("/") if path.strip("/") else []
            segments = tuple(
                (True, m.group(1)) if (m := _PARAM.match(part)) else (False, part) for part in parts
            )
            templates.append(_Template(path, segments, ops))
        # By segment count (a template only ever matches paths of its own length), each list
        # most specific first.
        self._by_length: dict[int, list[_Template]] = {}
        for template in sorted(templates, key=lambda t: t.specificity, reverse=True):
            self._by_length.setdefault(len(template.segments), []).append(template)

    def match(self, raw_path: bytes, method: str) -> Match | None:
        """The operation for ``method`` on ``raw_path``; None when no path matches (404). A path
        that matches without the method gives a Match with the allowed methods (405)."""
        segments = _segments(raw_path)
        if segments is None:
            return None
        first: tuple[_Template, dict[str, str]] | None = None
        for template in self._by_length.get(len(segments), ()):
            params = template.match(segments)
            if params is None:
                continue
            if method in template.operations:
                return Match(template.operations[method], params, tuple(template.operations))
            if first is None:
                first = (template, params)
        if first is None:
            return None
        return Match(None, first[1], tuple(first[0].operations))


def _segments(raw_path: bytes) -> list[str] | None:
    if not raw_path.startswith(b"/"):
        return None
    try:
        return [unquote_to_bytes(part).decode("utf-8") for part in raw_path[1:].split(b"/")]
    except UnicodeDecodeError:
        return None
