"""``vimmerse fake`` as a CI job runs it: its own keys and credits, a rate limit, and the admin
routes (``/_admin``) that top up, remove keys and reset while it runs. Each test starts the
installed console script as a process on a free port, as a CI workflow would."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import re
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from vimmerse_fake import DEFAULT_CREDITS, DEMO_API_KEY
from vimmerse_fake.document import Document, default_spec_path, load_document
from vimmerse_fake.pricing import media_cost

VIMMERSE = [str(Path(sys.executable).with_name("vimmerse"))]
JSON = {"Content-Type": "application/json"}


@dataclass
class Running:
    base_url: str
    proc: subprocess.Popen[bytes]
    output: str = ""  # stdout and stderr, once it stopped


def _first_line(proc: subprocess.Popen[bytes], deadline_s: float) -> str:
    """The first line the process prints, waiting for it at most ``deadline_s`` seconds. Read
    from the unbuffered pipe a byte at a time, so what follows stays for ``communicate``."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=deadline_s):
            raise AssertionError(f"`vimmerse fake` printed nothing within {deadline_s} s")
    return proc.stdout.readline().decode()


@contextlib.contextmanager
def vimmerse_fake(*args: str) -> Iterator[Running]:
    """``vimmerse fake --port 0 ARGS`` until the block ends (then SIGTERM, which must exit 0)."""
    proc = subprocess.Popen(
        [*VIMMERSE, "fake", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # the URL line arrives as soon as it is printed
    )
    try:
        line = _first_line(proc, 30)
        found = re.search(r"API on (http://\S+)", line)
        assert found, f"no URL in {line!r}; {proc.poll()=}"
        running = Running(found[1], proc)
        yield running
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    running.output = line + out.decode() + err.decode()
    assert proc.returncode == 0, err.decode()


def _request_defaults(doc: Document, operation_id: str) -> dict[str, Any]:
    op = doc.by_id[operation_id]
    schema = doc.resolve(next(iter(op.raw["requestBody"]["content"].values()))["schema"])
    return {name: doc.resolve(prop).get("default") for name, prop in schema["properties"].items()}


DOC = load_document(default_spec_path())
_MEDIA = _request_defaults(DOC, "createMedia")
#: A media at the document's defaults costs what the fake's price model says for them (the
#: document's `x-vimmerse-price` note: Media prices are `vimmerse_fake.pricing`'s).
MEDIA_PRICE = media_cost(_MEDIA["quantity"], _MEDIA["duration"])
#: createImageFromText's `x-vimmerse-price`: credits per unit of its `per` field.
IMAGE_PRICE = DOC.by_id["createImageFromText"].raw["x-vimmerse-price"]
IMAGES_PER_CALL = 2
IMAGE_CALL_PRICE = math.ceil(IMAGE_PRICE["credits"] * IMAGES_PER_CALL)
FIT = 3  # creates that fit in the balance; the next one is short by one credit
K1 = FIT * MEDIA_PRICE + MEDIA_PRICE - 1
K3 = FIT * IMAGE_CALL_PRICE + IMAGE_CALL_PRICE - 1


def test_prices_come_from_the_document():
    assert IMAGE_PRICE["per"] == "quantity" and MEDIA_PRICE > 1 and IMAGE_CALL_PRICE > 1


def _create_media(client: httpx.Client, key: str) -> httpx.Response:
    return client.post("/media", headers={"X-Api-Key": key}, files={"prompt": (None, "a fox")})


def _key(client: httpx.Client, key: str) -> dict[str, Any]:
    r = client.get(f"/_admin/keys/{key}")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_keys_spend_their_credits_at_the_documents_prices_then_402_with_nothing_created():
    args = ["--api-key", f"k1={K1}", "--api-key", "k2=0", "--api-key", f"k3={K3}", "--api-key", "k4"]
    with vimmerse_fake(*args) as fake, httpx.Client(base_url=fake.base_url) as client:
        ids = []
        for _ in range(FIT):
            r = _create_media(client, "k1")
            assert r.status_code == 200, r.text
            ids.append(r.json()["data"]["id"])
        short = _create_media(client, "k1")
        assert short.status_code == 402 and short.json()["message"] == "INSUFFICIENT_CREDIT"
        k1 = _key(client, "k1")
        assert k1["credits"] == MEDIA_PRICE - 1  # spent exactly FIT creates, never below zero
        assert k1["jobs"]["media"] == FIT and k1["paid_jobs"] == FIT  # the 402 created nothing
        for media_id in ids:
            assert client.get(f"/media/{media_id}", headers={"X-Api-Key": "k1"}).status_code == 200

        assert _create_media(client, "k2").status_code == 402  # no credits: refused at once
        assert _key(client, "k2") == {
            "key": "k2",
            "credits": 0,
            "paid_jobs": 0,
            "jobs": {"media": 0, "story": 0, "asset": 0, "workflow": 0},
        }

        image = {"prompt": "a lighthouse", "quantity": str(IMAGES_PER_CALL)}
        codes = [
            client.post("/image/text-2-image", headers={"X-Api-Key": "k3"}, data=image).status_code
            for _ in range(FIT + 1)
        ]
        assert codes == [200] * FIT + [402]
        k3 = _key(client, "k3")
        assert k3["credits"] == IMAGE_CALL_PRICE - 1 and k3["jobs"]["asset"] == FIT

        assert _key(client, "k4")["credits"] == DEFAULT_CREDITS  # a key given without credits
        # Keys given: only those work, the demo key is not among them.
        assert _create_media(client, DEMO_API_KEY).status_code == 401
    assert "k1" in fake.output and f"{K1:,} credits" in fake.output


def test_admin_routes_top_up_reset_and_remove_keys_while_it_runs():
    with (
        vimmerse_fake("--api-key", f"k1={K1}", "--api-key", "k2=0") as fake,
        httpx.Client(base_url=fake.base_url) as client,
    ):
        assert _create_media(client, "k2").status_code == 402
        top_up = client.post("/_admin/keys/k2/credits", json={"add": MEDIA_PRICE})
        assert top_up.status_code == 200 and top_up.json()["credits"] == MEDIA_PRICE
        made = _create_media(client, "k2")
        assert made.status_code == 200, made.text
        assert _create_media(client, "k2").status_code == 402  # the top-up bought exactly one

        kept = made.json()["data"]["id"]
        reset = client.post("/_admin/reset", json={})
        assert reset.status_code == 200 and reset.json()["removed"]["media"] == 1
        assert reset.json()["keys"] == {
            "k1": {"credits": K1, "paid_jobs": 0},
            "k2": {"credits": 0, "paid_jobs": 0},
        }
        assert client.get(f"/media/{kept}", headers={"X-Api-Key": "k2"}).status_code == 404

        created = client.put("/_admin/keys/ci", json={"credits": MEDIA_PRICE})
        assert created.status_code == 201 and created.json()["credits"] == MEDIA_PRICE
        assert _create_media(client, "ci").status_code == 200
        assert client.delete("/_admin/keys/ci").status_code == 200
        assert _create_media(client, "ci").status_code == 401

        # A reset fake refills k1 to its start: concurrent creates still spend only what fits.
        async def burst() -> list[int]:
            async with httpx.AsyncClient(base_url=fake.base_url, timeout=30) as aclient:
                answers = await asyncio.gather(
                    *(
                        aclient.post("/media", headers={"X-Api-Key": "k1"}, files={"prompt": (None, "x")})
                        for _ in range(2 * FIT)
                    )
                )
            return sorted(a.status_code for a in answers)

        assert asyncio.run(burst()) == [200] * FIT + [402] * FIT
        assert _key(client, "k1")["credits"] == MEDIA_PRICE - 1


def test_admin_routes_refuse_api_keys_and_other_hosts_names():
    with vimmerse_fake("--api-key", "k1=0") as fake, httpx.Client(base_url=fake.base_url) as client:
        # A page served from elsewhere whose name now resolves to 127.0.0.1 (DNS rebinding).
        rebound = client.put("/_admin/keys/k1", json={"credits": 100}, headers={"Host": "evil.example"})
        assert rebound.status_code == 403 and rebound.json()["message"] == "ADMIN_FORBIDDEN"
        assert "--admin-token" in rebound.json()["reason"]
        # A cross-site form can post only form or text bodies: refused, nothing changed.
        form = client.post(
            "/_admin/keys/k1/credits", content=b'{"add": 100}', headers={"Content-Type": "text/plain"}
        )
        assert form.status_code == 415
        assert _key(client, "k1")["credits"] == 0


def test_admin_token_is_required_on_every_admin_call_once_set():
    token = "ci-admin-7d1e"
    with (
        vimmerse_fake("--api-key", "k1=0", "--admin-token", token) as fake,
        httpx.Client(base_url=fake.base_url) as client,
    ):
        add = {"add": MEDIA_PRICE}
        for headers in (
            {},
            {"X-Api-Key": "k1"},
            {"Authorization": "Bearer wrong"},
            {"Authorization": token},
        ):
            refused = client.post("/_admin/keys/k1/credits", json=add, headers=headers)
            assert refused.status_code == 401, headers
            assert refused.json()["message"] == "ADMIN_UNAUTHORIZED"
            assert refused.headers["www-authenticate"] == "Bearer"
        assert _create_media(client, "k1").status_code == 402  # none of them topped it up
        granted = client.post(
            "/_admin/keys/k1/credits", json=add, headers={"Authorization": f"Bearer {token}"}
        )
        assert granted.status_code == 200 and granted.json()["credits"] == MEDIA_PRICE
        assert _create_media(client, "k1").status_code == 200
    assert token not in fake.output  # a CI secret is never printed


def test_rate_limit_answers_429_with_retry_after_per_key():
    # 0.2 per second: one request, then none for 5 s; the checks below take far less.
    with (
        vimmerse_fake("--rate-limit", "0.2", "--api-key", "k1", "--api-key", "k2") as fake,
        httpx.Client(base_url=fake.base_url) as client,
    ):

        def get(key: str) -> httpx.Response:
            return client.get("/media/missing", headers={"X-Api-Key": key})

        assert get("k1").status_code == 404  # let through (no such media)
        limited = get("k1")
        assert limited.status_code == 429 and limited.json() == {"message": "RATE_LIMITED"}
        assert 1 <= int(limited.headers["retry-after"]) <= 5
        assert get("k2").status_code == 404  # each key has its own budget
        assert client.get("/_admin/keys").status_code == 200  # admin calls are not limited
    assert "0.2 requests per second" in fake.output
