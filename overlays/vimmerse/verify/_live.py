"""``vimmerse verify``: the exchanges a verification makes with a service, through the proxy.

Free by default: the health and statistics reads, reads of the ids the user names, a read of an
id that does not exist (404), a media request the service must refuse (422, before any job) and a
read with a wrong key (401). ``allow_spend`` adds the smallest paid job (a 1-second video) and
follows it to its end. Each exchange goes through a ``Proxy`` in front of the service, which
records and checks it; the calls' own outcomes do not matter here, the answers do.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

from vimmerse import PollPolicy, Vimmerse, errors

from ._proxy import Proxy
from ._report import Verification


@dataclass(frozen=True)
class Plan:
    base_url: str
    api_key: str
    media_id: str | None = None
    story_id: str | None = None
    allow_spend: bool = False
    wait_timeout: float = 1800.0
    poll_interval: float = 5.0


def run(plan: Plan, verification: Verification, say: Callable[[str], None] = print) -> list[str]:
    """Makes the plan's exchanges; returns the calls that raised (a note each, never the key)."""
    notes: list[str] = []

    def attempt(label: str, call: Callable[[], object]) -> None:
        say(f"  {label}")
        try:
            call()
        except (errors.VimmerseError, httpx.HTTPError) as exc:
            notes.append(f"{label}: {type(exc).__name__}")

    with Proxy(plan.base_url, verification) as proxy:
        poll = PollPolicy(min_interval=min(plan.poll_interval, 1.0), initial_interval=plan.poll_interval)
        with (
            Vimmerse(plan.api_key, proxy.url, max_retries=1, poll=poll) as client,
            httpx.Client(base_url=proxy.url, timeout=60) as raw,
        ):
            today = date.today()
            attempt("health", client.health)
            attempt("statistics", lambda: client.statistics.get(str(today - timedelta(days=7)), str(today)))
            if plan.media_id:
                media_id = plan.media_id
                attempt("media get", lambda: client.media.get(media_id))
                attempt("media status", lambda: client.media.status(media_id))
            if plan.story_id:
                story_id = plan.story_id
                attempt("story get", lambda: client.story.get(story_id))
            key = {"X-Api-Key": plan.api_key}
            unknown = uuid.uuid4().hex
            attempt("media get, unknown id (404)", lambda: raw.get(f"/media/{unknown}", headers=key))
            refused = {"prompt": "contract check: must be refused", "quantity": "99", "duration": "1"}
            # multipart like the SDK sends it; a quantity of 99 is refused before any job exists.
            attempt(
                "media create, quantity 99 (422)",
                lambda: raw.post("/media", headers=key, files=_form(refused)),
            )
            wrong = {"X-Api-Key": "invalid-" + uuid.uuid4().hex}
            attempt(
                "media status, wrong key (401)",
                lambda: raw.get(f"/media/{unknown}/processing-status", headers=wrong),
            )
            if plan.allow_spend:
                attempt("media create, 1 s, and wait (paid)", lambda: _paid_job(client, plan.wait_timeout))
    return notes


def _form(fields: dict[str, str]) -> dict[str, tuple[None, str]]:
    return {name: (None, value) for name, value in fields.items()}


def _paid_job(client: Vimmerse, timeout: float) -> None:
    media = client.media.create(
        prompt="contract check: a single candle flame flickering, static camera",
        title="vimmerse verify",
        duration=1,
        quantity=1,
    )
    client.media.wait(media.id, timeout=timeout)
    client.media.get(media.id)
