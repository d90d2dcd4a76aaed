"""Form bodies (multipart and urlencoded): parsed by Starlette, cast and judged by the
``Validator`` (openapi-core alone neither casts form strings nor reports unknown fields), and
the ``x-vimmerse-json`` fields decoded and judged against the schema they name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.types import Message

from .detail import error
from .document import Operation
from .validation import Validator


@dataclass
class Form:
    """A form body as the handler sees it, and what was wrong with it (422 ``detail``)."""

    detail: list[dict[str, Any]] = field(default_factory=list)
    body: dict[str, Any] = field(default_factory=dict)
    uploads: list[tuple[str, str, int]] = field(default_factory=list)  # (field, filename, size)
    upload_types: list[str] = field(default_factory=list)


def _malformed(message: str) -> Form:
    return Form([error(["body"], f"Malformed form body: {message}", "value_error")])


async def read_form(
    validator: Validator, request: Request, raw: bytes, base_type: str, op: Operation, max_part_size: int
) -> Form:
    """The form body ``raw`` (already read from ``request``) of operation ``op``."""
    media_type, method = str(op.media_type), op.method.lower()
    if not raw.strip():
        detail, body = validator.check_form(op.path, method, media_type, [])
        return Form(detail, body)
    if base_type != media_type:
        return Form([error(["body"], f"Expected a {media_type} body", "content_type")])
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    clone = Request(request.scope, replay)
    try:
        form = await clone.form(max_files=100, max_fields=1000, max_part_size=max_part_size)
    except MultiPartException as exc:
        return _malformed(exc.message)
    except HTTPException as exc:
        # Starlette re-raises a MultiPartException as HTTPException(400) when the request
        # belongs to an app; its default handler would answer text/plain, not our JSON 422.
        return _malformed(exc.detail)
    items: list[tuple[str, Any]] = []
    parsed = Form()
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            parsed.uploads.append((name, value.filename or "upload", len(data)))
            parsed.upload_types.append(value.content_type or "application/octet-stream")
            items.append((name, data))
        else:
            items.append((name, value))
    await form.close()
    parsed.detail, parsed.body = validator.check_form(op.path, method, media_type, items)
    if not parsed.detail:
        for name in op.json_fields:
            if name in parsed.body:
                field_detail, value = validator.check_json_field(
                    op.path, method, media_type, name, parsed.body[name]
                )
                parsed.detail += field_detail
                parsed.body[name] = value
    return parsed
