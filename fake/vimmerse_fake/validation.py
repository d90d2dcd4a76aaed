"""openapi.yaml as the judge of every request and response the fake handles.

openapi-core (an independent implementation of OpenAPI 3.0) validates parameters, JSON
bodies and responses. Form bodies (multipart and urlencoded) are parsed by Starlette
(python-multipart) rather than by openapi-core, because openapi-core 0.23 neither casts
form strings to the declared types (``quantity=2`` fails as ``'2' is not of type
'integer'``) nor reports unknown form fields (it silently drops them). We therefore
parse the form, cast each field by the type openapi.yaml declares for it, and hand the
typed object to openapi-core's own schema validator for the operation's body schema, so
the rules (enums, ranges, additionalProperties: false, maxItems, ...) still come from
openapi.yaml and are checked by openapi-core. Failures become FastAPI-style 422 details.

The fake routes requests itself (``routing``), so openapi-core is told the operation's path
template and the decoded path parameters instead of matching the URL again: an id holding
``%2F`` is then judged as that id (and fails its pattern), never as another operation.
JSON bodies and JSON form fields must be UTF-8 and nested at most ``jsonbody.MAX_JSON_DEPTH``
levels; 422 details are made by ``detail``, form values cast by ``formcast``.
"""

from __future__ import annotations

import copy
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.schemas import oas30_write_schema_validators_factory
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from .detail import error, safe_str, schema_errors_to_detail
from .document import default_spec_path
from .errors import ResponseValidationFailed
from .formats import FORMATS
from .formcast import cast_form_value, prop_type
from .jsonbody import decode_json
from .requestcheck import RequestChecker
from .responsecheck import ResponseChecker

__all__ = ["RequestParts", "ResponseValidationFailed", "Validator", "load_openapi", "spec_path"]

T = TypeVar("T")

SPEC_ORIGIN = "https://api.vimmerse.net"
_MEMO_SIZE = 4096
_MEMO_MAX_BODY = 64 * 1024
spec_path = default_spec_path


@functools.lru_cache(maxsize=8)
def _load_openapi(path: str, mtime_ns: int, size: int) -> OpenAPI:
    return OpenAPI.from_file_path(path, config=Config(extra_format_validators=FORMATS))


def load_openapi(path: str | Path | None = None) -> OpenAPI:
    """openapi-core's view of ``path`` (default: the packaged openapi.yaml), one per file version."""
    path = Path(path or spec_path())
    stat = path.stat()
    return _load_openapi(str(path), stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True)
class RequestParts:
    """What openapi-core judges of a request: the operation (method and path template, as the
    fake routed it), the decoded path parameters, query, headers and the JSON body if any."""

    method: str
    template: str
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    json_body: bytes | None = None
    #: Whether body errors count (False for a form body, which ``check_form`` judges).
    judge_body: bool = False

    def memo_key(self) -> tuple[Any, ...]:
        """The parts a verdict depends on (the only header parameter is ``Range``)."""
        lowered = {k.lower(): v for k, v in self.headers.items()}
        return (
            self.method,
            self.template,
            tuple(sorted(self.path_params.items())),
            tuple(sorted(self.query.items())),
            lowered.get("range"),
            self.json_body,
            self.judge_body,
        )

    def mock(self) -> MockRequest:
        # path_pattern + view_args: openapi-core takes the operation and the (decoded) path
        # parameters from us instead of matching the URL itself. openapi-core stops at a
        # failed security check; the key was already checked by the fake (401), so one is shown.
        headers = {
            **self.headers,
            "X-Api-Key": self.headers.get("X-Api-Key") or self.headers.get("x-api-key") or "k",
        }
        return MockRequest(
            SPEC_ORIGIN,
            self.method.lower(),
            self.template,
            path_pattern=self.template,
            view_args=dict(self.path_params),
            args=dict(self.query),
            headers=headers,
            data=self.json_body,
            content_type="application/json",
        )


def _body_detail(err: RequestBodyValidationError) -> list[dict[str, Any]]:
    """The 422 detail of openapi-core's verdict on a JSON body."""
    cause = err.__cause__
    if isinstance(cause, InvalidSchemaValue):
        return schema_errors_to_detail(["body"], cause.schema_errors)
    if "Missing" in type(err).__name__:
        return [error(["body"], "Field required", "missing")]
    return [error(["body"], "Invalid JSON body (not UTF-8 JSON)", "json_invalid")]


class Validator:
    """Checks requests and responses of the operations of one openapi.yaml."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.api = load_openapi(path)
        self.spec = self.api.spec
        self._requests = RequestChecker(self.api, SPEC_ORIGIN)
        self._responses = ResponseChecker(self.api, SPEC_ORIGIN)
        self._memo: OrderedDict[Any, Any] = OrderedDict()
        self._memo_lock = threading.Lock()

    # ------------------------------------------------------------------ memo
    def _memoised(self, key: Any, judge: Callable[[], T]) -> T:
        """``judge()``'s verdict, kept for ``key`` (the last ``_MEMO_SIZE`` verdicts): openapi-core
        costs ~1 ms per call, which capped the served fake near 200 req/s, and polling repeats
        the same requests and answers."""
        with self._memo_lock:
            hit = self._memo.get(key)
            if hit is not None:
                self._memo.move_to_end(key)
                return cast(T, hit)
        verdict = judge()
        with self._memo_lock:
            self._memo[key] = verdict
            if len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)
        return verdict

    # ------------------------------------------------------------------ requests
    def check_request(self, request: RequestParts) -> tuple[list[dict[str, Any]], Any]:
        """Validate parameters (always) and a JSON body (when given) with openapi-core.

        Returns (422 detail items, unmarshalled JSON body or None). Security is the
        fake's own 401 logic; form bodies go through :meth:`check_form`.
        """
        body = request.json_body
        if body is not None and len(body) > _MEMO_MAX_BODY:
            return self._judge_request(request)
        verdict = self._memoised(request.memo_key(), lambda: self._judge_request(request))
        if not verdict[0] and verdict[1] is None:
            return [], None  # the common verdict: nothing to copy
        return copy.deepcopy(verdict)

    def _judge_request(self, request: RequestParts) -> tuple[list[dict[str, Any]], Any]:
        # The parameters by the precompiled check (``requestcheck``), the JSON body by
        # openapi-core's body step; what the check cannot judge, openapi-core judges in full.
        plan = self._requests.plan(request.template, request.method)
        detail = None if plan is None else self._requests.params_detail(plan, mock := request.mock())
        if plan is None or detail is None:
            return self.core_request_verdict(request)
        if request.json_body is None:
            if request.judge_body and plan.has_body:
                return self.core_request_verdict(request)  # an empty JSON body
            return detail, None
        try:
            return detail, self._requests.body(plan, mock)
        except RequestBodyValidationError as err:
            return detail + _body_detail(err), None

    def core_request_verdict(self, request: RequestParts) -> tuple[list[dict[str, Any]], Any]:
        """openapi-core's own verdict on a request (``unmarshal_request``, unmemoised)."""
        result = self.api.unmarshal_request(request.mock())
        detail: list[dict[str, Any]] = []
        for err in result.errors:
            if isinstance(err, SecurityValidationError):
                continue
            if isinstance(err, ParameterValidationError):
                cause = err.__cause__
                loc: list[str | int] = [err.location, err.name]
                if isinstance(cause, InvalidSchemaValue):
                    detail += schema_errors_to_detail(loc, cause.schema_errors)
                else:
                    msg = "Field required" if "Missing" in type(err).__name__ else safe_str(err)
                    typ = "missing" if "Missing" in type(err).__name__ else "value_error"
                    detail.append(error(loc, msg, typ))
            elif isinstance(err, RequestBodyValidationError):
                if request.judge_body:  # else no JSON body to judge (forms are checked separately)
                    detail += _body_detail(err)
            else:
                detail.append(error(["request"], safe_str(err), "value_error"))
        body = result.body if request.json_body is not None else None
        return detail, body

    @functools.cache  # noqa: B019 - one Validator per process, schemas are immutable
    def _body_schema(self, path_template: str, method: str, media_type: str) -> Any:
        return (
            self.spec / "paths" / path_template / method / "requestBody" / "content" / media_type / "schema"
        )

    @functools.cache  # noqa: B019
    def _form_fields(
        self, path_template: str, method: str, media_type: str
    ) -> dict[str, tuple[str | None, str | None]]:
        """Each property of a form body: its declared type, and its items' type for an array."""
        props = self._body_schema(path_template, method, media_type) / "properties"
        fields: dict[str, tuple[str | None, str | None]] = {}
        for name in props.str_keys():
            prop = props / name
            typ = prop_type(prop)
            fields[name] = (typ, prop_type(prop / "items") if typ == "array" and "items" in prop else None)
        return fields

    @functools.cache  # noqa: B019
    def _schema_validator(self, path_template: str, method: str, media_type: str) -> Any:
        return oas30_write_schema_validators_factory.create(
            self.spec, self._body_schema(path_template, method, media_type), extra_format_validators=FORMATS
        )

    @functools.cache  # noqa: B019
    def _json_field_validator(self, path_template: str, method: str, media_type: str, name: str) -> Any:
        schema = (
            self._body_schema(path_template, method, media_type) / "properties" / name / "x-vimmerse-json"
        )
        return oas30_write_schema_validators_factory.create(
            self.spec, schema, extra_format_validators=FORMATS
        )

    @functools.cache  # noqa: B019
    def _json_field_type(self, path_template: str, method: str, media_type: str, name: str) -> str | None:
        schema = (
            self._body_schema(path_template, method, media_type) / "properties" / name / "x-vimmerse-json"
        )
        return prop_type(schema)

    def check_form(
        self, path_template: str, method: str, media_type: str, items: list[tuple[str, Any]]
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Cast form fields to the types openapi.yaml declares, then validate the object.

        ``items`` are (name, value) pairs in arrival order; values are str or bytes
        (uploaded files). Repeated names make arrays. Returns (422 detail, typed body).
        """
        fields = self._form_fields(path_template, method, media_type)
        detail: list[dict[str, Any]] = []
        grouped: dict[str, list[Any]] = {}
        for name, value in items:
            grouped.setdefault(name, []).append(value)
        body: dict[str, Any] = {}
        for name, values in grouped.items():
            if name not in fields:
                detail.append(error(["body", name], "Extra inputs are not permitted", "extra_forbidden"))
                continue
            typ, item_typ = fields[name]
            if typ == "array":
                # Repeated names: each item cast to the items' type (a List[int] form field).
                cast_items: list[Any] = []
                for index, item in enumerate(values):
                    ok, cast = cast_form_value(["body", name, index], item, item_typ, detail)
                    if ok:
                        cast_items.append(cast)
                body[name] = cast_items
                continue
            ok, cast = cast_form_value(["body", name], values[-1], typ, detail)
            if ok:
                body[name] = cast
        try:
            self._schema_validator(path_template, method, media_type).validate(body)
        except InvalidSchemaValue as exc:
            reported = {tuple(d["loc"]) for d in detail}
            detail += [
                d
                for d in schema_errors_to_detail(["body"], exc.schema_errors)
                if tuple(d["loc"]) not in reported
            ]
        return detail, body

    def check_json_field(
        self, path_template: str, method: str, media_type: str, field: str, raw: str
    ) -> tuple[list[dict[str, Any]], Any]:
        """Decode a JSON-in-form field and validate it against the schema its
        ``x-vimmerse-json`` names (e.g. ``MediaAudioOption``, an array of ``MediaItem``)."""
        loc: list[str | int] = ["body", field]
        try:
            value = decode_json(raw)
        except ValueError as exc:
            return [error(loc, str(exc), "json_invalid")], None
        typ = self._json_field_type(path_template, method, media_type, field)
        if typ == "array" and not isinstance(value, list):
            return [error(loc, "Input should be a valid JSON array", "list_type")], None
        if typ == "object" and not isinstance(value, dict):
            return [error(loc, "Input should be a valid JSON object", "dict_type")], None
        try:
            self._json_field_validator(path_template, method, media_type, field).validate(value)
        except InvalidSchemaValue as exc:
            return schema_errors_to_detail(loc, exc.schema_errors), value
        return [], value

    # ----------------------------------------------------------------- responses
    def check_response(
        self,
        request: RequestParts,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> list[str]:
        """Errors of a response to ``request`` against openapi.yaml (empty list when valid);
        memoised like :meth:`check_request` (identical responses get the identical verdict).
        A response the precompiled check (``responsecheck``) finds valid is valid; any other is
        judged by openapi-core in full, for its error list."""

        def judge() -> list[str]:
            if self._responses.valid(
                request.template, request.method, status, dict(headers), body, content_type
            ):
                return []
            return self.core_response_errors(request, status, headers, body, content_type)

        if len(body) > _MEMO_MAX_BODY:
            return judge()
        hdrs = tuple(sorted((k.lower(), v) for k, v in headers.items()))
        key = ("response", request.memo_key(), status, hdrs, body, content_type)
        return list(self._memoised(key, judge))

    def core_response_errors(
        self, request: RequestParts, status: int, headers: Mapping[str, str], body: bytes, content_type: str
    ) -> list[str]:
        """openapi-core's own errors for a response (``unmarshal_response``, unmemoised)."""
        resp = MockResponse(body, status_code=status, headers=dict(headers), content_type=content_type)
        result = self.api.unmarshal_response(request.mock(), resp)
        out = []
        for err in result.errors:
            cause = err.__cause__
            if isinstance(cause, InvalidSchemaValue):
                out += [f"{list(se.absolute_path)}: {se.message}" for se in cause.schema_errors]
            else:
                out.append(f"{type(err).__name__}: {err}")
        return out

    def response_valid_fast(
        self, request: RequestParts, status: int, headers: Mapping[str, str], body: bytes, content_type: str
    ) -> bool:
        """The precompiled check's verdict alone (True only where openapi-core finds no error)."""
        return self._responses.valid(
            request.template, request.method, status, dict(headers), body, content_type
        )
