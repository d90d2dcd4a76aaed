"""The guides' code samples, run: every sample of ``guides.json`` as SDK calls against the fake.

What the fake received is read at its door: the client's transport is the fake's own, wrapped in
a recorder that keeps every request whole (the fake keeps no request log, and a job's stored
record holds only the fields it acts on). Each request of a sample is then compared, field by
field, with the request the guide's sample makes.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from guide_sample_types import Given, Ids, Sample
from guide_samples import BY_KEY, SAMPLES

import vimmerse
from vimmerse import AsyncVimmerse, PollPolicy, Vimmerse, errors
from vimmerse_fake import DEMO_API_KEY, FakeVimmerse
from vimmerse_fake.files import png
from vimmerse_fake.records import to_json

ROOT = Path(__file__).resolve().parents[2]
GUIDES = json.loads((ROOT / "tests" / "fixtures" / "guides" / "guides.json").read_text())["guides"]
FIXTURE = {(guide, s["line"]): s for guide in ("media", "story") for s in GUIDES[guide]["samples"]}
MP4_BOX = b"ftyp"  # bytes 4..8 of every MP4 file


# --------------------------------------------------------------------- the fake's door


class Recorder(httpx.BaseTransport):
    """The fake's transport, keeping every request it is handed (body read in full)."""

    def __init__(self, inner: httpx.BaseTransport, requests: list[httpx.Request]) -> None:
        self.inner, self.requests = inner, requests

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)


class AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, requests: list[httpx.Request]) -> None:
        self.inner, self.requests = inner, requests

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def fields_of(request: httpx.Request) -> dict[str, Any]:
    """The request's body as the fake reads it: a JSON object, or form fields (each a list of its
    values; an uploaded file is ``(filename, bytes)``)."""
    content_type = request.headers.get("content-type", "")
    if not request.content:
        return {}
    if content_type.startswith("application/json"):
        body: dict[str, Any] = json.loads(request.content)
        return body
    out: dict[str, list[Any]] = {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        for name, value in parse_qsl(request.content.decode(), keep_blank_values=True):
            out.setdefault(name, []).append(value)
        return out
    assert content_type.startswith("multipart/form-data"), content_type
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        filename = part.get_filename()
        out.setdefault(name, []).append((filename, data) if filename else data.decode())
    return out


def the_request(recorded: list[httpx.Request], method: str, path: str) -> httpx.Request:
    for request in recorded:
        if request.method == method and request.url.path == path:
            return request
    seen = [f"{r.method} {r.url.path}" for r in recorded]
    raise AssertionError(f"the fake received no {method} {path}; it received {seen}")


# ------------------------------------------------------------------ what a sample means


def expected_fields(sample: Sample, ids: Ids) -> dict[str, Any]:
    """The fields the guide's sample sends and their values (its evident intent where it cannot
    be sent as written), less the fields the entry deliberately omits."""
    given = FIXTURE[sample.key]
    values = {**given.get("payload", {}), **sample.intent}
    for name, value in values.items():
        if isinstance(value, Given):
            chosen = getattr(ids, value.name)
            if isinstance(chosen, list):  # a list of models travels as one JSON text
                values[name] = json.dumps([item.to_dict() for item in chosen])
            else:
                values[name] = chosen.to_dict() if hasattr(chosen, "to_dict") else chosen
    for name in sample.omits:
        values.pop(name, None)
    return values


def as_json(value: Any) -> Any:
    """A JSON text as the value it encodes; anything else unchanged."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def assert_carries(received: dict[str, Any], expected: dict[str, Any]) -> None:
    for name, want in expected.items():
        assert name in received, f"{name} was not sent (sent: {sorted(received)})"
        got = received[name]
        if isinstance(got, list) and got and all(isinstance(v, str) for v in got):  # form values
            if isinstance(want, list):
                assert got == [str(v) for v in want], name
                continue
            assert len(got) == 1, f"{name} sent {len(got)} times"
            if isinstance(as_json(want), dict | list) or isinstance(want, dict | list):
                assert json.loads(got[0]) == as_json(want), name
            else:
                assert got[0] == str(want), name
        else:  # a JSON body: values keep their types
            assert got == as_json(want), name


# ------------------------------------------------------------------------- the runs


def write_frames(directory: Path) -> None:
    for name in ("start_frame.png", "end_frame.png"):
        (directory / name).write_bytes(png())


def prepare(fake: FakeVimmerse, sample: Sample, directory: Path) -> Ids:
    """What the sample's placeholders name, made through an unrecorded client."""
    write_frames(directory)
    ids = Ids(dir=directory)
    with Vimmerse(DEMO_API_KEY, fake.base_url, transport=fake.transport()) as setup:
        if sample.needs in ("media", "media-done"):
            ids.media_id = setup.media.create(prompt="A paper boat on a river").id
            if sample.needs == "media-done":
                fake.clock.advance(3600)
        elif sample.needs == "story":
            story = setup.story.create(idea="A robot learns to paint", scene_count=2)
            ids.story_id, ids.storyboard, ids.scenes = story.id, story.storyboard, story.scenes
        elif sample.needs == "story-auto":
            ids.story_id = setup.story.idea_to_video(idea="A robot learns to paint", scene_count=2).id
    return ids


def run(fake: FakeVimmerse, sample: Sample, ids: Ids, recorded: list[httpx.Request]) -> Any:
    """The sample's translation on a fresh client whose every request lands in ``recorded``."""
    # The sleeps of wait() advance the fake's clock (the async client takes a plain callable too).
    poll = PollPolicy(sleep=fake.clock.advance, monotonic=fake.clock.now)
    if not sample.is_async:
        with Vimmerse(
            DEMO_API_KEY, fake.base_url, transport=Recorder(fake.transport(), recorded), poll=poll
        ) as client:
            return sample.run(client, ids)

    async def main() -> Any:
        transport = AsyncRecorder(fake.async_transport(), recorded)
        async with AsyncVimmerse(DEMO_API_KEY, fake.base_url, transport=transport, poll=poll) as client:
            return await sample.run(client, ids)

    return asyncio.run(main())


def documented_enum(sample: Sample) -> list[str]:
    """The values the guide documents for the field the sample is refused on."""
    given, refusal = FIXTURE[sample.key], sample.refused
    assert refusal is not None
    return next(
        f["enum"]
        for op in GUIDES[sample.guide]["operations"]
        if op["method"] == given["method"] and op["path"] == given["path"]
        for f in op["fields"]
        if f["name"] == refusal.field
    )


def assert_returns(sample: Sample, result: Any, ids: Ids) -> None:
    kind = sample.returns
    if kind == "file":
        assert isinstance(result, Path) and result.is_file(), result
        assert result.stat().st_size > 0 and result.read_bytes()[4:8] == MP4_BOX, "not an MP4"
        assert not list(result.parent.glob("*.part")), "a partial download was left behind"
        return
    if kind == "media-status":
        assert isinstance(result, vimmerse.types.MediaStatus)
        assert result.processing_status in {"queue_bullet", "processing_bullet", "success"}
        return
    if kind.startswith("media"):
        assert isinstance(result, vimmerse.types.Media), type(result)
        assert result.id and (not ids.media_id or result.id == ids.media_id)
        assert result.processing_status is not None
        if kind == "media-success":
            assert result.processing_status == "success"
        return
    assert isinstance(result, vimmerse.types.Story), type(result)
    assert result.id and (not ids.story_id or result.id == ids.story_id)
    assert result.status is not None


def each_sample(pending_fails: bool = True) -> list[Any]:
    """One pytest param per entry; a pending one is an expected failure until openapi.yaml lands."""
    out = []
    for sample in SAMPLES:
        marks = []
        if pending_fails and sample.pending:
            marks.append(pytest.mark.xfail(strict=True, reason=f"needs openapi.yaml: {sample.pending}"))
        out.append(pytest.param(sample, id=f"{sample.guide}-{sample.line}", marks=marks))
    return out


# ------------------------------------------------------------------------- the tests


def test_every_sample_of_the_guides_has_one_entry() -> None:
    assert set(FIXTURE) == set(BY_KEY), (
        f"samples without an entry: {sorted(set(FIXTURE) - set(BY_KEY))}; "
        f"entries without a sample: {sorted(set(BY_KEY) - set(FIXTURE))}"
    )
    assert len(BY_KEY) == len(SAMPLES), "two entries for one sample"


@pytest.mark.parametrize("sample", each_sample(pending_fails=False))
def test_entry_speaks_of_the_samples_fields(sample: Sample) -> None:
    """An entry's intended values and omissions name exactly the fields the sample sends."""
    given = FIXTURE[sample.key]
    named = set(given.get("payload") or given.get("keys") or ())
    if "unreadable" in given:
        assert set(sample.intent) | set(sample.omits) == named, "an unreadable sample needs all its values"
    assert set(sample.intent) <= named and set(sample.omits) <= named
    if sample.intent or sample.omits or "unreadable" in given:
        assert sample.note, "an entry that departs from the sample's text says why in its note"


@pytest.mark.parametrize("sample", each_sample())
def test_sample(sample: Sample, fake: FakeVimmerse, tmp_path: Path) -> None:
    ids = prepare(fake, sample, tmp_path)
    given = FIXTURE[sample.key]
    credits, jobs, seen = fake.credits(DEMO_API_KEY), fake.jobs_created(), fake.requests_seen()
    recorded: list[httpx.Request] = []

    if sample.refused:
        with pytest.raises(errors.InvalidParameterError) as caught:
            run(fake, sample, ids, recorded)
        error, refusal = caught.value, sample.refused
        assert (error.field, error.value) == (refusal.field, refusal.value)
        documented = documented_enum(sample)
        assert set(error.allowed) == set(documented), "allowed: the guide's own values"
        assert refusal.field in str(error) and all(repr(v) in str(error) for v in documented)
        assert recorded == []
        assert (fake.requests_seen(), fake.jobs_created()) == (seen, jobs), "something was sent"
        assert fake.credits(DEMO_API_KEY) == credits, "credits were spent"
        return

    result = run(fake, sample, ids, recorded)
    assert_returns(sample, result, ids)
    request = the_request(recorded, given["method"], ids.path(given["path"]))
    received = fields_of(request)
    assert_carries(received, expected_fields(sample, ids))
    query = dict(request.url.params)
    for name, value in (given.get("query") or {}).items():
        assert query.get(name) == value, f"query {name}"
    for name, filename in given.get("files") or ():
        sent = [f for f, _ in received.get(name, [])]
        assert filename in sent, f"{name}: {filename} was not uploaded (uploaded: {sent})"


class GuideAnswers(httpx.BaseTransport):
    """The fake, except that an operation the guide shows an example answer for answers that."""

    def __init__(self, inner: httpx.BaseTransport, method: str, path: str, answer: Any) -> None:
        self.inner, self.method, self.path, self.answer = inner, method, path, answer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == self.method and request.url.path == self.path:
            response.read()
            return httpx.Response(response.status_code, json=self.answer)
        return response


def test_process_takes_the_guides_answer(fake: FakeVimmerse, tmp_path: Path) -> None:
    """The guide's process sample only checks the call succeeded; its answer is ``{"data": {}}``."""
    sample = BY_KEY[("media", 1545)]
    given = FIXTURE[sample.key]
    (answer,) = (
        op["answers"][0]["example"]
        for op in GUIDES["media"]["operations"]
        if (op["method"], op["path"]) == (given["method"], given["path"])
    )
    ids = prepare(fake, sample, tmp_path)
    credits = fake.credits(DEMO_API_KEY)
    transport = GuideAnswers(fake.transport(), given["method"], ids.path(given["path"]), answer)
    with Vimmerse(DEMO_API_KEY, fake.base_url, transport=transport) as client:
        sample.run(client, ids)
    assert fake.credits(DEMO_API_KEY) < credits, "the resubmission was charged"


# ----------------------------------------------------------------- the same, as commands


def stored(fake: FakeVimmerse, kind: str, job_id: str) -> dict[str, Any]:
    """The job as the fake keeps it (the fields it acts on, as it decoded them)."""
    record = fake.store.get(kind, job_id)
    assert record is not None, f"no {kind} {job_id}"
    return to_json(record)


def assert_stored(record: dict[str, Any], expected: dict[str, Any]) -> None:
    for name, want in expected.items():
        if name in record:  # a field the fake keeps
            got, want = as_json(record[name]), as_json(want)
            assert got == want or str(got) == str(want), f"{name}: stored {got!r}, the sample sends {want!r}"


@pytest.mark.parametrize("sample", [p for p in each_sample() if p.values[0].cli])
def test_sample_as_a_command(sample: Sample, served: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from vimmerse.cli import app

    fake, given = served.fake, FIXTURE[sample.key]
    write_frames(tmp_path)
    ids = Ids(dir=tmp_path)
    if sample.needs:
        with Vimmerse(DEMO_API_KEY, served.base_url) as setup:
            ids.media_id = setup.media.create(
                prompt="A paper boat on a river", wait=sample.needs == "media-done"
            ).id
    jobs = fake.jobs_created()
    env = {"VIMMERSE_BASE_URL": served.base_url, "VIMMERSE_API_KEY": DEMO_API_KEY, "COLUMNS": "200"}
    result = CliRunner().invoke(app, [*sample.cli(ids), "--json"], env=env, catch_exceptions=False)  # type: ignore[misc]

    if sample.refused:
        assert result.exit_code == 2, result.output
        # A usage error, worded by click inside a box: the flag, the value and every allowed one.
        text = re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─]", " ", result.stderr))
        flag = "--" + sample.refused.field.replace("_", "-")
        assert flag in text and repr(sample.refused.value) in text, text
        assert all(repr(v) in text for v in documented_enum(sample)), text
        assert fake.jobs_created() == jobs, "a job was created"
        return
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    kind = "story" if sample.guide == "story" else "media"
    assert answer.get("processing_status" if kind == "media" else "status")
    if given.get("payload") is None:
        return
    record = stored(fake, kind, answer["id"])
    assert_stored(record, expected_fields(sample, ids))
    uploaded = [entry["FileName"] for entry in record.get("file_map") or []]
    assert [name for _, name in given.get("files") or ()] == uploaded


def test_readme_table_is_rendered_from_the_entries() -> None:
    import subprocess
    import sys

    tool = ROOT / "tools" / "guide_samples.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
