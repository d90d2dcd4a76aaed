"""The fake's admin routes (``/_admin``) and their Python side (``FakeVimmerse.add_credits``,
``remove_api_key``, ``reset``): who may call them, what they change, how bad input is answered,
and that they stay out of the API's paths. Plus the config values they share with the CLI."""

from __future__ import annotations

import asyncio
import math
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.admin import ADMIN_PATHS, ADMIN_PREFIX, shadowed_by
from vimmerse_fake.document import default_spec_path
from vimmerse_fake.testing import client_for, create_media, form

START = {"k1": 100, "k2": 0}


@pytest.fixture
def fake() -> Any:
    f = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START)))
    yield f
    f.close()


def _from(fake: FakeVimmerse, client: tuple[str, int], host: str, **headers: str) -> httpx.Response:
    """GET /_admin/keys as a client at ``client`` asking for ``host``, over ASGI (no in-process mark)."""

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=fake.app, client=client)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{host}") as c:
            return await c.get("/_admin/keys", headers=headers)

    return asyncio.run(call())


def test_no_path_of_the_document_can_answer_an_admin_route(fake):
    paths = yaml.safe_load(default_spec_path().read_text())["paths"]
    assert not [p for p in paths if p.startswith(ADMIN_PREFIX) or p.startswith("/_")]
    assert shadowed_by(fake.app.router) == []
    with client_for(fake) as c:  # and the API's own 404 is unchanged next to them
        assert c.get("/_adminx").json() == {"message": "NOT_FOUND"}


def test_a_document_whose_paths_would_answer_admin_routes_is_refused(tmp_path: Path):
    doc = yaml.safe_load(default_spec_path().read_text())
    doc["paths"]["/{tenant}/{what}"] = {
        "get": {
            "operationId": "tenantThing",
            "parameters": [
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                for name in ("tenant", "what")
            ],
            "responses": {"204": {"description": "nothing"}},
        }
    }
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(doc))
    with pytest.raises(ValueError, match=r"admin routes \['/_admin/keys', '/_admin/reset'\]"):
        FakeVimmerse(FakeConfig(manual_clock=True, spec_path=str(spec)))
    assert set(ADMIN_PATHS) >= {"/_admin/keys", "/_admin/reset"}


@pytest.mark.parametrize(
    ("client", "host", "status"),
    [
        (("127.0.0.1", 5000), "127.0.0.1:8000", 200),
        (("127.8.9.1", 5000), "localhost:8000", 200),
        (("::1", 5000), "[::1]:8000", 200),
        (("::ffff:127.0.0.1", 5000), "localhost", 200),
        (("192.0.2.7", 5000), "127.0.0.1:8000", 403),  # another machine
        (("10.1.2.3", 5000), "localhost:8000", 403),
        (("127.0.0.1", 5000), "evil.example:8000", 403),  # DNS rebinding: a foreign name
        (("127.0.0.1", 5000), "localhost.evil.example", 403),
    ],
)
def test_without_a_token_only_loopback_clients_asking_for_loopback_are_served(fake, client, host, status):
    answer = _from(fake, client, host, **{"X-Api-Key": "k1"})  # an API key changes nothing
    assert answer.status_code == status, answer.text
    if status == 403:
        assert answer.json()["message"] == "ADMIN_FORBIDDEN"


def test_with_a_token_every_caller_needs_it():
    fake = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START), admin_token="s3cret"))
    loopback, remote = ("127.0.0.1", 1), ("192.0.2.7", 1)
    assert _from(fake, loopback, "localhost").status_code == 401
    assert _from(fake, remote, "fake.ci", Authorization="Bearer s3cre").status_code == 401
    assert _from(fake, remote, "fake.ci", **{"X-Api-Key": "k1"}).status_code == 401
    assert _from(fake, remote, "fake.ci", Authorization="Bearer s3cret").status_code == 200
    with client_for(fake) as c:  # in process too
        assert c.get("/_admin/keys").status_code == 401
        assert c.get("/_admin/keys", headers={"Authorization": "bearer s3cret"}).status_code == 200
    fake.close()


def test_a_top_up_a_new_key_and_a_removed_key(fake):
    with client_for(fake, "k2") as c:
        assert c.post("/media", files={"prompt": (None, "x")}).status_code == 402
        assert fake.add_credits("k2", 10) == 10
        create_media(c)
        assert fake.credits("k2") == 0
    fake.add_api_key("new", 20)
    with client_for(fake, "new") as c:
        media = create_media(c)
        fake.remove_api_key("new")
        assert c.get(f"/media/{media['id']}").status_code == 401
    assert fake.store.get("media", media["id"]) is not None  # its jobs stay until a reset
    with pytest.raises(KeyError):
        fake.add_credits("new", 5)
    with pytest.raises(ValueError, match="credits must be a whole number"):
        fake.add_credits("k1", -5)
    with pytest.raises(ValueError, match="API key"):
        fake.add_api_key("", 5)


def test_reset_removes_every_job_and_restores_the_keys_it_started_with(fake):
    with client_for(fake, "k1") as c:
        media = create_media(c)
        story = c.post("/story", files=form(idea="A day at sea", scene_count=2))
        assert story.status_code == 200, story.text
    fake.add_api_key("extra", 50)
    fake.add_credits("k2", 7)
    assert fake.reset() == {"media": 1, "story": 1, "asset": 0, "workflow": 0}
    assert fake.admin.keys() == {k: {"credits": v, "paid_jobs": 0} for k, v in START.items()}
    assert fake.jobs_created() == 0
    with client_for(fake, "k1") as c:
        assert c.get(f"/media/{media['id']}").status_code == 404
    with client_for(fake, "extra") as c:
        assert c.get("/media/x").status_code == 401


def test_reset_is_kept_in_the_state_file(tmp_path: Path):
    state = str(tmp_path / "state.db")
    fake = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START), state_file=state))
    with client_for(fake, "k1") as c:
        media = create_media(c)
    fake.add_api_key("extra", 5)
    fake.reset()
    fake.close()
    again = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START), state_file=state))
    assert again.store.get("media", media["id"]) is None
    assert again.admin.keys() == {k: {"credits": v, "paid_jobs": 0} for k, v in START.items()}
    again.close()


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "says"),
    [
        ("PUT", "/_admin/keys/k3", {"credits": -1}, 400, "credits must be a whole number from 0"),
        ("PUT", "/_admin/keys/k3", {"credits": 1.5}, 400, "not 1.5"),
        ("PUT", "/_admin/keys/k3", {"credits": "5"}, 400, 'not "5"'),
        ("PUT", "/_admin/keys/k3", {"credits": True}, 400, "not true"),
        ("PUT", "/_admin/keys/k3", {}, 400, 'the body must be {"credits": N}'),
        ("PUT", "/_admin/keys/k3", {"credits": 5, "extra": 1}, 400, '{"credits": N}'),
        ("PUT", "/_admin/keys/k%203", {"credits": 5}, 400, "no spaces"),
        ("POST", "/_admin/keys/k1/credits", {"add": -3}, 400, "add must be a whole number"),
        ("POST", "/_admin/keys/k1/credits", {"add": 10**18}, 400, "more than 1,000,000,000,000,000,000"),
        ("POST", "/_admin/keys/nobody/credits", {"add": 3}, 404, "no API key 'nobody'"),
        ("GET", "/_admin/keys/nobody", None, 404, "no API key 'nobody'"),
        ("DELETE", "/_admin/keys/nobody", None, 404, "no API key 'nobody'"),
        ("POST", "/_admin/reset", {"now": True}, 400, "the body must be {} (or nothing)"),
        ("GET", "/_admin/things", None, 404, "admin routes: GET /_admin/keys"),
    ],
)
def test_bad_admin_requests_are_answered_with_the_rule(fake, method, path, body, status, says):
    with client_for(fake, None) as c:
        answer = c.request(method, path, json=body)
    assert answer.status_code == status and says in answer.json()["reason"], answer.text
    assert fake.admin.keys() == {k: {"credits": v, "paid_jobs": 0} for k, v in START.items()}


def test_admin_methods_bodies_and_answers(fake):
    with client_for(fake, None) as c:
        wrong = c.post("/_admin/keys/k1", json={"credits": 5})
        assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, PUT, DELETE"
        assert (
            c.post("/_admin/reset", content=b"{}", headers={"Content-Type": "text/plain"}).status_code == 415
        )
        assert (
            c.post("/_admin/reset", content=b"{", headers={"Content-Type": "application/json"}).status_code
            == 400
        )
        assert c.post("/_admin/reset", headers={"Content-Type": "application/json"}).status_code == 200
        set_ = c.put("/_admin/keys/k1", json={"credits": 3})
        assert set_.status_code == 200 and set_.json()["credits"] == 3  # an existing key: 200, not 201
        slash = c.put("/_admin/keys/a%2Fb", json={"credits": 4})  # a key with a slash, percent-encoded
        assert slash.status_code == 201 and slash.json()["key"] == "a/b" and fake.credits("a/b") == 4
        assert c.get("/_admin/keys").json()["keys"]["a/b"] == {"credits": 4, "paid_jobs": 0}


def test_admin_calls_are_neither_rate_limited_nor_counted_as_api_requests():
    fake = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START), rate_limit=1))
    with client_for(fake, "k1") as c:
        assert [c.get("/_admin/keys").status_code for _ in range(5)] == [200] * 5
        assert c.get("/media/x").status_code == 404  # the key's one request of this second
        assert c.get("/media/x").status_code == 429
        fake.reset()  # a reset refills every bucket
        assert c.get("/media/x").status_code == 404
    assert fake.requests_seen("/_admin") == 0
    fake.close()


def test_a_rate_below_one_per_second_lets_one_request_through_then_paces():
    fake = FakeVimmerse(FakeConfig(manual_clock=True, api_keys=dict(START), rate_limit=0.25))
    with client_for(fake, "k1") as c:
        assert c.get("/media/x").status_code == 404
        limited = c.get("/media/x")
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) == math.ceil(1 / 0.25)
        fake.clock.advance(4)
        assert c.get("/media/x").status_code == 404
    fake.close()


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"api_keys": {"k": -1}}, "credits must be a whole number"),
        ({"api_keys": {"k": True}}, "not True"),
        ({"api_keys": {"": 5}}, "non-empty"),
        ({"api_keys": {"a b": 5}}, "no spaces"),
        ({"rate_limit": 0}, "rate limit must be"),
        ({"rate_limit": float("nan")}, "rate limit must be"),
        ({"rate_limit": float("inf")}, "rate limit must be"),
        ({"admin_token": ""}, "admin token must be non-empty"),
    ],
)
def test_config_refuses_values_the_fake_cannot_serve(fields, says):
    with pytest.raises(ValueError, match=f"FakeConfig: .*{says}"):
        FakeConfig(**fields)


def test_the_python_sample_of_docs_fake_md_runs():
    docs = Path(__file__).resolve().parents[2] / "docs" / "fake.md"
    blocks = re.findall(r"```python\n(.*?)\n```", docs.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks
    for code in blocks:
        exec(compile(code, str(docs), "exec"), {"__name__": "__docs__"})
