"""The fast verdict on a request's parameters: openapi-core's own request unmarshaller, with what
it rebuilds on every call built once per operation.

openapi-core's ``unmarshal_request`` finds the operation (matching the URL against every path
of the document), checks security, and for each parameter builds a style deserializer, a caster
and a jsonschema validator before using them once: ~1-2 ms per request, paid by every request a
fuzzer varies. Here, per operation, the parameters are read from the document once, in
openapi-core's order (the operation's, then the path item's; the first of a name and location
wins), each with the deserializer and the validator openapi-core's factories make for it. Per
request only the values are deserialized, cast and validated.

The verdict is the 422 detail openapi-core's would lead to - for valid parameters, a missing
required one, or values their schemas refuse (the same validator's errors) - or "judge it in
full": a value that does not deserialize or cast, an empty query value, anything unforeseen; then
the caller asks openapi-core in full. A JSON body is unmarshalled by the precompiled body step
(``bodycheck``) when it is valid and the schema is one that step models, else by openapi-core's
own body step (``_get_body``: deserialize, validate, unmarshal with defaults and formats).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from openapi_core import OpenAPI
from openapi_core.schema.parameters import get_style_and_explode
from openapi_core.testing import MockRequest
from openapi_core.unmarshalling.request.unmarshallers import APICallRequestUnmarshaller
from openapi_core.validation.request.exceptions import MissingRequestBody

from .bodycheck import BodyPlan, compile_body
from .detail import error, schema_errors_to_detail
from .responsecheck import _inlined_validator, core_schema_validator

__all__ = ["ParameterPlan", "RequestChecker"]

_NO_DEFAULT = object()


@dataclass(frozen=True)
class ParameterPlan:
    """One parameter as openapi-core's ``_get_parameter`` reads it."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    default: Any  # the schema's default, or _NO_DEFAULT
    allow_empty: bool | None  # allowEmptyValue (None: not given)
    deserializer: Any  # openapi-core StyleDeserializer (style, explode, cast)
    validator: Any  # jsonschema validator of the parameter's schema


@dataclass(frozen=True)
class _Plan:
    params: tuple[ParameterPlan, ...]
    operation: Any  # SchemaPath of the operation (for the body step)
    has_body: bool
    #: The precompiled JSON body step (None: openapi-core's own for every body).
    body: BodyPlan | None = None


class RequestChecker:
    """``judge(...)``: openapi-core's (422 detail, body) verdict when the parameters pass, else
    None (judge in full)."""

    def __init__(self, api: OpenAPI, origin: str) -> None:
        core = api.request_unmarshaller
        if not isinstance(core, APICallRequestUnmarshaller):
            raise TypeError(f"an OpenAPI 3.0 document's request unmarshaller, not {type(core).__name__}")
        self._core = core
        self._origin = origin
        self._plans: dict[tuple[str, str], _Plan | None] = {}
        self._lock = threading.Lock()

    def plan(self, template: str, method: str) -> _Plan | None:
        key = (template, method)
        if key not in self._plans:
            try:
                plan: _Plan | None = self._plan(template, method)
            except Exception:  # judged in full by the caller, who reports what openapi-core says
                plan = None
            with self._lock:
                self._plans[key] = plan
        return self._plans[key]

    def params_detail(self, plan: _Plan, mock: MockRequest) -> list[dict[str, Any]] | None:
        """The 422 detail openapi-core's ``_get_parameters`` leads to (empty when the parameters
        are valid): a missing required parameter, or a value its schema refuses (the errors of
        the same jsonschema validator). None for any other failure (a value that does not
        deserialize or cast, an empty query value): that is judged in full, in openapi-core's
        words."""
        parameters = mock.parameters
        detail: list[dict[str, Any]] = []
        try:
            for p in plan.params:
                try:
                    value = p.deserializer.deserialize(parameters[p.location])
                except KeyError:
                    if p.default is _NO_DEFAULT:
                        if p.required:  # MissingRequiredParameter
                            detail.append(error([p.location, p.name], "Field required", "missing"))
                        continue  # a missing optional one is skipped
                    value = p.default
                else:
                    if p.location == "query" and not p.allow_empty and value == "":
                        return None  # EmptyQueryParameterValue
                errors = tuple(p.validator.iter_errors(value))
                if errors:  # InvalidParameter from InvalidSchemaValue
                    detail += schema_errors_to_detail([p.location, p.name], errors)
        except Exception:
            return None
        return detail

    def body(self, plan: _Plan, mock: MockRequest) -> Any:
        """openapi-core's unmarshalled JSON body (its ``_unmarshal`` body step); raises its
        ``RequestBodyValidationError`` for an invalid one. A body the precompiled step
        (``bodycheck``) finds valid is unmarshalled by it; any other goes through openapi-core."""
        fast = plan.body
        if fast is not None and mock.body and mock.content_type == fast.media_type:
            valid, value = fast.unmarshal(mock.body)
            if valid:
                return value
        try:
            return self._core._get_body(mock.body, mock.content_type, plan.operation)
        except MissingRequestBody:
            return None

    def _plan(self, template: str, method: str) -> _Plan | None:
        core = self._core
        request = MockRequest(
            self._origin, method.lower(), template, path_pattern=template, headers={"X-Api-Key": "k"}
        )
        path, operation, _, _, _ = core._find_path(request)
        # The fake checked the key itself (401); openapi-core stops at a failed security check,
        # and with the key header always shown (RequestParts.mock) it never fails.
        core._get_security(request.parameters, operation)
        params: list[ParameterPlan] = []
        seen: set[tuple[str, str]] = set()
        for source in (operation, path):
            for param in source.get("parameters", []):
                name, location = (param / "name").read_str(), (param / "in").read_str()
                if (name, location) in seen:
                    continue
                seen.add((name, location))
                if "content" in param:
                    return None  # a complex parameter: left to openapi-core
                schema = param / "schema"
                style, explode = get_style_and_explode(param)
                validator = core_schema_validator(core, schema)
                params.append(
                    ParameterPlan(
                        name=name,
                        location=location,
                        required=(param / "required").read_bool(default=False),
                        default=(schema / "default").read_value() if "default" in schema else _NO_DEFAULT,
                        allow_empty=(param / "allowEmptyValue").read_bool(default=None),
                        deserializer=core.style_deserializers_factory.create(
                            core.spec, schema, style, explode, name=name
                        ),
                        validator=validator.validator,
                    )
                )
        body = None
        if "requestBody" in operation:
            try:
                body = compile_body(core, operation, "application/json", _inlined_validator)
            except Exception:  # no JSON body (a form), or one only openapi-core can unmarshal
                body = None
        return _Plan(tuple(params), operation, "requestBody" in operation, body)
