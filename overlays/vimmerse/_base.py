"""Request sending shared by the sync and async clients.

Each call is described by a ``RequestSpec``: the keyword arguments that the generated
operation module's ``_get_kwargs`` builds (so URL templating, query and body encoding stay
the generator's), how to parse a 2xx body (the generated model's ``from_dict``), and
whether the call spends credits (which decides what may be retried). ``_Core`` holds
everything that does not do I/O -- header and URL building, retry decisions, error
mapping, key scrubbing -- and ``SyncCore``/``AsyncCore`` only add the send-and-sleep loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO, Any, Generic, TypeVar

import httpx

from . import errors
from ._retry import (
    MethodKind,
    RetryPolicy,
    TransportFailure,
    backoff,
    classify_exception,
    parse_retry_after,
    should_retry,
)

__all__ = ["AsyncCore", "RequestSpec", "SyncCore"]

log = logging.getLogger("vimmerse")

T = TypeVar("T")

REDACTED = "[REDACTED]"


@dataclass
class RequestSpec(Generic[T]):
    """One API call: generated kwargs + parser + credit semantics."""

    kwargs: dict[str, Any]
    parse: Callable[[Any], T]
    kind: MethodKind = MethodKind.SAFE
    timeout: httpx.Timeout | None = None
    # Upload streams to rewind before a retry (a 429 consumed them).
    streams: list[IO[bytes]] = field(default_factory=list)
    # Said after "the job may exist" when a paid call ends in doubt.
    check_hint: str = ""
    # Opened files closed when the call is done.
    stack: ExitStack = field(default_factory=ExitStack)

    def __enter__(self) -> RequestSpec[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stack.close()


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and effective port: what must match before the API key may be sent."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default)


class _Core:
    """The I/O-free half of a client: configuration, headers, decisions, errors."""

    def __init__(self, *, api_key: str, base_url: str, max_retries: int, retry: RetryPolicy) -> None:
        self.api_key = api_key
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._base_str = str(self.base_url)
        self.max_retries = max_retries
        self.retry = retry

    # -- building -----------------------------------------------------------------
    def url_for(self, path: str) -> httpx.URL:
        # Hot path (bench/overhead.py): every call's path is relative to the base, built by the
        # generated code from validated ids, so plain concatenation equals ``base_url.join`` and
        # costs one URL parse instead of a join's two (~12 us of the ~60 us a media.get added before).
        if "://" not in path and not path.startswith("//"):
            return httpx.URL(self._base_str + path.lstrip("/"))
        return self.base_url.join(path.lstrip("/"))

    def auth_headers(self, url: httpx.URL) -> dict[str, str]:
        """``X-Api-Key`` only for the API origin (never for a file host or redirect target)."""
        return {"X-Api-Key": self.api_key} if origin(url) == origin(self.base_url) else {}

    def build(self, spec: RequestSpec[Any]) -> dict[str, Any]:
        """httpx ``request`` kwargs from the generated ones.

        The generated multipart operations hard-code ``Content-Type: multipart/form-data;
        boundary=+++``; httpx then writes its own random boundary into the body, so the
        header would lie (and ``+++`` could occur in an upload). Dropping the header lets
        httpx set a matching one.
        """
        kw = dict(spec.kwargs)
        headers = {k: v for k, v in dict(kw.pop("headers", {}) or {}).items()}
        if "files" in kw or (kw.get("data") is None and "json" not in kw):
            headers.pop("Content-Type", None)
        url = self.url_for(str(kw.pop("url")))
        headers.update(self.auth_headers(url))
        kw["headers"] = headers
        kw["url"] = url
        if not kw.get("params"):
            # Hot path: an empty ``params`` dict still makes httpx re-parse and re-encode the URL.
            kw.pop("params", None)
        kw["method"] = str(kw["method"]).upper()
        # Never follow redirects, whatever a caller-supplied ``http_client`` was built with:
        # httpx strips only ``Authorization`` on a cross-origin redirect, so ``X-Api-Key`` would
        # travel to the redirect target. A 3xx surfaces as an APIError instead.
        kw["follow_redirects"] = False
        if spec.timeout is not None:
            kw["timeout"] = spec.timeout
        return kw

    @staticmethod
    def rewind(spec: RequestSpec[Any], positions: list[int]) -> None:
        for stream, pos in zip(spec.streams, positions, strict=True):
            stream.seek(pos)

    @staticmethod
    def positions(spec: RequestSpec[Any]) -> list[int]:
        return [s.tell() for s in spec.streams]

    # -- scrubbing ----------------------------------------------------------------
    def scrub(self, value: Any) -> Any:
        """Remove any echo of the API key from text or decoded JSON (error bodies, messages)."""
        key = self.api_key
        if not key:
            return value
        if isinstance(value, str):
            return value.replace(key, REDACTED)
        if isinstance(value, bytes):
            return value.replace(key.encode(), REDACTED.encode())
        if isinstance(value, dict):
            return {self.scrub(k): self.scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub(v) for v in value]
        return value

    # -- deciding -----------------------------------------------------------------
    def retry_delay(
        self, spec: RequestSpec[Any], attempt: int, outcome: int | TransportFailure, retry_after: float | None
    ) -> float | None:
        """Seconds to sleep before retrying, or None to give up now."""
        if attempt > self.max_retries or not should_retry(spec.kind, outcome):
            return None
        return backoff(attempt, retry_after, self.retry)

    def log_response(self, method: str, url: httpx.URL, status: int) -> None:
        log.debug("%s %s -> %s", method, self.scrub(str(url)), status)

    # -- outcomes -----------------------------------------------------------------
    def doubt_suffix(self, spec: RequestSpec[Any]) -> str:
        return (
            " The request may have reached the service, so a job may have been created and"
            " charged; it was not retried to avoid paying twice. "
            + (spec.check_hint or "Check your jobs before retrying.")
        )

    def transport_error(self, exc: httpx.TransportError, spec: RequestSpec[Any]) -> errors.APIConnectionError:
        failure = classify_exception(exc)
        doubt = spec.kind is MethodKind.PAID and failure is TransportFailure.MAYBE_RECEIVED
        what = f"{type(exc).__name__}: {self.scrub(str(exc)) or 'no detail'}"
        message = f"{spec.kwargs.get('method', '').upper()} {spec.kwargs.get('url')} failed ({what})."
        if doubt:
            message += self.doubt_suffix(spec)
        cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
        return cls(message, may_have_created_job=doubt)

    def parse_success(self, spec: RequestSpec[T], response: httpx.Response) -> T:
        try:
            return spec.parse(response.json())
        except (ValueError, KeyError, TypeError) as exc:
            # A 2xx to a paid call means the service accepted it: the job exists and is charged
            # even though its body is unreadable, so the caller must not simply create it again.
            paid = spec.kind is MethodKind.PAID
            raise errors.APIError(
                f"unexpected {response.status_code} response body"
                f" ({type(exc).__name__}: {self.scrub(str(exc))})."
                + (
                    " The service accepted the request, so the job was probably created and charged. "
                    + (spec.check_hint or "Check your jobs before retrying.")
                    if paid
                    else ""
                ),
                status_code=response.status_code,
                body=self.scrub(response.text[:2000]),
                may_have_created_job=paid,
            ) from None

    def status_error(self, spec: RequestSpec[Any], response: httpx.Response) -> errors.APIError:
        return status_error(
            response,
            scrub=self.scrub,
            paid=spec.kind is MethodKind.PAID,
            doubt_suffix=self.doubt_suffix(spec),
        )


_STATUS_CLASSES: dict[int, type[errors.APIError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    402: errors.InsufficientCreditsError,
    404: errors.NotFoundError,
    413: errors.PayloadTooLargeError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    scrub: Callable[[Any], Any] = lambda v: v,
    paid: bool = False,
    doubt_suffix: str = "",
) -> errors.APIError:
    """The exception for a non-2xx response (needs the body read)."""
    status = response.status_code
    try:
        body: Any = scrub(response.json())
    except ValueError:
        body = scrub(response.text[:2000])
    message = ""
    if isinstance(body, dict):
        raw = body.get("message") or body.get("detail") or body.get("error")
        if isinstance(raw, str):
            message = raw
    if not message:
        message = response.reason_phrase or f"HTTP {status}"
    message = f"{status} {message}"
    if status == 422:
        detail = body.get("detail") if isinstance(body, dict) else None
        items = detail if isinstance(detail, list) else []
        described = "; ".join(
            f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg', '')}"
            for d in items
            if isinstance(d, dict)
        )
        return errors.UnprocessableEntityError(
            f"{status} validation failed: {described or message}", status_code=status, body=body, detail=items
        )
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        hint = f" (retry after {retry_after:g} s)" if retry_after is not None else ""
        return errors.RateLimitError(message + hint, status_code=status, body=body, retry_after=retry_after)
    if status >= 500:
        return errors.InternalServerError(
            message + (doubt_suffix if paid else ""), status_code=status, body=body, may_have_created_job=paid
        )
    cls = _STATUS_CLASSES.get(status, errors.APIError)
    return cls(message, status_code=status, body=body)


class SyncCore(_Core):
    """Sends ``RequestSpec``s with an ``httpx.Client``, retrying as the policy allows."""

    def __init__(self, http: httpx.Client, **kw: Any) -> None:
        super().__init__(**kw)
        self.http = http

    def sleep(self, seconds: float) -> None:
        (self.retry.sleep or time.sleep)(seconds)

    def request(self, spec: RequestSpec[T]) -> T:
        kw = self.build(spec)
        starts = self.positions(spec)
        attempt = 0
        while True:
            attempt += 1
            self.rewind(spec, starts)
            try:
                response = self.http.request(**kw)
            except httpx.TransportError as exc:
                delay = self.retry_delay(spec, attempt, classify_exception(exc), None)
                if delay is None:
                    raise self.transport_error(exc, spec) from exc
                log.info("%s %s: %s, retrying in %.2f s", kw["method"], kw["url"], type(exc).__name__, delay)
                self.sleep(delay)
                continue
            self.log_response(kw["method"], kw["url"], response.status_code)
            if response.is_success:
                return self.parse_success(spec, response)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            delay = self.retry_delay(spec, attempt, response.status_code, retry_after)
            if delay is None:
                raise self.status_error(spec, response)
            log.info("%s %s -> %s, retrying in %.2f s", kw["method"], kw["url"], response.status_code, delay)
            self.sleep(delay)


class AsyncCore(_Core):
    """``SyncCore``'s twin over ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, **kw: Any) -> None:
        super().__init__(**kw)
        self.http = http

    async def sleep(self, seconds: float) -> None:
        if self.retry.async_sleep is not None:
            await self.retry.async_sleep(seconds)
        elif self.retry.sleep is not None:
            self.retry.sleep(seconds)
        else:
            await asyncio.sleep(seconds)

    async def request(self, spec: RequestSpec[T]) -> T:
        kw = self.build(spec)
        starts = self.positions(spec)
        attempt = 0
        while True:
            attempt += 1
            self.rewind(spec, starts)
            try:
                response = await self.http.request(**kw)
            except httpx.TransportError as exc:
                delay = self.retry_delay(spec, attempt, classify_exception(exc), None)
                if delay is None:
                    raise self.transport_error(exc, spec) from exc
                log.info("%s %s: %s, retrying in %.2f s", kw["method"], kw["url"], type(exc).__name__, delay)
                await self.sleep(delay)
                continue
            self.log_response(kw["method"], kw["url"], response.status_code)
            if response.is_success:
                return self.parse_success(spec, response)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            delay = self.retry_delay(spec, attempt, response.status_code, retry_after)
            if delay is None:
                raise self.status_error(spec, response)
            log.info("%s %s -> %s, retrying in %.2f s", kw["method"], kw["url"], response.status_code, delay)
            await self.sleep(delay)
