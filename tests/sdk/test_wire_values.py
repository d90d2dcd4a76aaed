"""The SDK hands a user the same typed values whether the fake writes answers as the service does
(``"1"``, ``"No"``, ``""``) or in the document's declared types: compared field by field, through
every nested model, for a media, its status and a story."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any

import attrs
import pytest
from sdk_helpers import API, maybe

from vimmerse import AsyncVimmerse, Vimmerse
from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) of every typed field a user reads; ``raw`` (the bytes as sent) is not one."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.eq and not field.name.startswith("_"):
                yield from leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, f"{path}[{i}]")
    else:
        yield path, value


def typed(value: Any) -> tuple[type, Any]:
    return (type(value), value.value if isinstance(value, Enum) else value)


@pytest.fixture
def fake() -> FakeVimmerse:
    return FakeVimmerse(FakeConfig(manual_clock=True))


async def read_all(client: Any, fake: FakeVimmerse, media_id: str, story_id: str) -> dict[str, Any]:
    return {
        "media": await maybe(client.media.get(media_id)),
        "status": await maybe(client.media.status(media_id)),
        "story": await maybe(client.story.get(story_id)),
    }


async def test_typed_values_are_the_same_in_both_wire_modes(fake: FakeVimmerse, mode: str) -> None:
    if mode == "sync":
        client: Any = Vimmerse(DEMO_API_KEY, API, transport=fake.transport())
    else:
        client = AsyncVimmerse(DEMO_API_KEY, API, transport=fake.async_transport())
    media = await maybe(client.media.create(prompt="a red fox in the snow", duration=5))
    story = await maybe(client.story.create(idea="A lighthouse keeper befriends a whale", scene_count=2))
    fake.clock.advance(3600)
    assert fake.config.wire == "service"
    service = await read_all(client, fake, media.id, story.id)
    fake.config.wire = "document"
    document = await read_all(client, fake, media.id, story.id)

    compared = 0
    for name in service:
        got, want = dict(leaves(service[name])), dict(leaves(document[name]))
        assert got.keys() == want.keys(), name
        differ = {path: (got[path], want[path]) for path in got if typed(got[path]) != typed(want[path])}
        assert differ == {}, f"{name}: the SDK reads the service's answer differently: {differ}"
        compared += len(got)
    # The comparison covers the fields the service writes otherwise, and they are set.
    raw = service["media"].raw
    assert raw["is_transition"] == "No" and raw["submit_params"]["scale_factor"] == "1"
    assert service["media"].is_transition is False and document["media"].is_transition is False
    assert service["media"].nsfw == 0 and service["media"].submit_params.scale_factor == 1.0
    assert service["media"].submit_params.file_size is None
    assert service["story"].raw["is_highlights"] == "" and service["story"].is_highlights is None
    assert compared > 50
