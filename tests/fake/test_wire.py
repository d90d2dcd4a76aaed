"""The fake answers as the service writes (``wire="service"``, the default) or in the document's
declared types (``wire="document"``); the two say the same thing.

The reading-back here is written from openapi.yaml alone (``x-vimmerse-wire`` and
``components.x-vimmerse-wire-forms``), not from the fake's writer, so a writer that garbles a
value, misses a field or rewrites one the document does not mark fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media, form
from vimmerse_fake.wire import as_written

# libyaml's safe loader when installed (the same documents, several times faster than PyYAML's
# Python one), as vimmerse_fake.document reads openapi.yaml.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SPEC_TEXT = (Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8")
SPEC = yaml.load(SPEC_TEXT, Loader=FAST_LOADER)
FORMS = SPEC["components"]["x-vimmerse-wire-forms"]


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def read_back(schema: Any, value: Any) -> Any:
    """``value`` (an answer as the service writes it) in the declared types, by the document."""
    node = _resolve(schema)
    if isinstance(value, dict):
        props = node.get("properties", {})
        out = {}
        for key, item in value.items():
            prop = _resolve(props.get(key, {}))
            forms = props.get(key, {}).get("x-vimmerse-wire", {})
            if isinstance(item, str) and forms:
                if item == "" and "blank" in forms:
                    continue  # no value: the field is absent
                if "word" in forms and item.lower() in {w.lower() for w in FORMS["word"]["true"]}:
                    item = True
                elif "word" in forms and item.lower() in {w.lower() for w in FORMS["word"]["false"]}:
                    item = False
                elif "numeric-string" in forms:
                    item = int(item) if prop["type"] == "integer" else float(item)
            out[key] = read_back(props.get(key, {}), item)
        return out
    if isinstance(value, list) and "items" in node:
        return [read_back(node["items"], item) for item in value]
    return value


def wire_fields(schema: Any, value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) of every field of ``value`` the document marks ``x-vimmerse-wire``."""
    node = _resolve(schema)
    if isinstance(value, dict):
        for key, item in value.items():
            prop = node.get("properties", {}).get(key)
            if prop is None:
                continue
            if prop.get("x-vimmerse-wire"):
                yield f"{path}{key}", item
            yield from wire_fields(prop, item, f"{path}{key}.")
    elif isinstance(value, list) and "items" in node:
        for item in value:
            yield from wire_fields(node["items"], item, f"{path}[].")


def answer_schema(method: str, path: str) -> Any:
    op = SPEC["paths"][path][method]
    response = _resolve(op["responses"]["200"])
    return response["content"]["application/json"]["schema"]


def both(fake: FakeVimmerse, client: httpx.Client, url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """GET ``url`` as the service writes it, then in the declared types (same state, same clock)."""
    assert fake.config.wire == "service"
    service = client.get(url)
    fake.config.wire = "document"
    try:
        document = client.get(url)
    finally:
        fake.config.wire = "service"
    assert service.status_code == document.status_code == 200, (service.text, document.text)
    return service.json(), document.json()


@pytest.fixture
def fake() -> Iterator[FakeVimmerse]:
    """The fake as users get it: it writes answers as the service does."""
    f = FakeVimmerse(FakeConfig(manual_clock=True))
    yield f
    f.close()


@pytest.fixture
def client(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake) as c:
        yield c


@pytest.fixture
def story_id(client: httpx.Client) -> str:
    r = client.post("/story", files=form(idea="A lighthouse keeper befriends a whale", scene_count=2))
    assert r.status_code == 200, r.text
    return str(r.json()["data"]["id"])


def test_the_default_is_the_service_and_its_forms_are_those_the_guides_show(
    fake: FakeVimmerse, client: httpx.Client, story_id: str
) -> None:
    assert FakeConfig().wire == "service"
    media = create_media(client, duration=5)
    fake.clock.advance(3600)
    got = client.get(f"/media/{media['id']}").json()["data"]
    assert got["is_transition"] == "No" and got["nsfw"] == "0" and got["bullet_version"] == "1"
    assert got["duration_time"] == "5"
    assert got["submit_params"]["scale_factor"] == "1" and got["submit_params"]["extend_video"] == "No"
    assert got["submit_params"]["file_size"] == ""  # the fake knows no file size: the service writes ""
    story = client.get(f"/story/{story_id}").json()["data"]
    assert story["is_highlights"] == ""
    assert story["submit_params"] == {
        "native_audio": False,
        "pipeline_preset": "Fast",
        "scale_factor": "1",
        "extend_video": "No",
        "file_size": "",
    }


@pytest.mark.parametrize("kind", ["media", "status", "story"])
def test_service_answers_read_back_by_the_document_equal_the_document_answers(
    fake: FakeVimmerse, client: httpx.Client, story_id: str, kind: str
) -> None:
    media = create_media(client, duration=5)
    fake.clock.advance(3600)
    url, template = {
        "media": (f"/media/{media['id']}", "/media/{media_id}"),
        "status": (f"/media/{media['id']}/processing-status", "/media/{media_id}/processing-status"),
        "story": (f"/story/{story_id}", "/story/{story_id}"),
    }[kind]
    if template not in SPEC["paths"]:
        pytest.fail(f"{template} is not an operation of openapi.yaml")
    schema = answer_schema("get", template)
    service, document = both(fake, client, url)
    assert read_back(schema, service) == document
    written = dict(wire_fields(schema, service))
    assert written, "the answer carries no field the document marks x-vimmerse-wire"
    assert all(isinstance(value, str) for value in written.values()), written
    assert not any(isinstance(value, str) for value in dict(wire_fields(schema, document)).values())


def test_an_unknown_wire_mode_names_the_allowed_ones() -> None:
    with pytest.raises(ValueError, match=r"service, document.*'json'"):
        FakeConfig(wire="json")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["media", "story"])
def test_the_document_as_written_accepts_the_service_answers_and_nothing_looser(
    fake: FakeVimmerse, client: httpx.Client, story_id: str, kind: str
) -> None:
    """``as_written`` (what the live suite validates against) takes every answer of the default
    fake, and still refuses a value in no declared form."""
    from openapi_schema_validator import OAS30Validator  # openapi-core's, as the fake validates

    written = as_written(SPEC)
    media = create_media(client, duration=5)
    fake.clock.advance(3600)
    url, name = (f"/media/{media['id']}", "Media") if kind == "media" else (f"/story/{story_id}", "Story")
    data = client.get(url).json()["data"]
    validator = OAS30Validator(
        {**written["components"]["schemas"][name], "components": written["components"]}
    )
    assert list(validator.iter_errors(data)) == []
    declared = OAS30Validator({**SPEC["components"]["schemas"][name], "components": SPEC["components"]})
    assert list(declared.iter_errors(data)), "the declared types alone accept the service's answer"
    field = "is_transition" if kind == "media" else "is_highlights"
    assert list(validator.iter_errors({**data, field: "maybe"}))


def test_a_polled_media_is_written_afresh_each_time_its_state_changes(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    """The writer keeps the answers it wrote last (polling repeats them): a kept one must never
    stand in for an answer whose job moved on or whose media changed."""
    media = create_media(client, duration=5)
    path = f"/media/{media['id']}"
    running = client.get(path).content
    fake.clock.advance(3600)
    done = client.get(path).content
    assert done != running
    assert client.get(path).content == done  # the same answer, byte for byte, when nothing changed
    renamed = client.put(path, data={"title": "renamed"})
    assert renamed.status_code == 200, renamed.text
    after = client.get(path)
    assert after.json()["data"]["title"] == "renamed"
    assert after.json()["data"]["processing_status"] == "success"
