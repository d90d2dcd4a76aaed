"""Checking what a caller passes against the document's rules, before anything is sent.

Every rule comes from openapi.yaml through the generated ``vimmerse_openapi.sdk.operations``
(types, enums, ranges, lengths, item counts, patterns, the structure of JSON carried in form
fields, ``x-vimmerse-require-any``); this module only knows how to apply a ``Rule`` and how to
say what went wrong: the field (dotted for nested JSON, e.g. ``audio_option.narrator``), the value
and what is allowed.

Why check client-side when the service validates anyway: a rejected create may still have cost a
round trip with a 20 MB upload, and a 422 names the field less clearly than
``InvalidParameterError("duration", 12, "1..10")``.

``normalize`` returns the value as JSON carries it (enum members become their values, models
dicts); uploads become the generated ``File`` objects, opened on an ``ExitStack`` the caller
closes.
"""

from __future__ import annotations

import enum
import io
import json
import mimetypes
import os
import re
import stat
import typing
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from vimmerse_openapi.sdk.spec import FileInput, Rule

if TYPE_CHECKING:
    from vimmerse_openapi.types import File

from .errors import InvalidParameterError

__all__ = ["FileInput", "Uploads", "coerce_enum", "normalize", "normalize_fields"]

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_KIND_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "file": "a path, bytes or a binary file",
    "json": "an object or its JSON text",
}


@dataclass
class Uploads:
    """Files opened for one request: closed by ``stack``, rewound from ``streams`` before a retry."""

    stack: ExitStack = field(default_factory=ExitStack)
    streams: list[IO[bytes]] = field(default_factory=list)
    #: An upload reads from a stream that cannot seek (a pipe): the request can be sent only once.
    once: bool = False


def coerce_enum(path: str, value: object, enum_cls: type[enum.Enum]) -> enum.Enum:
    """An enum member from itself or its value (``"16:9"``, ``5``); otherwise name the allowed values."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str | int) and not isinstance(value, bool):
        for member in enum_cls:
            if member.value == value or str(member.value) == str(value):
                return member
    raise InvalidParameterError(path, value, [m.value for m in enum_cls])


def describe(rule: Rule) -> str:
    """What ``rule`` allows, in words (for error messages)."""
    if rule.kind == "enum" and rule.enum is not None:
        return ", ".join(repr(m.value) for m in rule.enum)
    if rule.minimum is not None or rule.maximum is not None:
        low = "" if rule.minimum is None else f"{rule.minimum:g}"
        high = "" if rule.maximum is None else f"{rule.maximum:g}"
        return f"{_KIND_WORDS.get(rule.kind, rule.kind)} in {low}..{high}"
    if rule.min_length is not None or rule.max_length is not None:
        return f"a string of {rule.min_length or 0}..{rule.max_length or 'any'} characters"
    if rule.min_items is not None or rule.max_items is not None:
        return f"a list of {rule.min_items or 0}..{rule.max_items or 'any'} items"
    if rule.kind == "object" and rule.fields is not None:
        return f"an object with {', '.join(rule.fields)}"
    return _KIND_WORDS.get(rule.kind, rule.kind)


def _fail(path: str, value: object, rule: Rule, reason: str) -> InvalidParameterError:
    if rule.kind == "enum" and rule.enum is not None:
        return InvalidParameterError(path, value, [m.value for m in rule.enum], reason)
    return InvalidParameterError(path, value, describe(rule), reason)


def normalize(rule: Rule, value: Any, path: str, uploads: Uploads | None = None) -> Any:
    """``value`` checked against ``rule``, as JSON carries it; raises InvalidParameterError."""
    kind = rule.kind
    if kind == "enum":
        assert rule.enum is not None
        return coerce_enum(path, value, rule.enum).value
    if kind == "string":
        if not isinstance(value, str):
            raise _fail(path, value, rule, "not a string")
        if (rule.min_length is not None and len(value) < rule.min_length) or (
            rule.max_length is not None and len(value) > rule.max_length
        ):
            raise _fail(path, value, rule, "wrong length")
        if rule.pattern is not None and not re.search(rule.pattern, value):
            raise InvalidParameterError(path, value, f"text matching {rule.pattern}", "does not match")
        if rule.format == "uri" and not _URI.match(value):
            raise InvalidParameterError(path, value, "an absolute URL (https://...)", "not a URL")
        return value
    if kind in ("integer", "number"):
        wanted: Any = int if kind == "integer" else int | float
        if isinstance(value, bool) or not isinstance(value, wanted):
            raise _fail(path, value, rule, f"not {_KIND_WORDS[kind]}")
        if (rule.minimum is not None and value < rule.minimum) or (
            rule.maximum is not None and value > rule.maximum
        ):
            raise _fail(path, value, rule, "out of range")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _fail(path, value, rule, "not a boolean")
        return value
    if kind == "array":
        return _array(rule, value, path, uploads)
    if kind == "object":
        return _object(rule, value, path, uploads)
    if kind == "json":
        assert rule.content is not None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise InvalidParameterError(
                    path, value, describe(rule.content), f"not JSON ({exc.msg})"
                ) from None
            except (ValueError, RecursionError) as exc:  # too many digits, nested too deeply
                reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                raise InvalidParameterError(
                    path, value, describe(rule.content), f"not JSON this client reads ({reason})"
                ) from None
        return json.dumps(normalize(rule.content, value, path, uploads), separators=(",", ":"))
    if kind == "file":
        if uploads is None:
            raise InvalidParameterError(path, value, "no upload here", "a file")
        return _open(path, value, uploads)
    return value


def _array(rule: Rule, value: Any, path: str, uploads: Uploads | None) -> list[Any]:
    item = rule.items or Rule("any")
    single = (item.kind in ("string", "enum") and isinstance(value, str)) or (
        item.kind == "file"
        and (isinstance(value, str | os.PathLike | bytes | bytearray) or hasattr(value, "read"))
    )
    if single:
        value = [value]
    if not isinstance(value, Sequence) or isinstance(value, str | bytes | bytearray):
        raise _fail(path, value, rule, "not a list")
    items = list(value)
    if (rule.min_items is not None and len(items) < rule.min_items) or (
        rule.max_items is not None and len(items) > rule.max_items
    ):
        raise _fail(path, items, rule, "wrong number of items")
    return [normalize(item, v, f"{path}[{i}]", uploads) for i, v in enumerate(items)]


def _object(rule: Rule, value: Any, path: str, uploads: Uploads | None) -> dict[str, Any]:
    if rule.model is not None and isinstance(value, rule.model):
        value = value.to_dict()
    if not isinstance(value, Mapping):
        raise _fail(path, value, rule, "not an object")
    fields = rule.fields or {}
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = f"{path}.{key}" if path else str(key)
        sub = fields.get(key)
        if sub is None:
            if not rule.additional:
                name = rule.model.__name__ if rule.model is not None else "this object"
                raise InvalidParameterError(where, item, list(fields), f"unknown key {key!r} for {name}")
            out[key] = item
            continue
        if item is None:
            continue
        out[key] = normalize(sub, item, where, uploads)
    for key in rule.required:
        if key not in out:
            where = f"{path}.{key}" if path else key
            raise InvalidParameterError(where, None, describe(fields.get(key, Rule("any"))), "missing")
    return out


def normalize_fields(rule: Rule, given: Mapping[str, Any], uploads: Uploads | None) -> dict[str, Any]:
    """The fields of a request body (None = not given), checked against the body's rule."""
    out = _object(rule, {k: v for k, v in given.items() if v is not None}, "", uploads)
    fields = rule.fields or {}
    _require_groups(rule.require_any, fields, out, given, "")
    for need in rule.require_when:
        value = out.get(need.field, fields[need.field].default if need.field in fields else None)
        if value in need.values:
            _require_groups(need.require_any, fields, out, given, f" (needed with {need.field}={value!r})")
    if rule.min_properties and len(out) < rule.min_properties:
        raise InvalidParameterError("fields", None, list(rule.fields or {}), "nothing to update")
    return out


def _require_groups(
    groups: tuple[tuple[str, ...], ...],
    fields: Mapping[str, Rule],
    out: Mapping[str, Any],
    given: Mapping[str, Any],
    why: str,
) -> None:
    """One field of each group must be present in ``out``; else the first group's error."""
    for group in groups:
        if not any(_present(out.get(k), fields.get(k)) for k in group):
            shown = {k: given.get(k) for k in group}
            allowed = f"at least one of {', '.join(group)}{why}"
            raise InvalidParameterError(group[0], shown, allowed, "no input given")


def _present(value: Any, rule: Rule | None) -> bool:
    """Whether a normalized field gives something: not None, blank text, [], {}, nor (in a field
    carrying JSON) the JSON text of an empty value. The fake judges inputs the same way."""
    if isinstance(value, str):
        if rule is not None and rule.kind == "json":
            return json.loads(value) not in (None, "", [], {})  # normalized: JSON text written here
        return bool(value.strip())
    return value is not None and value != [] and value != {}


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable()) and stream.tell() >= 0
    except (OSError, ValueError, AttributeError):
        return False


def _open(path: str, value: FileInput, uploads: Uploads) -> File:
    """An upload as a generated ``File``, streamed by httpx: paths are opened (closed by the
    stack), bytes wrapped in BytesIO, binary file objects used from their current position."""
    from vimmerse_openapi.types import File  # with the models (attrs): not at ``import vimmerse``

    if isinstance(value, bytes | bytearray):
        if not value:
            raise InvalidParameterError(path, value, "non-empty bytes", "empty")
        stream: IO[bytes] = io.BytesIO(bytes(value))
        uploads.streams.append(stream)
        return File(
            payload=typing.cast(typing.BinaryIO, stream), file_name=path.replace("[", "").replace("]", "")
        )
    if isinstance(value, str | os.PathLike):
        text = os.fspath(value)
        if text.startswith(("http://", "https://")):
            raise InvalidParameterError(path, text, "a local path; pass URLs in the *_urls field", "a URL")
        file_path = Path(text)
        allowed = "an existing, readable file"
        try:
            mode = file_path.stat().st_mode
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
            reason = getattr(exc, "strerror", None) or str(exc)
            raise InvalidParameterError(path, text, allowed, reason.lower()) from None
        if not stat.S_ISREG(mode):
            # A pipe would block the open, a device be read without end.
            what = "a directory" if stat.S_ISDIR(mode) else "not a file"
            raise InvalidParameterError(path, text, allowed, what)
        try:
            handle = uploads.stack.enter_context(file_path.open("rb"))
        except OSError as exc:
            raise InvalidParameterError(path, text, allowed, (exc.strerror or str(exc)).lower()) from None
        uploads.streams.append(handle)
        return File(
            payload=handle, file_name=file_path.name, mime_type=mimetypes.guess_type(file_path.name)[0]
        )
    if hasattr(value, "read"):
        if isinstance(value, io.TextIOBase):
            raise InvalidParameterError(path, value, "a file opened in binary mode ('rb')", "text file")
        raw_name = getattr(value, "name", None)
        file_name = (
            os.path.basename(raw_name)
            if isinstance(raw_name, str)
            else path.replace("[", "").replace("]", "")
        )
        payload = typing.cast(typing.BinaryIO, value)
        if _seekable(payload):
            uploads.streams.append(payload)
        else:
            uploads.once = True
        return File(payload=payload, file_name=file_name, mime_type=mimetypes.guess_type(file_name)[0])
    raise InvalidParameterError(path, value, "a path, bytes or a binary file", "unsupported type")
