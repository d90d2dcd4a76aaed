"""Small helpers for tests that talk raw httpx to the fake."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .config import DEMO_API_KEY

if TYPE_CHECKING:
    from .core import FakeVimmerse


def client_for(fake: FakeVimmerse, key: str | None = DEMO_API_KEY, **kwargs: Any) -> httpx.Client:
    """A sync httpx client wired to the fake in process (``key=None``: no X-Api-Key)."""
    headers = {"X-Api-Key": key} if key else {}
    return httpx.Client(transport=fake.transport(), base_url=fake.base_url, headers=headers, **kwargs)


def form(**fields: Any) -> list[tuple[str, tuple[None, bytes]]]:
    """Multipart text parts, one per value (lists repeat the field), as the generated client sends them."""
    out = []
    for name, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            out.append((name, (None, str(v).encode())))
    return out


def create_media(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    """POST /media (prompt defaulted) and return ``data``; asserts success."""
    fields.setdefault("prompt", "a red fox in the snow")
    r = client.post("/media", files=form(**fields))
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data
