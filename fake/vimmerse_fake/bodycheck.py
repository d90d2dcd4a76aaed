"""The fast JSON request body step: openapi-core's ``_get_body`` result without its per-node walk.

openapi-core unmarshals a body by walking value and schema together, resolving a schema path and
building a validator at every node - of free-form values (``additionalProperties: true``) too: a
varied 3 KB story body cost ~50 ms. Here, per operation, the body schema (references inlined) is
compiled once into a validator and a ``_Shape`` tree that says what openapi-core's unmarshalling
does at each node: an object gets its declared properties first (in the schema's order, absent
ones with a default filled in), then the others (in the body's order); an array its items; any
other value is kept as it is. A body the validator passes is rebuilt along that tree.

Only the schema features whose unmarshalling is plainly that are compiled: ``type`` object /
array / string / integer / number / boolean, ``properties``, ``additionalProperties``, ``items``,
``nullable``, ``default``, and an untyped ``allOf`` wrapping scalar types (``{"allOf": [{"$ref":
enum}], "default": ...}``) or object types; a schema without keywords that shape values
(free-form) is kept as it is.
A format openapi-core turns into another type (date, uuid, ...), ``oneOf``/``anyOf``, ``x-model``
or any other structure make the operation's plan ``None``: openapi-core unmarshals it. Defaults
are unmarshalled once by openapi-core itself. An invalid body, or one the deserializer refuses,
goes through openapi-core too, so its error is openapi-core's word for word.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from jsonschema_path import SchemaPath

from .responsecheck import core_media_type_deserializer, core_schema_validator

__all__ = ["BodyPlan", "compile_body"]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})
#: Keywords that only constrain a value (checked by the validator), never reshape it.
_CONSTRAINTS = frozenset(
    {
        "description", "title", "example", "examples", "enum", "minLength", "maxLength", "pattern",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems",
        "maxItems", "uniqueItems", "minProperties", "maxProperties", "required", "readOnly",
        "writeOnly", "deprecated", "externalDocs", "xml", "discriminator",
    }
)  # fmt: skip


class _Unsupported(Exception):
    pass


@dataclass
class _Shape:
    """What openapi-core's unmarshalling does to a valid value at one schema node."""

    kind: str  # keep | object | array
    nullable: bool = False
    #: object: declared properties in the schema's order: (name, shape, unmarshalled default).
    props: list[tuple[str, _Shape, Any]] = field(default_factory=list)
    #: object: the shape of undeclared properties (None: ``additionalProperties: false``).
    extra: _Shape | None = None
    #: array: the items' shape.
    items: _Shape | None = None


_KEEP = _Shape("keep")
_NO_DEFAULT = object()


@dataclass(frozen=True)
class BodyPlan:
    """One operation's JSON body: deserialized, validated, then rebuilt along ``shape``."""

    media_type: str
    deserializer: Any  # openapi-core's media type deserializer
    validator: Any  # jsonschema validator over the inlined schema
    shape: _Shape

    def unmarshal(self, body: bytes) -> tuple[bool, Any]:
        """(True, openapi-core's unmarshalled body) for a valid body, else (False, None)."""
        try:
            value = self.deserializer.deserialize(body)
            if not self.validator.is_valid(value):
                return False, None
            return True, _rebuild(self.shape, value)
        except Exception:  # e.g. a body openapi-core's deserializer refuses: its error is reported
            return False, None


def _rebuild(shape: _Shape, value: Any) -> Any:
    if shape.kind == "keep" or value is None:
        # A null is only valid where openapi-core keeps it (nullable, or a free-form node).
        return value
    if shape.kind == "array":
        items = shape.items or _KEEP
        return [_rebuild(items, item) for item in value]
    out: dict[str, Any] = {}
    for name, prop, default in shape.props:
        if name in value:
            out[name] = _rebuild(prop, value[name])
        elif default is not _NO_DEFAULT:
            out[name] = copy.deepcopy(default)
    if shape.extra is not None:
        for name, item in value.items():
            if name not in out:
                out[name] = _rebuild(shape.extra, item)
    return out


def _check_keys(node: dict[str, Any], allowed: set[str]) -> None:
    for key in node:
        if key not in allowed and key not in _CONSTRAINTS and not key.startswith("x-"):
            raise _Unsupported(key)
        if key.startswith("x-model"):
            raise _Unsupported(key)


def _shape(node: Any, default_of: Any) -> _Shape:
    """The shape of an inlined schema node; ``default_of(schema, value)`` is openapi-core's
    unmarshalled ``value`` under ``schema``."""
    if not isinstance(node, dict):
        raise _Unsupported(node)
    kind = node.get("type")
    nullable = node.get("nullable") is True
    base = {"type", "nullable", "default"}
    if "format" in node and node["format"] in _UNMARSHALLED_FORMATS:
        raise _Unsupported(node["format"])
    base.add("format")
    if kind in _SCALARS:
        _check_keys(node, base)
        return _Shape("keep", nullable)
    if kind is None:
        if "allOf" in node:  # a type wrapped to carry a default or description
            return _wrapped(node, base, nullable, default_of)
        if "format" in node:
            raise _Unsupported("format")  # openapi-core checks it against every type
        _check_keys(node, base)  # free-form: any value, kept as it is
        return _Shape("keep", nullable)
    if kind == "array":
        _check_keys(node, base | {"items"})
        return _Shape("array", nullable, items=_shape(node["items"], default_of) if "items" in node else None)
    if kind == "object":
        _check_keys(node, base | {"properties", "additionalProperties"})
        props = []
        for name, sub in (node.get("properties") or {}).items():
            default = (
                default_of(sub, sub["default"]) if isinstance(sub, dict) and "default" in sub else _NO_DEFAULT
            )
            props.append((name, _shape(sub, default_of), default))
        extra_schema = node.get("additionalProperties", True)
        extra = (
            None
            if extra_schema is False
            else _KEEP
            if extra_schema is True
            else _shape(extra_schema, default_of)
        )
        return _Shape("object", nullable, props=props, extra=extra)
    raise _Unsupported(kind)


def _wrapped(node: dict[str, Any], base: set[str], nullable: bool, default_of: Any) -> _Shape:
    """An untyped ``allOf`` of scalar types (the value kept), or of object types: openapi-core
    then takes each member's declared properties (with their defaults) in order, and the other
    properties as the wrapper's ``additionalProperties`` says (free-form by default)."""
    _check_keys(node, base | {"allOf", "additionalProperties"})
    members = [_shape(member, default_of) for member in node["allOf"]]
    types = {member.get("type") if isinstance(member, dict) else None for member in node["allOf"]}
    if types <= _SCALARS and "additionalProperties" not in node:
        return _Shape("keep", nullable)
    if types != {"object"}:
        raise _Unsupported("allOf")  # untyped members are skipped by openapi-core: not modelled
    props = [prop for member in members for prop in member.props]
    if len({name for name, _, _ in props}) != len(props):
        raise _Unsupported("allOf")  # a property declared twice
    extra_schema = node.get("additionalProperties", True)
    extra = (
        None if extra_schema is False else _KEEP if extra_schema is True else _shape(extra_schema, default_of)
    )
    return _Shape("object", nullable, props=props, extra=extra)


#: The formats openapi-core's OAS 3.0 unmarshallers turn into other types.
_UNMARSHALLED_FORMATS = frozenset({"date", "date-time", "binary", "uuid", "byte"})


def compile_body(core: Any, operation: Any, media_type: str, inlined_validator: Any) -> BodyPlan | None:
    """``operation``'s JSON body plan, as openapi-core's request unmarshaller ``core`` (configured
    as the fake's) would judge and unmarshal it; None when only openapi-core can."""
    if core.format_unmarshallers or core.extra_format_unmarshallers:
        return None  # formats unmarshalled beyond openapi-core's own: not modelled here
    if "requestBody" not in operation:
        return None
    content = operation / "requestBody" / "content"
    mime_type, parameters, media = core._find_media_type(content, media_type)
    if "schema" not in media:
        return None
    schema = media / "schema"
    validator = core_schema_validator(core, schema)
    fast = inlined_validator(core.spec, validator.validator)
    if fast is validator.validator:
        return None  # not inlinable (a cycle, a remote reference)
    deserializer = core_media_type_deserializer(core, mime_type, parameters, media, validator)

    def default_of(sub: dict[str, Any], value: Any) -> Any:
        return core._unmarshal_schema(SchemaPath.from_dict(sub), value)

    try:
        shape = _shape(fast.schema, default_of)
    except Exception:  # an unsupported keyword, or a default openapi-core refuses
        return None
    return BodyPlan(mime_type, deserializer, fast, shape)
