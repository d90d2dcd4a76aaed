"""Building a request: a call's arguments checked, encoded and addressed, ready to send.

A call is an ``Operation`` (generated from openapi.yaml: method, path, parameter and body rules,
credits) and the caller's arguments. ``RequestBuilder.prepare`` checks the arguments against the
rules (``_inputs``), encodes them as the document says (multipart, form or JSON, through the
generated request models), and decides the URL, the headers (the API key only for the API's own
origin), the timeout and how safe the call is to repeat (``MethodKind``). The result, ``Prepared``,
is what the sender sends and what the error builders describe. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from vimmerse_openapi.sdk.operations import JOBS
from vimmerse_openapi.sdk.spec import API_KEY_HEADER, API_KEY_PREFIX, Operation

from ._httpx_internals import url_joiner
from ._inputs import Uploads, normalize, normalize_fields
from ._retry import MethodKind

__all__ = ["UPLOAD_TIMEOUT", "Prepared", "RequestBuilder", "origin"]

UPLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=300.0, pool=10.0)
_KEY_HEADER_LOWER = API_KEY_HEADER.lower()


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and effective port: what must match before the API key may be sent."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default)


@dataclass
class Prepared:
    """One call, checked and encoded, ready to send (and to send again)."""

    op: Operation
    kwargs: dict[str, Any]
    kind: MethodKind
    given: Mapping[str, Any]
    path_values: Mapping[str, str]
    uploads: Uploads = field(default_factory=Uploads)

    @property
    def url(self) -> httpx.URL:
        url: httpx.URL = self.kwargs["url"]
        return url

    @property
    def paid(self) -> bool:
        """Whether sending it twice may create (and charge) a second job."""
        return self.kind is MethodKind.PAID

    @property
    def hint(self) -> str:
        """What to check before repeating this call if its outcome is unknown."""
        return _hint(self.op, self.given, self.path_values)

    def positions(self) -> list[int]:
        return [s.tell() for s in self.uploads.streams]

    @property
    def repeatable(self) -> bool:
        """False when an upload comes from a stream that cannot be rewound (a pipe): sent once."""
        return not self.uploads.once

    def rewind(self, positions: list[int]) -> None:
        for stream, pos in zip(self.uploads.streams, positions, strict=True):
            stream.seek(pos)

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.uploads.stack.close()


#: Shared by every call without a body: nothing is opened, nothing to close or rewind.
_NO_UPLOADS = Uploads()


def _hint(op: Operation, given: Mapping[str, Any], path_values: Mapping[str, str]) -> str:
    """What to check before repeating a paid call whose outcome is unknown."""
    if path_values:
        value = next(iter(path_values.values()))
        reader = next((j.poll.name for j in JOBS.values() if j.poll.tag == op.tag), "get")
        return f"Check with client.{op.tag}.{reader}({value!r}) before running it again."
    title = given.get("title") or given.get("idea") or given.get("prompt")
    return (
        f"Its id is unknown: look for a new {op.tag}"
        + (f" for {str(title)[:60]!r}" if title else "")
        + " in your Vimmerse account"
        + (" or wait for the notification to webhook_url" if given.get("webhook_url") else "")
        + " before creating it again."
    )


class RequestBuilder:
    """The client's addressing settings (base URL, key, default headers, timeout) and ``prepare``."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        self.api_key = api_key
        #: Replaces the HTTP client's timeout on every call (``with_options(timeout=...)``).
        self.timeout = timeout
        #: Headers every call adds (``with_options(default_headers=...)``); the client's own
        #: (User-Agent, Accept) are the httpx client's.
        self.default_headers = dict(default_headers or {})
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._base_str = str(self.base_url)
        self._base_origin = origin(self.base_url)
        self._join = url_joiner(self.base_url)
        self._key_header = {API_KEY_HEADER: f"{API_KEY_PREFIX} {api_key}" if API_KEY_PREFIX else api_key}

    def url_for(self, path: str) -> httpx.URL:
        """The URL of an operation's path (relative to the base, parameters already quoted)."""
        path = path.lstrip("/")
        if self._join is not None:
            return self._join(path)
        return httpx.URL(self._base_str + path)

    def auth_headers(self, url: httpx.URL) -> dict[str, str]:
        """The API key only for the API origin (never for a file host or redirect target)."""
        return self._key_header if origin(url) == self._base_origin else {}

    def headers_for(self, url: httpx.URL, extra_headers: Mapping[str, str] | None = None) -> dict[str, str]:
        """The client's and the caller's headers for ``url``; the key header only when ``url`` is
        on the API's origin (a caller's copy of it is never sent, nor can it replace the key)."""
        headers = {
            name: value
            for name, value in {**self.default_headers, **(extra_headers or {})}.items()
            if name.lower() != _KEY_HEADER_LOWER
        }
        headers.update(self.auth_headers(url))
        return headers

    def prepare(
        self,
        op: Operation,
        params: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Prepared:
        """Check ``params`` against ``op``'s rules and encode them; raises InvalidParameterError.

        ``extra_headers`` are added to the client's; ``timeout`` replaces the client's for this call.
        """
        path = op.path
        path_values: dict[str, str] = {}
        for name, rule in op.path_params.items():
            value = normalize(rule, params.get(name), name)
            path_values[name] = value
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        # Operation paths are relative: the URL is the API's origin, which gets the key.
        url = self.url_for(path)
        kwargs: dict[str, Any] = {"method": op.method, "url": url, "follow_redirects": False}
        query = {
            name: normalize(rule, params[name], name)
            for name, rule in op.query.items()
            if params.get(name) is not None
        }
        if query:
            # Hot path: an empty ``params`` still makes httpx re-parse and re-encode the URL.
            kwargs["params"] = query
        kind = MethodKind.PAID if op.credits == "charged" else MethodKind.SAFE
        uploads = _NO_UPLOADS
        given: dict[str, Any] = {}
        if op.body is not None:
            uploads = Uploads()
            given = {k: params.get(k) for k in (op.body.fields or {})}
            try:
                fields = _encode_body(op, given, uploads, kwargs)
            except BaseException:
                uploads.stack.close()
                raise
            if op.credits == "per-field" and set(fields) & set(op.body.charged_fields):
                kind = MethodKind.PAID
            if uploads.streams or uploads.once:
                kwargs["timeout"] = UPLOAD_TIMEOUT
        if timeout is not None or self.timeout is not None:
            kwargs["timeout"] = timeout if timeout is not None else self.timeout
        # Hot path: without headers of its own a call shares the one key header dict.
        has_own = self.default_headers or extra_headers
        kwargs["headers"] = self.headers_for(url, extra_headers) if has_own else self._key_header
        return Prepared(
            op=op, kwargs=kwargs, kind=kind, given=given, path_values=path_values, uploads=uploads
        )


def _encode_body(
    op: Operation, given: Mapping[str, Any], uploads: Uploads, kwargs: dict[str, Any]
) -> dict[str, Any]:
    """Check the body's fields, encode them into ``kwargs`` (``files``, ``data`` or ``json``) through
    the generated request model, and return the checked fields."""
    assert op.body is not None and op.body.model is not None
    fields = normalize_fields(op.body, given, uploads)
    model = op.body.model.from_dict(fields)
    if op.encoding == "multipart":
        kwargs["files"] = model.to_multipart()
    elif op.encoding == "form":
        kwargs["data"] = model.to_dict()
    else:
        kwargs["json"] = model.to_dict()
    return fields
