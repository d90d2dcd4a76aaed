"""openapi.yaml drives the fake: routes, credit rules, require-any, JSON form fields and the
answers of operations the fake has no code for all come from the document (a scratch copy of
it here, through ``FakeConfig.spec_path``)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.document import default_spec_path, load_document
from vimmerse_fake.testing import client_for, create_media, form

THUMBNAIL_EXAMPLE = {"data": {"processing_status": "success", "progress_percentage": 100}}


def _ok(description: str, schema: str, example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if example is not None:
        media["example"] = example
    return {"description": description, "content": {"application/json": media}}


def _errors() -> dict[str, Any]:
    return {
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "422": {"$ref": "#/components/responses/ValidationFailed"},
        "429": {"$ref": "#/components/responses/RateLimited"},
        "500": {"$ref": "#/components/responses/ServerError"},
    }


def with_new_operations(doc: dict[str, Any]) -> None:
    """Two free GETs the fake has no handler for: one with an example, one without."""
    doc["paths"]["/media/{media_id}/thumbnail"] = {
        "parameters": [{"$ref": "#/components/parameters/MediaId"}],
        "get": {
            "tags": ["media"],
            "operationId": "getMediaThumbnail",
            "x-vimmerse-credits": "free",
            "summary": "A media's thumbnail status",
            "responses": {
                "200": _ok("The thumbnail.", "MediaStatusResponse", THUMBNAIL_EXAMPLE),
                **_errors(),
            },
        },
    }
    doc["paths"]["/story/{story_id}/summary"] = {
        "parameters": [{"$ref": "#/components/parameters/StoryId"}],
        "get": {
            "tags": ["story"],
            "operationId": "getStorySummary",
            "summary": "A story's summary",
            "responses": {"200": _ok("The summary.", "MediaStatusResponse"), **_errors()},
        },
    }


@pytest.fixture
def scratch_fake(tmp_path: Path) -> Iterator[Callable[[Callable[[dict[str, Any]], None]], FakeVimmerse]]:
    """A fake serving a scratch copy of openapi.yaml, edited by the given function."""
    made: list[FakeVimmerse] = []

    def make(edit: Callable[[dict[str, Any]], None]) -> FakeVimmerse:
        doc = copy.deepcopy(load_document(str(default_spec_path())).raw)
        edit(doc)
        path = tmp_path / f"openapi-{len(made)}.yaml"
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
        fake = FakeVimmerse(FakeConfig(manual_clock=True, spec_path=str(path), wire="document"))
        made.append(fake)
        return fake

    yield make
    for fake in made:
        fake.close()


def test_a_new_operation_with_an_example_is_served_without_code(scratch_fake: Any) -> None:
    fake = scratch_fake(with_new_operations)
    assert {"getMediaThumbnail", "getStorySummary"} <= set(fake.app.unhandled())
    with client_for(fake) as client:
        r = client.get("/media/m-1/thumbnail")
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        assert r.json() == THUMBNAIL_EXAMPLE
        # No example: a minimal value built from the schema (valid, or the fake would raise).
        r = client.get("/story/s-1/summary")
        assert r.status_code == 200 and r.json() == {"data": {"processing_status": "queue_bullet"}}
        # The same pipeline as every operation: request validation, methods, faults.
        bad = client.get("/media/bad%20id!/thumbnail")
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["path", "media_id"]
        assert client.get(f"/media/{'x' * 200}/thumbnail").status_code == 422
        wrong = client.post("/media/m-1/thumbnail")
        assert wrong.status_code == 405 and wrong.headers["allow"] == "GET"
        fake.faults.server_errors(path="/media/m-1/thumbnail")
        assert client.get("/media/m-1/thumbnail").status_code == 503
    with client_for(fake, key=None) as anonymous:
        r = anonymous.get("/media/m-1/thumbnail")
        assert r.status_code == 401 and r.json() == {"message": "UNAUTHORIZED"}
    assert fake.jobs_created() == 0 and fake.requests_seen("/media/m-1/thumbnail") == 3


def test_the_default_document_has_a_handler_for_every_operation(fake: FakeVimmerse) -> None:
    """Every operation keeps state, but four that answer the document's example: a written prompt
    (generateTextPrompt), a finetune's samples (the vendor does not say how the trigger word comes
    back from createFinetune), usage statistics (the vendor names no field) and health."""
    assert len(fake.document.operations) == 54
    assert sorted(fake.app.unhandled()) == [
        "generateTextPrompt",
        "getFinetuneStatus",
        "getHealth",
        "getStatistics",
    ]


def test_every_operation_of_the_document_is_routed(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    for op in fake.document.operations:
        story = client.post("/story", files=form(idea="x")).json()["data"]
        path = op.path.replace("{media_id}", media["id"]).replace("{story_id}", story["id"])
        for name in re.findall(r"\{(\w+)\}", path):  # the other ids: any well-formed value routes
            path = path.replace(f"{{{name}}}", "2025-01-01" if name.endswith("_time") else "x1")
        r = client.request(op.method, path)
        # Routed: no 405, and a 404 only from the operation (an unknown id), not the router's.
        assert r.status_code != 405, (op.operation_id, r.text)
        assert r.status_code != 404 or r.json() != {"message": "NOT_FOUND"}, (op.operation_id, r.text)
        assert r.headers["content-type"] == "application/json", op.operation_id


def test_credit_rules_come_from_x_vimmerse_credits(scratch_fake: Any) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/media/{media_id}"]["put"]["x-vimmerse-credits"] = "free"
        del doc["paths"]["/media/{media_id}/process"]["post"]["x-vimmerse-credits"]  # POST: charged

    fake = scratch_fake(edit)
    with client_for(fake) as client:
        media = create_media(client)
        before = fake.credits(DEMO_API_KEY)
        r = client.put(f"/media/{media['id']}", data={"duration": 10})
        assert r.status_code == 200 and r.json()["data"]["bullet_version"] == 2  # regenerated...
        assert fake.credits(DEMO_API_KEY) == before  # ...for free, as this document says
        r = client.put(f"/media/{media['id']}/edit", data={"duration": 5})  # still per-field
        assert fake.credits(DEMO_API_KEY) == before - 10
        client.post(f"/media/{media['id']}/process")
        assert fake.credits(DEMO_API_KEY) == before - 20 and fake.jobs_created() == 3


def test_charged_fields_come_from_x_vimmerse_charged_fields(scratch_fake: Any) -> None:
    def edit(doc: dict[str, Any]) -> None:
        fields = doc["components"]["schemas"]["MediaUpdateRequest"]["x-vimmerse-charged-fields"]
        fields.remove("duration")
        fields.append("title")

    fake = scratch_fake(edit)
    with client_for(fake) as client:
        media = create_media(client)
        before = fake.credits(DEMO_API_KEY)
        r = client.put(f"/media/{media['id']}", data={"duration": 10})
        assert r.json()["data"]["bullet_version"] == 1 and fake.credits(DEMO_API_KEY) == before
        r = client.put(f"/media/{media['id']}", data={"title": "again"})
        assert r.json()["data"]["bullet_version"] == 2 and fake.credits(DEMO_API_KEY) == before - 20


def test_require_any_comes_from_x_vimmerse_require_any(scratch_fake: Any) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["MediaCreateRequest"]["x-vimmerse-require-any"] = [["prompt"]]
        schemas = doc["components"]["schemas"]
        schemas["StoryUpdateRequest"]["x-vimmerse-require-any"] = [["title"], ["description"]]

    fake = scratch_fake(edit)
    with client_for(fake) as client:
        r = client.post("/media", files=form(image_urls="https://example.com/a.png"))
        assert r.status_code == 400 and r.json()["message"] == "BAD_REQUEST"
        assert "prompt" in r.json()["reason"] and fake.jobs_created() == 0
        story = client.post("/story", files=form(idea="x")).json()["data"]
        assert client.put(f"/story/{story['id']}", data={"description": "d"}).status_code == 400
        assert client.put(f"/story/{story['id']}", data={"title": "t"}).status_code == 400  # 2nd group
        assert client.put(f"/story/{story['id']}", data={"title": "t", "description": "d"}).status_code == 200


def test_json_form_fields_come_from_x_vimmerse_json(scratch_fake: Any) -> None:
    def edit(doc: dict[str, Any]) -> None:
        props = doc["components"]["schemas"]["StoryUpdateRequest"]["properties"]
        props["description"]["x-vimmerse-json"] = {"$ref": "#/components/schemas/StoryTitleScene"}
        del doc["components"]["schemas"]["StoryScenesRequest"]["properties"]["storyboard"]["x-vimmerse-json"]

    fake = scratch_fake(edit)
    with client_for(fake) as client:
        story = client.post("/story", files=form(idea="x")).json()["data"]
        r = client.put(f"/story/{story['id']}", data={"description": "plain words"})
        assert r.status_code == 422 and r.json()["detail"][0]["type"] == "json_invalid"
        r = client.put(f"/story/{story['id']}", data={"description": '{"title": 5}'})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "description", "title"]
        # storyboard of generateStoryScenes is no JSON document in this copy: a string is a string.
        assert fake.document.by_id["generateStoryScenes"].json_fields == ("audio_option",)
        assert fake.document.by_id["updateStory"].json_fields == ("description",)


def test_fields_filter_keeps_what_the_schema_requires(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    r = client.get(f"/media/{media['id']}", params={"fields": "title"})
    assert r.status_code == 200
    assert r.json()["data"] == {"id": media["id"], "processing_status": "queue_bullet", "title": ""}
