"""Every example payload of the seeds and of the vendor document, checked against the
schema of openapi.yaml it belongs to (``tests/fixtures/_meta.json`` says which).

Why: the examples are the only evidence of what the service really sends and accepts. Where
an example contradicts the document, ``_meta.json`` records the decision (``expect_invalid``:
field -> why) and the test asserts that exactly those fields fail, so a change on either side
is noticed. Request examples of form bodies are read as the form they stand for (numbers as
text, JSON-in-form fields decoded and validated against their structured schema).

Answers are checked against the document's *reading rule* (``_reading_rule.liberal_schema``: numbers
may come as numeric text, booleans as words, enums with values newer than the document, nulls),
not its strict schema: the vendor's own examples send ``"100"`` for integers and ``"No"`` for
booleans, and the document now types those fields by meaning. Each answer must then parse into
the declared Python types, exactly as ``_reading_rule.lenient_read`` says it reads.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from _captured_requests import decode_form_value
from _models import model_class, type_errors
from _reading_rule import lenient_read, liberal_schema
from _schema import (
    FIXTURES_DIR,
    component_json_schema,
    deref,
    flatten,
    json_string_fields,
    operations,
    request_body_schema,
    structured_schema,
    to_json_schema,
)
from jsonschema import Draft202012Validator, FormatChecker

from vimmerse_openapi.types import MissingField

META: dict[str, dict[str, Any]] = json.loads((FIXTURES_DIR / "_meta.json").read_text(encoding="utf-8"))
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def load(name: str) -> Any:
    return json.loads((FIXTURES_DIR / name).read_text(encoding="utf-8"))


def failing_paths(instance: Any, schema: dict[str, Any]) -> set[str]:
    """Where ``instance`` breaks ``schema``: the path of each error, naming missing/unexpected keys."""
    paths: set[str] = set()
    for error in Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(instance):
        base = [str(p) for p in error.absolute_path]
        if error.validator == "required":
            base.append(re.findall(r"'([^']+)' is a required property", error.message)[0])
        if error.validator == "additionalProperties":
            for key in re.findall(r"'([^']+)'", error.message.split("(")[-1]):
                paths.add("/".join([*base, key]))
            continue
        paths.add("/".join(base) or "<root>")
    return paths


def response_schema(operation_id: str, status: str) -> dict[str, Any]:
    _, _, op, _ = operations()[operation_id]
    return to_json_schema(deref(op["responses"][status])["content"]["application/json"]["schema"])


def as_form(payload: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A seed's ``data=payload`` dict as the form it stands for: text decoded per property type."""
    props = schema["properties"]
    out: dict[str, Any] = {}
    for key, value in payload.items():
        prop = flatten(props.get(key, {}))
        if isinstance(value, str):
            out[key] = decode_form_value(value, prop)
        elif isinstance(value, list):
            item = flatten(prop.get("items", {}))
            out[key] = [decode_form_value(v, item) if isinstance(v, str) else v for v in value]
        else:
            out[key] = value  # numbers stay numbers; dicts stay dicts (and fail: forms carry text)
    return out


def request_failures(name: str) -> set[str]:
    meta = META[name]
    media_type, schema = request_body_schema(meta["operation"])  # type: ignore[misc]
    payload = load(name)
    if media_type == "application/json":
        return failing_paths(payload, schema)
    form = as_form(payload, schema)
    failures = failing_paths(form, schema)
    for field, spec in json_string_fields(meta["operation"]).items():
        if isinstance(form.get(field), str):
            failures |= {
                f"{field}/{p}" for p in failing_paths(json.loads(form[field]), structured_schema(spec))
            }
    return failures


def _names(kind: str) -> list[str]:
    return sorted(n for n, m in META.items() if m["kind"] == kind)


def test_every_fixture_file_is_indexed_and_every_operation_has_examples() -> None:
    files = {p.name for p in FIXTURES_DIR.glob("*.json")} - {"_meta.json"}
    assert files == set(META)
    assert len(files) >= 90
    for name, meta in META.items():
        source, operation, _ = name.split("__")
        assert source in ("seed000", "seed004", "vendor") and meta["source"]
        assert operation == meta["operation"]
    covered = {m["operation"] for m in META.values() if m["kind"] == "response"}
    # The download answers with a file; the vendor shows no answer at all (`schema: {}`, no
    # example) for the asset, statistics and health reads, whose types are inferred instead.
    no_example = {"downloadMedia", "getAsset", "getStatistics", "getHealth"}
    assert covered == set(operations()) - no_example


def response_model(operation_id: str, status: str) -> Any:
    _, _, op, _ = operations()[operation_id]
    ref = deref(op["responses"][status])["content"]["application/json"]["schema"]["$ref"]
    return model_class(ref.rsplit("/", 1)[-1])


def missing_required(name: str) -> bool:
    """The example lacks a field the document marks required (``expect_invalid`` says which)."""
    return any(reason.startswith("required") for reason in META[name].get("expect_invalid", {}).values())


@pytest.mark.parametrize("name", _names("response"))
def test_response_example_matches_its_schema(name: str) -> None:
    meta = META[name]
    _, _, op, _ = operations()[meta["operation"]]
    # Every status an example shows is documented (the vendor's 404 on POST /media included).
    assert meta["status"] in op["responses"], "undocumented status: add it to openapi.yaml"
    # Read liberally, as the document asks of clients (module docstring); the decisions recorded
    # in _meta.json are the only places an example may still break the document.
    schema = liberal_schema(response_schema(meta["operation"], meta["status"]))
    assert failing_paths(load(name), schema) == set(meta.get("expect_invalid", {}))


@pytest.mark.parametrize("name", [n for n in _names("response") if not missing_required(n)])
def test_response_example_parses_into_the_declared_types(name: str) -> None:
    """Was: ``from_dict(doc).to_dict() == doc``. Parsing is no longer the identity by design
    ("100" -> 100, "No" -> False, null -> absent): the model now writes exactly what the reading
    rule says the answer means, holds only the declared Python types, and keeps the answer as
    received in ``.raw``; an example already in the document's strict types is still lossless."""
    meta = META[name]
    doc = load(name)
    parsed = response_model(meta["operation"], meta["status"]).from_dict(doc)
    strict = response_schema(meta["operation"], meta["status"])
    assert parsed.to_dict() == lenient_read(doc, strict)
    assert type_errors(parsed) == []
    assert parsed.raw == doc
    if not failing_paths(doc, strict):
        assert parsed.to_dict() == doc


@pytest.mark.parametrize("name", [n for n in _names("response") if missing_required(n)])
def test_response_example_without_a_required_field_is_refused_by_the_parser(name: str) -> None:
    """The seeds render some answers collapsed (``{"data": {}}``) or partially; the service always
    sends the ids and statuses, which the document therefore requires. An answer without one cannot
    be used (there is nothing to poll or show), so the parser refuses it with ``MissingField``
    naming the model and the field -- the SDK turns that into an ``APIError`` carrying the body."""
    meta = META[name]
    expected = {path.rsplit("/", 1)[-1] for path in meta["expect_invalid"]}
    with pytest.raises(MissingField) as info:
        response_model(meta["operation"], meta["status"]).from_dict(load(name))
    assert info.value.field in expected
    assert isinstance(info.value, ValueError)


def test_vendor_get_media_example_wraps_a_valid_media_in_data_data() -> None:
    """The vendor's GET /media example nests the media twice; the inner object is a Media.

    Was: the outer envelope parsed with the inner media kept in ``additional_properties``. Now
    that ``Media.id`` and ``processing_status`` are required, the outer (empty) media is refused
    -- a client cannot use an answer without the media's id -- and ``_meta.json`` records it."""
    doc = load("vendor__getMedia__response_200.json")
    assert set(doc["data"]) == {"data"}
    inner = doc["data"]["data"]
    assert failing_paths(inner, liberal_schema(component_json_schema("Media"))) == set()
    media = model_class("Media").from_dict(inner)
    assert media.processing_status is model_class("MediaProcessingStatus").SUCCESS
    # Text in the vendor's example reads as the declared float, int and bool.
    assert (inner["duration_time"], inner["bullet_version"], inner["is_transition"]) == ("5.0", "1", "No")
    assert (media.duration_time, media.bullet_version, media.is_transition) == (5.0, 1, False)
    assert type_errors(media) == []
    with pytest.raises(MissingField):
        model_class("MediaResponse").from_dict(doc)


def test_story_is_highlights_parses_as_the_boolean_the_service_means() -> None:
    """The vendor's example answers ``false``: ``False``. The seeds' samples answer ``""``, which
    the reading rule takes as unknown: ``None``, not a ``False`` the service never said."""
    vendor = load("vendor__createStory__response_200.json")
    story = model_class("StoryResponse").from_dict(vendor)
    assert story.data.is_highlights is False
    assert story.to_dict() == lenient_read(vendor, response_schema("createStory", "200"))
    seed = load("seed004__createStory__response_200.json")
    assert seed["data"]["is_highlights"] == ""
    assert model_class("StoryResponse").from_dict(seed).data.is_highlights is None


@pytest.mark.parametrize(
    "name",
    [
        "seed004__concatStory__response_200.json",
        "vendor__concatStory__response_200.json",
        "vendor__deleteStory__response_200.json",
    ],
)
def test_empty_story_answer_parses_with_data_none(name: str) -> None:
    """concatStory/deleteStory answer ``{}``; the client must return an envelope, not raise KeyError.

    Was: ``data is UNSET``; models have no ``Unset`` any more, an absent field is ``None``."""
    assert load(name) == {}
    parsed = model_class("StoryResponse").from_dict(load(name))
    assert parsed.data is None
    assert parsed.to_dict() == {}


@pytest.mark.parametrize("name", _names("webhook"))
def test_webhook_example_matches_its_schema(name: str) -> None:
    doc = load(name)
    assert failing_paths(doc, component_json_schema(META[name]["schema"])) == set()
    assert model_class(META[name]["schema"]).from_dict(doc).to_dict() == doc


@pytest.mark.parametrize("name", _names("json_field"))
def test_json_in_form_example_matches_its_structured_schema(name: str) -> None:
    meta = META[name]
    doc = load(name)
    assert json_string_fields(meta["operation"])[meta["field"]] == meta["schema"]
    assert failing_paths(doc, component_json_schema(meta["schema"])) == set()
    assert model_class(meta["schema"]).from_dict(doc).to_dict() == doc


@pytest.mark.parametrize("name", _names("request"))
def test_request_example_matches_its_request_body_schema(name: str) -> None:
    assert request_failures(name) == set(META[name].get("expect_invalid", {}))


@pytest.mark.parametrize("name", _names("request_property_examples"))
def test_vendor_request_property_examples_match_our_properties(name: str) -> None:
    meta = META[name]
    _, schema = request_body_schema(meta["operation"])  # type: ignore[misc]
    json_fields = json_string_fields(meta["operation"])
    for prop, examples in load(name).items():
        assert prop in schema["properties"], prop
        for example in examples:
            assert failing_paths(example, schema["properties"][prop]) == set(), (prop, example)
            if prop in json_fields:
                decoded = json.loads(example)
                assert failing_paths(decoded, structured_schema(json_fields[prop])) == set(), prop


# ---- the contradictions, each asserted for what it means to a user of the client


@pytest.mark.parametrize(
    "name", ["seed000__createMedia__request_media_items.json", "seed000__editMedia__request_regenerate.json"]
)
def test_horizontal_arc_cannot_be_sent_by_the_typed_client(name: str) -> None:
    payload = load(name)
    assert payload["camera_control"] == "HorizontalArc"
    with pytest.raises(ValueError):
        model_class("CameraControl")("HorizontalArc")
    _, schema = request_body_schema(META[name]["operation"])  # type: ignore[misc]
    without = {k: v for k, v in payload.items() if k != "camera_control"}
    assert failing_paths(as_form(without, schema), schema) == set()


def test_seed_nested_audio_option_in_a_form_must_travel_as_a_json_string() -> None:
    payload = load("seed004__createStory__request_idea.json")
    _, schema = request_body_schema("createStory")  # type: ignore[misc]
    audio = payload["audio_option"]
    assert failing_paths(audio, component_json_schema("StoryAudioOption")) == set()
    assert schema["properties"]["audio_option"]["type"] == "string"
    fixed = {**payload, "audio_option": json.dumps(audio)}
    assert failing_paths(as_form(fixed, schema), schema) == set()
    body = model_class("StoryCreateRequest").from_dict(as_form(fixed, schema))
    assert json.loads(body.audio_option) == audio


def test_automatic_story_modes_take_json_although_the_seeds_send_forms() -> None:
    """Decision: follow the vendor document (application/json), not the seeds' ``data=payload``."""
    for name, meta in META.items():
        if meta["kind"] == "request" and meta["operation"].startswith("createStoryFrom"):
            assert meta.get("seed_sends", "").startswith("form data"), name
            assert request_body_schema(meta["operation"])[0] == "application/json"  # type: ignore[index]
    payload = load("seed004__createStoryFromIdea__request_example.json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(payload["audio_option"])  # Python literals (True), not JSON
    elements = json.loads(payload["elements"])
    assert failing_paths(elements, component_json_schema("StoryElements")) == set()
    fixed = {**payload, "elements": elements, "audio_option": {"has_bg_music": True, "narrator": "Rachel"}}
    assert failing_paths(fixed, request_body_schema("createStoryFromIdea")[1]) == set()  # type: ignore[index]


def test_seed_upload_example_fits_the_image_files_array() -> None:
    meta = META["seed000__createMedia__request_image_files.json"]
    _, schema = request_body_schema("createMedia")  # type: ignore[misc]
    image_files = schema["properties"]["image_files"]
    assert image_files["items"]["format"] == "binary"
    assert len(meta["files"]) <= image_files.get("maxItems", len(meta["files"]))
    assert {f["field"] for f in meta["files"]} == {"image_files"}
