"""What an entry of the guides' sample table holds: the ``Sample``, the ``Refusal`` it may expect,
the ``Ids`` its placeholders stand for, and ``Given`` for a value the sample leaves to its reader."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vimmerse.types import Storyboard


@dataclass
class Ids:
    """What a sample's placeholders stand for, made on the fake before the sample runs."""

    dir: Path
    media_id: str = ""
    story_id: str = ""
    storyboard: Storyboard | None = None  # the story's own, for the guide's ``{...storyboard}``
    scenes: list[Any] | None = None  # the story's own, for the guide's ``{...scenes}``

    def path(self, template: str) -> str:
        return template.format(media_id=self.media_id, story_id=self.story_id)


@dataclass(frozen=True)
class Given:
    """An expected value the sample leaves to its reader (``{...storyboard}``): ``Ids.<name>``."""

    name: str


@dataclass(frozen=True)
class Refusal:
    field: str
    value: Any
    reason: str


@dataclass(frozen=True)
class Sample:
    guide: Literal["media", "story"]
    line: int
    calls: str  # the call, as the README table shows it
    run: Callable[[Any, Ids], Any]  # ``async def`` for the async client
    returns: Literal["media", "media-status", "media-success", "story", "file"]
    # What must exist first: a queued media, a finished one, a storyboard, an automatic story.
    needs: Literal["", "media", "media-done", "story", "story-auto"] = ""
    refused: Refusal | None = None
    # The values the sample means where its text cannot be sent as written (see ``note``).
    intent: Mapping[str, Any] = field(default_factory=dict)
    # The sample's fields no documented parameter takes, deliberately left out (see ``note``).
    omits: tuple[str, ...] = ()
    note: str = ""
    # What openapi.yaml still lacks for this to work as the guide documents; the test is an
    # expected failure until then.
    pending: str = ""
    # The same request as a ``vimmerse`` command (``--json`` is added), for the main samples.
    cli: Callable[[Ids], list[str]] | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.guide, self.line)

    @property
    def outcome(self) -> str:
        return "refused" if self.refused else "works"

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.run)
