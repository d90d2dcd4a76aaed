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
JSON bodies and JSON form fields must be UTF-8 and nested at most ``MAX_JSON_DEPTH`` levels.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.schemas import oas30_write_schema_validators_factory
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from .document import default_spec_path
from .errors import ResponseValidationFailed

__all__ = ["ResponseValidationFailed", "Validator", "error", "load_openapi", "spec_path"]

SPEC_ORIGIN = "https://api.vimmerse.net"
_MEMO_SIZE = 4096
_MEMO_MAX_BODY = 64 * 1024
#: Deepest nesting of arrays/objects accepted in a JSON body or JSON form field (the API's
#: documents nest 4 levels; unbounded nesting would exhaust the stack of parser and validator).
MAX_JSON_DEPTH = 64

spec_path = default_spec_path


_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


def _is_uri(value: Any) -> bool:
    """``format: uri`` (an absolute URI). jsonschema only checks it when the optional
    rfc3987 package is installed, so without this a bad ``webhook_url`` would pass."""
    return not isinstance(value, str) or bool(_URI_RE.match(value))


FORMATS = {"uri": _is_uri}


@functools.lru_cache(maxsize=8)
def _load_openapi(path: str, mtime_ns: int, size: int) -> OpenAPI:
    return OpenAPI.from_file_path(path, config=Config(extra_format_validators=FORMATS))


def load_openapi(path: str | Path | None = None) -> OpenAPI:
    """openapi-core's view of ``path`` (default: the packaged openapi.yaml), one per file version."""
    path = Path(path or spec_path())
    stat = path.stat()
    return _load_openapi(str(path), stat.st_mtime_ns, stat.st_size)


def json_depth(value: Any) -> int:
    """Nesting depth of a decoded JSON value (scalars 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def decode_json(raw: bytes | str) -> Any:
    """Strict JSON: UTF-8 (RFC 8259; no UTF-16/32, no byte order mark), at most
    ``MAX_JSON_DEPTH`` levels deep. Raises ValueError with a message for a 422."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"JSON must be UTF-8 encoded ({exc.reason} at byte {exc.start})") from None
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:
        raise ValueError(f"Invalid JSON: {exc}") from None
    if json_depth(value) > MAX_JSON_DEPTH:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


_TYPE_BY_VALIDATOR = {
    "enum": "enum",
    "maximum": "less_than_equal",
    "minimum": "greater_than_equal",
    "maxLength": "string_too_long",
    "minLength": "string_too_short",
    "pattern": "string_pattern_mismatch",
    "maxItems": "too_long",
    "minItems": "too_short",
    "format": "value_error",
    "anyOf": "value_error",
    "oneOf": "value_error",
}


def _safe_str(err: BaseException) -> str:
    """str() of an openapi-core error; some of them fail to format undecodable input."""
    try:
        return str(err)
    except Exception:
        return type(err).__name__


def error(loc: Iterable[str | int], msg: str, type_: str) -> dict[str, Any]:
    return {"loc": list(loc), "msg": msg, "type": type_}


def schema_errors_to_detail(prefix: list[str | int], errors: Iterable[Any]) -> list[dict[str, Any]]:
    """jsonschema ValidationErrors -> FastAPI-style ``detail`` items naming the field."""
    detail: list[dict[str, Any]] = []
    for se in errors:
        path = [*prefix, *se.absolute_path]
        if se.validator == "required":
            m = re.match(r"'(.+)' is a required property", se.message)
            name = m.group(1) if m else "?"
            detail.append(error([*path, name], "Field required", "missing"))
        elif se.validator == "additionalProperties":
            allowed = set(se.schema.get("properties", {}))
            extra = [k for k in se.instance if k not in allowed] if isinstance(se.instance, dict) else []
            for name in extra or ["?"]:
                detail.append(error([*path, name], "Extra inputs are not permitted", "extra_forbidden"))
        elif se.validator == "type":
            detail.append(error(path, se.message, f"{se.validator_value}_type"))
        else:
            detail.append(error(path, se.message, _TYPE_BY_VALIDATOR.get(str(se.validator), "value_error")))
    return detail


def _prop_type(prop: Any) -> str | None:
    """Declared JSON type of a body property, following ``allOf`` wrappers."""
    if "type" in prop:
        return str((prop / "type").read_str())
    if "allOf" in prop:
        for sub in prop / "allOf":
            t = _prop_type(sub)
            if t:
                return t
    return None


# ASCII digits, an optional minus, nothing around them: " 5", "+5" and "\u0665" (an Arabic-Indic
# five, which int() accepts) are not integers on the wire, and a fake must not accept what
# the API may reject.
_INT_RE = re.compile(r"-?[0-9]+")  # fullmatch: "$" would let a trailing newline through
# JSON's number grammar (also "7." and ".5", as Python writes and reads them); no inf/nan.
_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
# Only the words (any case: the generated client sends Python's "True"/"False"), no spaces; "1"/"0"
# would be looser than openapi.yaml's boolean.
_TRUE = {"true"}
_FALSE = {"false"}


def _cast_form_value(
    loc: list[Any], value: Any, typ: str | None, detail: list[dict[str, Any]]
) -> tuple[bool, Any]:
    """One form value (str, or bytes for a file) as the declared scalar type; a failure is added
    to ``detail`` and answers (False, None)."""
    if isinstance(value, bytes) and typ not in ("string", None):
        detail.append(error(loc, "Input should be a form field, not a file", "value_error"))
        return False, None
    if typ == "integer":
        if isinstance(value, str) and _INT_RE.fullmatch(value):
            return True, int(value)
        detail.append(
            error(loc, "Input should be a valid integer, unable to parse string as an integer", "int_parsing")
        )
        return False, None
    if typ == "number":
        if isinstance(value, str) and _NUMBER_RE.fullmatch(value) and math.isfinite(float(value)):
            number = float(value)
            return True, int(number) if number.is_integer() and _INT_RE.fullmatch(value) else number
        detail.append(
            error(loc, "Input should be a valid number, unable to parse string as a number", "float_parsing")
        )
        return False, None
    if typ == "boolean":
        low = value.lower() if isinstance(value, str) else ""
        if low in _TRUE or low in _FALSE:
            return True, low in _TRUE
        detail.append(
            error(loc, "Input should be a valid boolean, unable to interpret input", "bool_parsing")
        )
        return False, None
    return True, value


class Validator:
    """Checks requests and responses of the operations of one openapi.yaml."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.api = load_openapi(path)
        self.spec = self.api.spec
        self._memo: OrderedDict[Any, Any] = OrderedDict()
        self._memo_lock = threading.Lock()

    # ------------------------------------------------------------------ requests
    def _mock_request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str],
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes | None,
        content_type: str,
    ) -> MockRequest:
        # path_pattern + view_args: openapi-core takes the operation and the (decoded) path
        # parameters from us instead of matching the URL itself.
        return MockRequest(
            SPEC_ORIGIN,
            method.lower(),
            template,
            path_pattern=template,
            view_args=dict(path_params),
            args=dict(query),
            headers=dict(headers),
            data=body,
            content_type=content_type,
        )

    def check_request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str],
        query: Mapping[str, str],
        headers: Mapping[str, str],
        json_body: bytes | None,
        content_type: str = "application/json",
        judge_body: bool | None = None,
    ) -> tuple[list[dict[str, Any]], Any]:
        """Memoised :meth:`_check_request`: the verdict is a pure function of the inputs
        that matter (the only header parameter is ``Range``), and polling repeats them;
        openapi-core costs ~1 ms per call, which capped the served fake near 200 req/s."""
        args = (method, template, path_params, query, headers, json_body, content_type, judge_body)
        if json_body is not None and len(json_body) > _MEMO_MAX_BODY:
            return self._check_request(*args)
        lowered = {k.lower(): v for k, v in headers.items()}
        key = (
            method,
            template,
            tuple(sorted(path_params.items())),
            tuple(sorted(query.items())),
            lowered.get("range"),
            json_body,
            content_type,
            judge_body,
        )
        hit = self._memo_get(key)
        if hit is None:
            hit = self._check_request(*args)
            self._memo_put(key, hit)
        verdict: tuple[list[dict[str, Any]], Any] = copy.deepcopy(hit)
        return verdict

    def _memo_get(self, key: Any) -> Any:
        with self._memo_lock:
            value = self._memo.get(key)
            if value is not None:
                self._memo.move_to_end(key)
            return value

    def _memo_put(self, key: Any, value: Any) -> None:
        with self._memo_lock:
            self._memo[key] = value
            if len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)

    def _check_request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str],
        query: Mapping[str, str],
        headers: Mapping[str, str],
        json_body: bytes | None,
        content_type: str = "application/json",
        judge_body: bool | None = None,
    ) -> tuple[list[dict[str, Any]], Any]:
        """Validate parameters (always) and a JSON body (when given) with openapi-core.

        Returns (422 detail items, unmarshalled JSON body or None). Security is the
        fake's own 401 logic; form bodies go through :meth:`check_form`.
        """
        # openapi-core stops at a failed security check; the key was already checked by the
        # fake (401), so present one and let it judge parameters and body.
        headers = {**dict(headers), "X-Api-Key": headers.get("X-Api-Key") or headers.get("x-api-key") or "k"}
        req = self._mock_request(method, template, path_params, query, headers, json_body, content_type)
        result = self.api.unmarshal_request(req)
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
                    msg = "Field required" if "Missing" in type(err).__name__ else _safe_str(err)
                    typ = "missing" if "Missing" in type(err).__name__ else "value_error"
                    detail.append(error(loc, msg, typ))
            elif isinstance(err, RequestBodyValidationError):
                if not (judge_body if judge_body is not None else json_body is not None):
                    continue  # no JSON body to judge here (form bodies are checked separately)
                cause = err.__cause__
                if isinstance(cause, InvalidSchemaValue):
                    detail += schema_errors_to_detail(["body"], cause.schema_errors)
                elif "Missing" in type(err).__name__:
                    detail.append(error(["body"], "Field required", "missing"))
                else:
                    detail.append(error(["body"], "Invalid JSON body (not UTF-8 JSON)", "json_invalid"))
            else:
                detail.append(error(["request"], _safe_str(err), "value_error"))
        body = result.body if json_body is not None else None
        return detail, body

    @functools.cache  # noqa: B019 - one Validator per process, schemas are immutable
    def _body_schema(self, path_template: str, method: str, media_type: str) -> Any:
        return (
            self.spec / "paths" / path_template / method / "requestBody" / "content" / media_type / "schema"
        )

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
        return _prop_type(schema)

    def check_form(
        self, path_template: str, method: str, media_type: str, items: list[tuple[str, Any]]
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Cast form fields to the types openapi.yaml declares, then validate the object.

        ``items`` are (name, value) pairs in arrival order; values are str or bytes
        (uploaded files). Repeated names make arrays. Returns (422 detail, typed body).
        """
        schema = self._body_schema(path_template, method, media_type)
        props = schema / "properties"
        names = set(props.keys())
        detail: list[dict[str, Any]] = []
        grouped: dict[str, list[Any]] = {}
        for name, value in items:
            grouped.setdefault(name, []).append(value)
        body: dict[str, Any] = {}
        for name, values in grouped.items():
            if name not in names:
                detail.append(error(["body", name], "Extra inputs are not permitted", "extra_forbidden"))
                continue
            prop = props / name
            typ = _prop_type(prop)
            if typ == "array":
                # Repeated names: each item cast to the items' type (a List[int] form field).
                item_typ = _prop_type(prop / "items") if "items" in prop else None
                cast_items: list[Any] = []
                for index, item in enumerate(values):
                    ok, cast = _cast_form_value(["body", name, index], item, item_typ, detail)
                    if ok:
                        cast_items.append(cast)
                body[name] = cast_items
                continue
            ok, cast = _cast_form_value(["body", name], values[-1], typ, detail)
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
        method: str,
        template: str,
        query: Mapping[str, str],
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> list[str]:
        """Errors of a response against openapi.yaml (empty list when valid); memoised
        like :meth:`check_request` (identical responses get the identical verdict)."""
        if len(body) > _MEMO_MAX_BODY:
            return self._check_response(method, template, query, status, headers, body, content_type)
        hdrs = tuple(sorted((k.lower(), v) for k, v in headers.items()))
        key = ("response", method, template, tuple(sorted(query.items())), status, hdrs, body, content_type)
        hit = self._memo_get(key)
        if hit is None:
            hit = self._check_response(method, template, query, status, headers, body, content_type)
            self._memo_put(key, hit)
        return list(hit)

    def _check_response(
        self,
        method: str,
        template: str,
        query: Mapping[str, str],
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> list[str]:
        req = self._mock_request(method, template, {}, query, {}, None, "application/json")
        resp = MockResponse(body, status_code=status, headers=dict(headers), content_type=content_type)
        result = self.api.unmarshal_response(req, resp)
        out = []
        for err in result.errors:
            cause = err.__cause__
            if isinstance(cause, InvalidSchemaValue):
                out += [f"{list(se.absolute_path)}: {se.message}" for se in cause.schema_errors]
            else:
                out.append(f"{type(err).__name__}: {err}")
        return out
