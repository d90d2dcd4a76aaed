"""The fast verdict on a response: openapi-core's own response validator, with what it rebuilds
on every call built once per (operation, status, media type).

openapi-core's ``unmarshal_response`` finds the operation and the response object, builds a
media type deserializer and a jsonschema validator for the schema, validates, and then walks the
schema again to unmarshal the value (``find_format`` per property): ~10 ms for one ``Media``,
most of the fake's time per request. The fake needs only the verdict. Here the pieces
openapi-core's ``V30ResponseValidator`` would use (``_find_path``, ``_find_operation_response``,
``_find_media_type``, its media type deserializer and schema validator factories, configured as
the fake's ``OpenAPI`` object configures them) are made once per plan; per response the body is
deserialized and validated by that same jsonschema validator, and declared headers by
openapi-core itself. Unmarshalling cannot add an error to a body that validated (it validates
each subschema the body already satisfied and ignores format conversions that fail).

The verdict is only ever "valid" here: on anything else (or any exception) the caller asks
openapi-core in full, so error lists stay openapi-core's word for word.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest
from openapi_core.validation.response.validators import APICallResponseValidator

__all__ = ["ResponseChecker"]


@dataclass(frozen=True)
class _Plan:
    """What a response of one (operation, status, content type) is judged by; ``None`` members
    mean the response can only be judged in full (no such response, no such media type)."""

    possible: bool
    #: The response object declares a body (``content``).
    has_content: bool = False
    deserializer: Any = None
    #: jsonschema validator of the media type's schema (None: the media type has none).
    schema: Any = None
    #: The response object (a SchemaPath) when it declares headers, else None.
    headers_of: Any = None


class ResponseChecker:
    """``valid(...)``: whether openapi-core would find no error in this response."""

    def __init__(self, api: OpenAPI, origin: str) -> None:
        core = api.response_validator
        if not isinstance(core, APICallResponseValidator):
            raise TypeError(f"an OpenAPI 3.0 document's response validator, not {type(core).__name__}")
        self._core = core
        self._origin = origin
        self._plans: dict[tuple[str, str, int, str], _Plan] = {}
        self._lock = threading.Lock()

    def valid(
        self, template: str, method: str, status: int, headers: dict[str, str], body: bytes, content_type: str
    ) -> bool:
        key = (template, method, status, content_type)
        plan = self._plans.get(key)
        if plan is None:
            try:
                plan = self._plan(template, method, status, content_type)
            except Exception:  # judged in full by the caller, who reports what openapi-core says
                plan = _Plan(False)
            with self._lock:
                self._plans[key] = plan
        if not plan.possible:
            return False
        try:
            if plan.has_content:
                if not body:
                    return False  # openapi-core: MissingData
                value = plan.deserializer.deserialize(body)
                if plan.schema is not None and not plan.schema.is_valid(value):
                    return False
            if plan.headers_of is not None:
                self._core._get_headers(headers, plan.headers_of)
        except Exception:
            return False
        return True

    def _plan(self, template: str, method: str, status: int, content_type: str) -> _Plan:
        core = self._core
        request = MockRequest(self._origin, method.lower(), template, path_pattern=template)
        _, operation, _, _, _ = core._find_path(request)
        response = core._find_operation_response(status, operation)
        headers_of = response if "headers" in response else None
        if "content" not in response:
            return _Plan(True, headers_of=headers_of)
        mime_type, parameters, media_type = core._find_media_type(response / "content", content_type)
        schema = media_type.get("schema")
        validator = None
        if schema is not None:
            validator = core_schema_validator(core, schema)
        deserializer = core_media_type_deserializer(core, mime_type, parameters, media_type, validator)
        return _Plan(
            True,
            has_content=True,
            deserializer=deserializer,
            schema=_inlined_validator(core.spec, validator.validator)
            if validator and "schema" in media_type
            else None,
            headers_of=headers_of,
        )


class _NotInlinable(Exception):
    pass


# Keys whose values are data, not schemas: a {"$ref": ...} there is a value, never a reference.
_DATA_KEYS = frozenset({"enum", "example", "examples", "default"})


def core_schema_validator(core: Any, schema: Any) -> Any:
    """openapi-core's validator of ``schema``, configured as ``core`` builds its own (as
    BaseValidator._deserialise_media_type and _validate_schema do)."""
    return core.schema_validators_factory.create(
        core.spec,
        schema,
        format_validators=core.format_validators,
        extra_format_validators=core.extra_format_validators,
        forbid_unspecified_additional_properties=core.forbid_unspecified_additional_properties,
        enforce_properties_required=core.enforce_properties_required,
    )


def core_media_type_deserializer(
    core: Any, mime_type: str, parameters: Any, media_type: Any, validator: Any
) -> Any:
    """openapi-core's deserializer of one media type (``media_type``, its content entry, with its
    ``schema`` validated by ``validator``), configured as ``core`` builds its own
    (BaseValidator._deserialise_media_type)."""
    return core.media_type_deserializers_factory.create(
        core.spec,
        mime_type,
        schema=media_type.get("schema"),
        schema_validator=validator,
        parameters=parameters,
        encoding=media_type.get("encoding") if "encoding" in media_type else None,
        extra_media_type_deserializers=core.extra_media_type_deserializers,
    )


def _inline(root: dict[str, Any], node: Any, trail: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``{"$ref": "#/..."}`` (a reference and nothing else) replaced by
    its target; a cycle, a non-local reference or one with sibling keywords cannot be."""
    if isinstance(node, list):
        return [_inline(root, item, trail) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and isinstance(node["$ref"], str):
        ref = node["$ref"]
        if len(node) != 1 or not ref.startswith("#/") or ref in trail:
            raise _NotInlinable(ref)
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return _inline(root, target, (*trail, ref))
    return {
        key: value if key in _DATA_KEYS or key.startswith("x-") else _inline(root, value, trail)
        for key, value in node.items()
    }


def _inlined_validator(spec: Any, validator: Any) -> Any:
    """``validator`` (a jsonschema validator openapi-core built for a schema of ``spec``) over
    the schema with its references inlined: the same keywords on the same values, so the same
    verdict, without resolving a reference on every use (~40 % of validating a ``Media``). Where
    the schema cannot be inlined, ``validator`` itself."""
    with spec.resolve() as resolved:
        root = resolved.contents
    try:
        flat = _inline(root, validator.schema)
    except _NotInlinable:
        return validator
    return type(validator)(flat, format_checker=validator.format_checker)
