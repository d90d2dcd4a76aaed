"""Typed inputs: checked before anything is sent, then turned into generated request models.

Why check client-side when the service validates anyway: a rejected create may still have
cost a round trip with a 20 MB upload, and a 422 names the field less clearly than
``InvalidParameterError("duration", 12, "1..10")``.

Where the rules come from:
* enum values are taken from the generated enums (``vimmerse_openapi.models``), so a spec
  change reaches this module through ``make generate``;
* field types (str/int/bool/list/nested model) are read from the generated attrs models'
  annotations;
* numeric ranges, lengths and item counts are not carried by the generated code, so they
  live in ``LIMITS`` below; ``tests/sdk/test_inputs.py`` compares that table with
  openapi.yaml so the two cannot drift (openapi.yaml is not shipped in the wheel, hence no
  runtime parse).
"""

from __future__ import annotations

import enum
import io
import json
import mimetypes
import os
import re
import typing
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

import attrs

import vimmerse_openapi.models as _models
from vimmerse_openapi.types import UNSET, File, Unset

from .errors import InvalidParameterError

__all__ = [
    "LIMITS",
    "ImageInput",
    "Limit",
    "build_model",
    "check_id",
    "coerce_enum",
    "encode_json_field",
    "open_images",
    "structured_to_model",
]

E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M")

ImageInput = str | os.PathLike[str] | bytes | bytearray | IO[bytes]
"""An image to upload: a path, raw bytes, or a binary file object (streamed, not read whole)."""


@dataclass(frozen=True)
class Limit:
    """Bounds of one request field, as openapi.yaml declares them (None = unbounded)."""

    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    item_min_length: int | None = None

    def describe(self) -> str:
        if self.minimum is not None or self.maximum is not None:
            low = "" if self.minimum is None else self.minimum
            high = "" if self.maximum is None else self.maximum
            return f"{low}..{high}"
        if self.min_length is not None or self.max_length is not None:
            return f"a string of {self.min_length or 0}..{self.max_length or 'any'} characters"
        return f"a list of {self.min_items or 0}..{self.max_items or 'any'} items"


_TITLE = Limit(max_length=512)
_DESCRIPTION = Limit(max_length=4096)
_PROMPT = Limit(max_length=4096)
_JSON = Limit(min_length=2)
_QUANTITY = Limit(minimum=1, maximum=4)
_DURATION = Limit(minimum=1, maximum=10)
_LOOP = Limit(minimum=1, maximum=6)
_SCENES = Limit(minimum=1, maximum=20)
_IDEA = Limit(min_length=1, max_length=8192)
_SEED = Limit(minimum=0, maximum=4294967295)

# Schema name -> field -> bounds. Checked against openapi.yaml by the tests.
LIMITS: dict[str, dict[str, Limit]] = {
    "MediaCreateRequest": {
        "title": _TITLE,
        "description": _DESCRIPTION,
        "image_files": Limit(max_items=2),
        "image_urls": Limit(max_items=2, item_min_length=1),
        "media_items": _JSON,
        "prompt": _PROMPT,
        "quantity": _QUANTITY,
        "duration": _DURATION,
        "loop": _LOOP,
        "audio_option": _JSON,
    },
    "MediaUpdateRequest": {
        "title": _TITLE,
        "description": _DESCRIPTION,
        "media_items": _JSON,
        "prompt": _PROMPT,
        "quantity": _QUANTITY,
        "duration": _DURATION,
        "loop": _LOOP,
        "audio_option": _JSON,
    },
    "IdeaToVideoRequest": {"idea": _IDEA, "title": _TITLE, "scene_count": _SCENES},
    "UrlToVideoRequest": {"idea": _IDEA, "title": _TITLE, "scene_count": _SCENES},
    "ImagesToVideoRequest": {
        "image_urls": Limit(min_items=1, max_items=20, item_min_length=1),
        "idea": Limit(max_length=8192),
        "title": _TITLE,
    },
    "StoryCreateRequest": {
        "idea": _IDEA,
        "title": _TITLE,
        "story_id": Limit(max_length=128),
        "scene_count": _SCENES,
        "audio_option": _JSON,
        "elements": _JSON,
        "image_files": Limit(max_items=20),
        "image_urls": Limit(max_items=20, item_min_length=1),
    },
    "StoryElementsRequest": {"storyboard": _JSON, "seed": _SEED},
    "StoryScenesRequest": {"storyboard": _JSON, "seed": _SEED, "audio_option": _JSON},
    "StoryVideosRequest": {"title": _TITLE, "storyboard": _JSON, "duration": _DURATION, "loop": _LOOP},
    "StoryUpdateRequest": {"title": _TITLE, "description": _DESCRIPTION},
    "StoryConcatRequest": {
        "concat_video_urls": Limit(max_items=50, item_min_length=1),
        "audio_urls": Limit(max_items=10, item_min_length=1),
    },
    # Query parameters of downloadMedia.
    "downloadMedia": {
        "object_type": Limit(min_length=1),
        "width": Limit(minimum=16, maximum=7680),
        "file_size": Limit(minimum=1, maximum=4096),
    },
}

_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


def check_id(field: str, value: object) -> str:
    """Media/story ids are path segments: enforce the spec's pattern so nothing is injected."""
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise InvalidParameterError(field, value, "1..128 characters of A-Z a-z 0-9 _ -")
    return value


def coerce_enum(field: str, value: object, enum_cls: type[E]) -> E:
    """Accept an enum member or its string value; anything else names the allowed values."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str | int) and not isinstance(value, bool):
        for member in enum_cls:
            if member.value == value or (isinstance(value, str) and str(member.value) == value):
                return member
    raise InvalidParameterError(field, value, [m.value for m in enum_cls])


def check_limit(field: str, value: object, limit: Limit | None) -> None:
    """Raise InvalidParameterError when ``value`` breaks ``limit``."""
    if limit is None:
        return
    if isinstance(value, int) and not isinstance(value, bool):
        if (limit.minimum is not None and value < limit.minimum) or (
            limit.maximum is not None and value > limit.maximum
        ):
            raise InvalidParameterError(field, value, limit.describe(), "out of range")
    elif isinstance(value, str):
        if (limit.min_length is not None and len(value) < limit.min_length) or (
            limit.max_length is not None and len(value) > limit.max_length
        ):
            raise InvalidParameterError(field, value, limit.describe(), "wrong length")
    elif isinstance(value, list):
        if (limit.min_items is not None and len(value) < limit.min_items) or (
            limit.max_items is not None and len(value) > limit.max_items
        ):
            raise InvalidParameterError(field, value, limit.describe(), "wrong number of items")
        if limit.item_min_length is not None:
            for i, item in enumerate(value):
                if isinstance(item, str) and len(item) < limit.item_min_length:
                    raise InvalidParameterError(f"{field}[{i}]", item, "a non-empty string", "empty")


# ---------------------------------------------------------------- type hints of models

_NS: dict[str, Any] = {**vars(_models), "Unset": Unset, "File": File, "Any": Any}
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """Resolved annotations of a generated model (they are strings: ``from __future__``)."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, globalns=_NS)
    return _HINTS[cls]


def _json_key(attr_name: str) -> str:
    # The generator renames JSON keys that clash with Python names by adding "_" (type -> type_).
    return attr_name[:-1] if attr_name.endswith("_") else attr_name


def _fields(cls: type) -> dict[str, str]:
    """JSON key -> attribute name of a generated model (without additional_properties)."""
    return {_json_key(f.name): f.name for f in attrs.fields(cls) if f.name != "additional_properties"}


def _strip_unset(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, __import__("types").UnionType):
        return [a for a in typing.get_args(hint) if a is not Unset and a is not type(None)]
    return [hint]


def _kind_name(hint: Any) -> str:
    if isinstance(hint, type) and attrs.has(hint):
        return f"an object ({', '.join(sorted(_fields(hint)))})"
    if typing.get_origin(hint) is list:
        return "a list"
    return {str: "a string", int: "an integer", bool: "a boolean", float: "a number"}.get(
        hint, getattr(hint, "__name__", str(hint))
    )


def _normalize(path: str, value: Any, hint: Any) -> Any:
    """Check ``value`` against a model annotation; return it JSON-ready (enums as values)."""
    options = _strip_unset(hint)
    if len(options) > 1:
        errors: list[InvalidParameterError] = []
        for option in options:
            try:
                return _normalize(path, value, option)
            except InvalidParameterError as exc:
                errors.append(exc)
        raise errors[0]
    (hint,) = options
    if hint is Any:
        return value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return coerce_enum(path, value, hint).value
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidParameterError(path, value, "true or false", "not a boolean")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidParameterError(path, value, "an integer", "not an integer")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidParameterError(path, value, "a number", "not a number")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise InvalidParameterError(path, value, "a string", "not a string")
        return value
    if typing.get_origin(hint) is list:
        if not isinstance(value, list | tuple):
            raise InvalidParameterError(path, value, _kind_name(hint), "not a list")
        (item_hint,) = typing.get_args(hint)
        return [_normalize(f"{path}[{i}]", v, item_hint) for i, v in enumerate(value)]
    if isinstance(hint, type) and attrs.has(hint):
        if isinstance(value, hint):
            return value.to_dict()  # type: ignore[attr-defined]
        if not isinstance(value, Mapping):
            raise InvalidParameterError(path, value, _kind_name(hint), "not an object")
        known = _fields(hint)
        hints = _hints(hint)
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key not in known:
                raise InvalidParameterError(
                    f"{path}.{key}", item, sorted(known), f"unknown key {key!r} for {hint.__name__}"
                )
            out[key] = _normalize(f"{path}.{key}", item, hints[known[key]])
        required = [k for k, a in known.items() if Unset not in typing.get_args(hints[a])]
        for key in required:
            if key not in out:
                raise InvalidParameterError(f"{path}.{key}", None, _kind_name(hints[known[key]]), "missing")
        return out
    raise TypeError(f"unsupported annotation {hint!r}")  # a generator change this module must learn


def _parse_json_text(field: str, value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError as exc:
        raise InvalidParameterError(field, value, "JSON text or an object", f"not JSON ({exc.msg})") from None


def normalize_structured(field: str, value: Any, model: type, *, many: bool = False) -> Any:
    """Validate a structured input (model instance, dict, list, or JSON text) -> plain JSON value."""
    if isinstance(value, str):
        value = _parse_json_text(field, value)
    hint: Any = list[model] if many else model  # type: ignore[valid-type]
    return _normalize(field, value, hint)


def encode_json_field(field: str, value: Any, model: type, *, many: bool = False) -> str:
    """The JSON string a form field carries (``audio_option``, ``media_items``, ...)."""
    return json.dumps(normalize_structured(field, value, model, many=many), separators=(",", ":"))


def structured_to_model(field: str, value: Any, model: type[M]) -> M:
    """A validated generated model instance for JSON bodies (idea/images/url-to-video)."""
    if isinstance(value, model):
        return value
    data = normalize_structured(field, value, model)
    return model.from_dict(data)  # type: ignore[attr-defined,no-any-return]


def build_model(model: type[M], schema: str, given: Mapping[str, Any]) -> M:
    """Build a generated request model from the fields the caller gave (None = not given).

    Fields not given are left UNSET, so the service applies its own defaults (the generated
    models would otherwise send their spec defaults for every field).
    """
    hints = _hints(model)
    limits = LIMITS.get(schema, {})
    kwargs: dict[str, Any] = {}
    for attr_name in _fields(model).values():
        value = given.get(attr_name)
        if value is None:
            if Unset in typing.get_args(hints[attr_name]):
                kwargs[attr_name] = UNSET
                continue
            raise InvalidParameterError(attr_name, None, _kind_name(hints[attr_name]), "required")
        options = _strip_unset(hints[attr_name])
        hint = options[0]
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            kwargs[attr_name] = coerce_enum(attr_name, value, hint)
        elif typing.get_origin(hint) is list and typing.get_args(hint) == (File,):
            kwargs[attr_name] = value  # already opened by open_images()
        elif isinstance(hint, type) and attrs.has(hint):
            kwargs[attr_name] = structured_to_model(attr_name, value, hint)
        else:
            if isinstance(value, tuple):
                value = list(value)
            kwargs[attr_name] = _normalize(attr_name, value, hint)
        check_limit(
            attr_name, value if not isinstance(value, enum.Enum) else value.value, limits.get(attr_name)
        )
    unknown = set(given) - set(_fields(model).values())
    if unknown:
        name = sorted(unknown)[0]
        raise InvalidParameterError(name, given[name], sorted(_fields(model).values()), "unknown field")
    return model(**kwargs)


# --------------------------------------------------------------------------- images


def open_images(field: str, values: Iterable[ImageInput], stack: ExitStack) -> list[File]:
    """Image uploads as generated ``File`` objects, streamed by httpx from disk.

    Paths are opened here (and closed by ``stack``), never read whole; bytes are wrapped in
    BytesIO; open binary files are used as they are (their current position is the start).
    """
    files: list[File] = []
    for i, value in enumerate(values):
        name = f"{field}[{i}]"
        if isinstance(value, bytes | bytearray):
            if not value:
                raise InvalidParameterError(name, value, "non-empty image bytes", "empty")
            files.append(File(payload=io.BytesIO(bytes(value)), file_name=f"image{i}", mime_type=None))
            continue
        if isinstance(value, str | os.PathLike):
            text = os.fspath(value)
            if text.startswith(("http://", "https://")):
                raise InvalidParameterError(name, text, "a local path; pass URLs as image_urls", "a URL")
            path = Path(text)
            if not path.is_file():
                raise InvalidParameterError(name, text, "an existing file", "no such file")
            handle = stack.enter_context(path.open("rb"))
            files.append(
                File(payload=handle, file_name=path.name, mime_type=mimetypes.guess_type(path.name)[0])
            )
            continue
        if hasattr(value, "read"):
            if isinstance(value, io.TextIOBase):
                raise InvalidParameterError(name, value, "a file opened in binary mode ('rb')", "text file")
            raw_name = getattr(value, "name", None)
            file_name = os.path.basename(raw_name) if isinstance(raw_name, str) else f"image{i}"
            payload = typing.cast(typing.BinaryIO, value)
            files.append(
                File(payload=payload, file_name=file_name, mime_type=mimetypes.guess_type(file_name)[0])
            )
            continue
        raise InvalidParameterError(name, value, "a path, bytes or a binary file", "unsupported type")
    return files
