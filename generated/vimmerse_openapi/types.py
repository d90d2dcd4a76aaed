"""Contains some shared types for properties"""

import math
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from .wire import FALSE_WORDS, TRUE_WORDS


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E", bound=Enum)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# ---------------------------------------------------------------------------- Reading answers
# The service has been seen to send "100" for 100, "No" for false, null for absent values, ""
# for a value it does not know (``"is_highlights": ""``, ``"file_size": ""``) and enum values
# the document does not list yet (openapi.yaml: info.description, the fields' ``x-vimmerse-wire``
# and the words of ``components.x-vimmerse-wire-forms``, rendered into ``wire.py``). The models' from_dict reads
# every field through one of these functions, so a user always gets the declared Python type or
# None -- never a str where an int is declared, never an exception for a value of the wrong
# shape (that value stays in the model's ``raw``). Blank text is None for a boolean, a number
# or an enum (unless the enum lists "" itself); a string field keeps it. Only a missing
# *required* field raises (``required``): without an id or a status the answer cannot be used.


class MissingField(ValueError):
    """A field the document marks required is absent, null or unreadable in an answer."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(f"{model}.{field} is missing, null or unreadable in the answer")
        self.model = model
        self.field = field


def required(value: T | None, model: str, field: str) -> T:
    if value is None:
        raise MissingField(model, field)
    return value


def read_str(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than Python writes out (sys.get_int_max_str_digits)
            return None
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    return None


def read_int(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return None
            return int(number) if math.isfinite(number) else None
    return None


def read_float(value: object) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def read_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
    return None


def read_enum(cls: type[E], value: object) -> E | str | None:
    """A member of ``cls``, else the value as text (a value newer than this client), else None
    (blank text, or a value that is not text or a number)."""
    if value is None:
        return None
    try:
        member = cls._value2member_map_.get(value)  # the common case, without Enum.__call__
    except TypeError:  # unhashable: a list or an object where a value belongs
        return None
    if member is not None:
        return member  # type: ignore[return-value]
    text = read_str(value)
    if text is None:
        return None
    stripped = text.strip()
    for member in cls:
        if str(member.value) == stripped:
            return member
    # Blank text says the value is unknown (an enum that lists "" matched it above).
    return text if stripped else None


def read_enum_list(cls: type[E], value: object) -> list[E | str] | None:
    if not isinstance(value, list):
        return None
    items = []
    for item in value:
        parsed = read_enum(cls, item)
        if parsed is not None:
            items.append(parsed)
    return items


def read_int_enum(cls: type[E], value: object) -> E | int | None:
    number = read_int(value)
    if number is None:
        return None
    try:
        return cls(number)
    except ValueError:
        return number


def read_model(cls: Callable[[Mapping[str, Any]], T], value: object) -> T | None:
    return cls(value) if isinstance(value, Mapping) else None


def read_list(value: object, read_item: Callable[[Any], T | None]) -> list[T] | None:
    """The readable items of a list (an unreadable item is dropped); None if not a list."""
    if not isinstance(value, list):
        return None
    items = []
    for item in value:
        parsed = read_item(item)
        if parsed is not None:
            items.append(parsed)
    return items


def read_union(value: object, exact: tuple[type, ...], readers: tuple[Callable[[Any], Any], ...]) -> Any:
    """A union of primitives: the value itself if it already is one of them, else the first reading."""
    if isinstance(value, exact) and not (isinstance(value, bool) and bool not in exact):
        return value
    for read in readers:
        parsed = read(value)
        if parsed is not None:
            return parsed
    return None


# ---------------------------------------------------------------------------- Writing requests
def wire(value: Any) -> Any:
    """A value as JSON carries it: enums as their values, models as dicts, lists item by item."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [wire(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


def form_text(value: Any) -> str:
    """A value as a form field carries it: booleans are ``true``/``false`` as JSON writes them."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def model_repr(model: Any, fields: tuple[str, ...]) -> str:
    """``Name(field=value, ...)`` of the fields that are set, and the unknown ones received."""
    shown = [f"{name}={getattr(model, name)!r}" for name in fields if getattr(model, name) is not None]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = ["UNSET", "File", "FileTypes", "MissingField", "RequestFiles", "Response", "Unset"]
