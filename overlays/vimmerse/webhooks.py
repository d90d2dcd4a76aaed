"""Parsing the notifications Vimmerse POSTs to ``webhook_url`` when a job ends.

``parse(body)`` accepts the raw request body (bytes/str) or decoded JSON and returns the
generated ``MediaWebhookPayload`` (keys ``customer_id``, ``media_id``, ``status``) or
``StoryWebhookPayload`` (``customer_id``, ``batch_id`` = story id, ``status``). It is
strict about what it needs -- a JSON object, the required keys as non-empty strings,
exactly one of ``media_id``/``batch_id`` -- and lenient about the rest (unknown statuses
and extra keys pass, as the spec allows). Anything else raises ``WebhookParseError``
saying what is wrong.

A tiny receiver (standard library only; answer 2xx within 10 s, do slow work later)::

    from http.server import BaseHTTPRequestHandler, HTTPServer
    from vimmerse import webhooks
    from vimmerse.errors import WebhookParseError
    from vimmerse.types import MediaWebhookPayload

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                event = webhooks.parse(body)
            except WebhookParseError as exc:
                self.send_response(400); self.end_headers(); self.wfile.write(str(exc).encode())
                return
            if isinstance(event, MediaWebhookPayload):
                print("media", event.media_id, "ended:", event.status)
            else:
                print("story", event.batch_id, "ended:", event.status)
            self.send_response(204); self.end_headers()

    HTTPServer(("127.0.0.1", 8080), Hook).serve_forever()

The notification carries no signature: treat it as a hint and confirm with
``client.media.get(id)`` / ``client.story.get(id)`` before acting on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import WebhookParseError

if TYPE_CHECKING:
    from vimmerse_openapi.models import MediaWebhookPayload, StoryWebhookPayload

__all__ = ["parse"]


def parse(body: bytes | bytearray | str | Mapping[str, Any]) -> MediaWebhookPayload | StoryWebhookPayload:
    """Validate and type a webhook body; raises WebhookParseError naming the problem."""
    data: Any
    if isinstance(body, bytes | bytearray):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookParseError(f"webhook body is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if isinstance(body, str):
        if not body.strip():
            raise WebhookParseError("webhook body is empty")
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise WebhookParseError(f"webhook body is not JSON: {exc.msg} at position {exc.pos}") from None
        except ValueError as exc:  # an integer of more digits than Python reads
            raise WebhookParseError(f"webhook body is not JSON this parser reads: {exc}") from None
        except RecursionError:
            raise WebhookParseError("webhook body is not JSON this parser reads: nested too deeply") from None
    elif isinstance(body, Mapping):
        data = dict(body)
    else:
        raise WebhookParseError(f"webhook body must be bytes, str or a mapping, not {type(body).__name__}")
    if not isinstance(data, dict):
        raise WebhookParseError(f"webhook body must be a JSON object, got {type(data).__name__}")
    has_media, has_story = "media_id" in data, "batch_id" in data
    if has_media and has_story:
        raise WebhookParseError("webhook body has both media_id and batch_id; cannot tell media from story")
    if not has_media and not has_story:
        raise WebhookParseError("webhook body has neither media_id (media) nor batch_id (story)")
    required = ("customer_id", "media_id" if has_media else "batch_id", "status")
    for key in required:
        if key not in data:
            raise WebhookParseError(f"webhook body is missing {key!r}")
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            raise WebhookParseError(f"webhook field {key!r} must be a non-empty string, got {_shown(value)}")
    # The models (and attrs) load with the first body parsed, not with ``import vimmerse``.
    from vimmerse_openapi.models import MediaWebhookPayload, StoryWebhookPayload

    if has_media:
        return MediaWebhookPayload.from_dict(data)
    return StoryWebhookPayload.from_dict(data)


def _shown(value: Any) -> str:
    """A received value for a message, cut short: a body may be as large as its sender likes."""
    try:
        text = repr(value)
    except ValueError:  # an integer of more digits than Python writes out
        return f"an {type(value).__name__} too large to show"
    return text if len(text) <= 100 else text[:80] + f"... ({len(text)} characters)"
