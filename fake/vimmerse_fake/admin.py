"""The fake's admin routes: keys and credits changed, and every job removed, while it runs.

They live under ``ADMIN_PREFIX`` (``/_admin``), outside openapi.yaml: no path of the document
starts with ``/_`` and the fake refuses to start with one that would answer these (see
:func:`shadowed_by`). The API's pipeline hands them only the requests no operation matched, so
the API's own requests pay nothing for them. Answers are JSON.

=======  ==============================  ==================================================
GET      /_admin/keys                    every key: ``{"keys": {KEY: {credits, ...}}}``
GET      /_admin/keys/KEY                ``{"key", "credits", "paid_jobs", "jobs": {kind: n}}``
PUT      /_admin/keys/KEY                body ``{"credits": N}``: create the key, or set its balance
POST     /_admin/keys/KEY/credits        body ``{"add": N}``: top the key up
DELETE   /_admin/keys/KEY                the key answers 401 from now on (its jobs stay)
POST     /_admin/reset                   every job removed; keys and balances as at start
=======  ==============================  ==================================================

Who may call them: an API key never does (``X-Api-Key`` is not looked at). Without
``FakeConfig.admin_token`` only loopback clients (and the in-process transports) are served,
and only when the ``Host`` they asked for is a loopback name too, so a web page a browser
loaded from elsewhere cannot reach them through DNS rebinding; a fake listening on a
non-loopback interface thus serves the API to the network but its admin routes to this machine
only. With a token, every admin call must carry ``Authorization: Bearer TOKEN``, from anywhere.
Bodies must be sent as ``application/json``, which a cross-site form cannot send without a
CORS preflight the fake never grants.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from typing import Any
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .billing import Billing
from .config import CREDITS_RULE, check_api_key, check_credits
from .ratelimit import RateLimiter
from .records import RECORD_TYPES
from .routing import Router
from .store import Store
from .transport import IN_PROCESS

ADMIN_PREFIX = "/_admin"
#: One concrete path of each admin route, for :func:`shadowed_by`.
ADMIN_PATHS = ("/_admin/keys", "/_admin/keys/k", "/_admin/keys/k/credits", "/_admin/reset")
_MAX_BODY = 64 * 1024


class AdminError(Exception):
    def __init__(self, status: int, message: str, reason: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(reason)
        self.status, self.message, self.reason, self.headers = status, message, reason, headers


def shadowed_by(router: Router) -> list[str]:
    """The admin paths an operation of the document would answer instead."""
    return [path for path in ADMIN_PATHS if router.match(path.encode(), "GET") is not None]


def _is_loopback_ip(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


def _is_loopback_host(host: str) -> bool:
    """Whether a ``Host`` header names this machine: ``localhost`` or a loopback address."""
    if host.startswith("["):
        name = host[1 : host.find("]")] if "]" in host else host
    else:
        name = host.rpartition(":")[0] if host.count(":") == 1 else host
    name = name.lower().rstrip(".")
    return not name or name == "localhost" or _is_loopback_ip(name)


class Admin:
    """Keys, credits and a reset, for the admin routes and for Python (``FakeVimmerse``)."""

    def __init__(
        self,
        store: Store,
        billing: Billing,
        rate_limiter: RateLimiter,
        api_keys: dict[str, int],
        token: str | None,
    ) -> None:
        self._store, self._billing, self._limiter = store, billing, rate_limiter
        self._start_keys = dict(api_keys)
        self._token = token

    # ------------------------------------------------------------------ Python API
    def key_info(self, key: str) -> dict[str, Any]:
        """``{"key", "credits", "paid_jobs", "jobs": {kind: count}}``; KeyError for an unknown key."""
        credits = self._billing.credits(key)
        jobs = {kind: 0 for kind in RECORD_TYPES}
        for kind in RECORD_TYPES:
            jobs[kind] = sum(1 for r in self._store.records(kind) if getattr(r, "owner", None) == key)
        return {"key": key, "credits": credits, "paid_jobs": self._billing.jobs_created(key), "jobs": jobs}

    def keys(self) -> dict[str, dict[str, int]]:
        return {
            key: {"credits": credits, "paid_jobs": self._billing.jobs_created(key)}
            for key, credits in self._billing.keys().items()
        }

    def set_credits(self, key: str, credits: int) -> bool:
        """Give ``key`` a balance of ``credits``, creating it when new; returns whether it was new."""
        with self._store.lock:
            created = not self._billing.knows(key)
            self._billing.add_api_key(key, credits)
        return created

    def add_credits(self, key: str, credits: int) -> int:
        return self._billing.add_credits(key, credits)

    def remove_api_key(self, key: str) -> None:
        self._billing.remove_api_key(key)
        self._limiter.refill(key)

    def reset(self) -> dict[str, int]:
        """Every job gone, the keys and balances the fake started with, rate limits refilled;
        returns how many jobs of each kind were removed."""
        with self._store.lock:
            removed = self._store.clear()
            for key, credits in self._start_keys.items():
                self._store.set_balance(key, credits)
        self._limiter.refill()
        return removed

    # ------------------------------------------------------------------ HTTP
    async def answer(self, request: Request) -> Response | None:
        """The answer to an admin request; None for a path outside ``ADMIN_PREFIX``."""
        raw = request.scope.get("raw_path") or request.scope["path"].encode()
        path = raw.decode("latin-1")
        if path != ADMIN_PREFIX and not path.startswith(ADMIN_PREFIX + "/"):
            return None
        segments = [unquote(s) for s in path[len(ADMIN_PREFIX) :].split("/")[1:]]
        try:
            self._authorize(request)
            status, body = await self._route(request, segments)
        except AdminError as exc:
            return JSONResponse(
                {"message": exc.message, "reason": exc.reason}, status_code=exc.status, headers=exc.headers
            )
        return JSONResponse(body, status_code=status)

    def _authorize(self, request: Request) -> None:
        if self._token is not None:
            scheme, _, given = request.headers.get("authorization", "").partition(" ")
            # Compared in constant time: the answer's timing must not reveal the token's prefix.
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                given.strip().encode("latin-1", "replace"), self._token.encode()
            ):
                raise AdminError(
                    401,
                    "ADMIN_UNAUTHORIZED",
                    "admin routes need Authorization: Bearer <the fake's --admin-token>",
                    {"WWW-Authenticate": "Bearer"},
                )
            return
        if request.scope.get("extensions", {}).get(IN_PROCESS):
            return
        client = request.client.host if request.client else ""
        if not _is_loopback_ip(client) or not _is_loopback_host(request.headers.get("host", "")):
            raise AdminError(
                403,
                "ADMIN_FORBIDDEN",
                "admin routes answer loopback clients only (asking for localhost or a loopback"
                " address); start the fake with --admin-token to reach them from elsewhere",
            )

    async def _route(self, request: Request, segments: list[str]) -> tuple[int, Any]:
        method = request.method
        match segments:
            case ["keys"]:
                self._allow(method, "GET")
                return 200, {"keys": self.keys()}
            case ["keys", key]:
                self._allow(method, "GET", "PUT", "DELETE")
                if method == "PUT":
                    credits = self._amount(await self._body(request, "credits"), "credits")
                    try:
                        created = self.set_credits(check_api_key(key), credits)
                    except ValueError as exc:
                        raise AdminError(400, "BAD_REQUEST", str(exc)) from None
                    return (201 if created else 200), self._info(key)
                if method == "DELETE":
                    info = self._info(key)
                    self.remove_api_key(key)
                    return 200, {**info, "removed": True}
                return 200, self._info(key)
            case ["keys", key, "credits"]:
                self._allow(method, "POST")
                amount = self._amount(await self._body(request, "add"), "add")
                try:
                    self.add_credits(key, amount)
                except KeyError:
                    raise self._unknown(key) from None
                except ValueError as exc:
                    raise AdminError(400, "BAD_REQUEST", str(exc)) from None
                return 200, self._info(key)
            case ["reset"]:
                self._allow(method, "POST")
                await self._body(request, None)
                removed = self.reset()
                return 200, {"removed": removed, "keys": self.keys()}
        raise AdminError(
            404,
            "NOT_FOUND",
            "admin routes: GET /_admin/keys, GET|PUT|DELETE /_admin/keys/KEY,"
            " POST /_admin/keys/KEY/credits, POST /_admin/reset",
        )

    @staticmethod
    def _allow(method: str, *allowed: str) -> None:
        if method not in allowed:
            raise AdminError(
                405, "METHOD_NOT_ALLOWED", f"allowed: {', '.join(allowed)}", {"Allow": ", ".join(allowed)}
            )

    def _info(self, key: str) -> dict[str, Any]:
        try:
            return self.key_info(key)
        except KeyError:
            raise self._unknown(key) from None

    @staticmethod
    def _unknown(key: str) -> AdminError:
        return AdminError(404, "NO_SUCH_KEY", f"no API key {key!r}; create it with PUT /_admin/keys/KEY")

    @staticmethod
    async def _body(request: Request, field: str | None) -> dict[str, Any]:
        """The JSON object of the request; ``field`` (if given) is the one field it must hold."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > _MAX_BODY:
                raise AdminError(413, "PAYLOAD_TOO_LARGE", f"admin bodies are at most {_MAX_BODY} bytes")
        if content_type != "application/json":
            raise AdminError(
                415, "UNSUPPORTED_MEDIA_TYPE", "admin requests send a JSON object as application/json"
            )
        try:
            body = json.loads(raw) if raw.strip() else {}
        except ValueError as exc:
            raise AdminError(400, "BAD_REQUEST", f"the body is not JSON: {exc}") from None
        wanted = {field} if field else set()
        if not isinstance(body, dict) or set(body) != wanted:
            shape = f'{{"{field}": N}}' if field else "{} (or nothing)"
            raise AdminError(400, "BAD_REQUEST", f"the body must be {shape}, not {json.dumps(body)[:200]}")
        return body

    @staticmethod
    def _amount(body: dict[str, Any], field: str) -> int:
        try:
            return check_credits(body[field])
        except ValueError:
            reason = f"{field} must be {CREDITS_RULE}, not {json.dumps(body[field])}"
            raise AdminError(400, "BAD_REQUEST", reason) from None
