"""The regeneration drill: openapi.yaml alone drives the SDK and the fake.

On a scratch copy of the document the test adds (a) an optional integer field bounded 1..9 to
createMedia, (b) a new MotionType value and (c) a new free GET operation under the ``media`` tag
returning an existing schema, with an example. It regenerates into a temporary directory with the
project's own ``make generate`` and then, with the repository's ``overlays/`` and ``fake/``
untouched, checks what a user would: the new field is a typed keyword of ``client.media.create``
(sync and async; mypy --strict accepts an int and rejects a str) and 10 is refused before anything
is sent; the new enum value is accepted and sent; the new operation is callable from the SDK and
answered by the fake from the document's example.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# Both tests read the package generated once for the module (`scratch`): under pytest-xdist they
# run on one worker, so it is generated once.
pytestmark = pytest.mark.xdist_group("regeneration-drill")

EXAMPLE = {"data": {"processing_status": "success", "progress_percentage": 100, "drill": True}}


def _edit(doc: dict) -> dict:
    schemas = doc["components"]["schemas"]
    schemas["MediaCreateRequest"]["properties"]["intensity"] = {
        "type": "integer",
        "minimum": 1,
        "maximum": 9,
        "description": "How strongly the motion follows the prompt.",
    }
    schemas["MotionType"]["enum"].append("DrillMotion")
    schemas["MotionType"]["x-enum-varnames"].append("DRILL_MOTION")
    doc["paths"]["/media/{media_id}/thumbnail"] = {
        "parameters": [{"$ref": "#/components/parameters/MediaId"}],
        "get": {
            "tags": ["media"],
            "operationId": "getMediaThumbnail",
            "summary": "Get a media's thumbnail status",
            "description": "A new free read, added by the drill.",
            "responses": {
                "200": {
                    "description": "The status.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/MediaStatusResponse"},
                            "example": EXAMPLE,
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "422": {"$ref": "#/components/responses/ValidationFailed"},
            },
        },
    }
    return doc


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch document and the package generated from it (``<dir>/gen/vimmerse_openapi``)."""
    tmp = tmp_path_factory.mktemp("drill")
    spec = tmp / "openapi.yaml"
    doc = _edit(yaml.safe_load((ROOT / "openapi.yaml").read_text()))
    spec.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    out = tmp / "gen" / "vimmerse_openapi"
    before = _tree_state()
    subprocess.run(
        ["make", "--no-print-directory", "generate", f"SPEC={spec}", f"OUT={out}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert _tree_state() == before, "regenerating a scratch document touched the repository"
    return tmp


def _tree_state() -> str:
    """git's view of overlays/, fake/ and generated/: the drill must not change them."""
    return subprocess.run(
        ["git", "status", "--porcelain", "--", "overlays", "fake", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _run(scratch: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with the scratch package first on the path, the repo's overlays and fake after."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(scratch / "gen"), str(ROOT / "overlays"), str(ROOT / "fake")]),
        "DRILL_SPEC": str(scratch / "openapi.yaml"),
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, cwd=scratch
    )


PROBE = """
    import asyncio, json, os, re, typing
    import httpx
    import vimmerse, vimmerse_openapi, vimmerse_openapi.models, vimmerse_fake
    from vimmerse import AsyncVimmerse, InvalidParameterError, Vimmerse
    from vimmerse_openapi.sdk.resources import AsyncMediaResource, MediaResource
    from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse

    report = {"generated_from": vimmerse_openapi.__file__, "sdk_from": vimmerse.__file__,
              "fake_from": vimmerse_fake.__file__}
    # The resources import the models for type checkers only (they load on first use), so the
    # annotations resolve against the models package.
    names = {name: getattr(vimmerse_openapi.models, name) for name in vimmerse_openapi.models.__all__}
    import importlib
    names.update(vars(importlib.import_module(MediaResource.__module__)))  # the media tag's module
    for cls in (MediaResource, AsyncMediaResource):
        hints = typing.get_type_hints(cls.create, globalns=names)
        report[cls.__name__ + ".intensity"] = str(hints.get("intensity"))
        thumb = typing.get_type_hints(cls.get_media_thumbnail, globalns=names).get("return")
        report[cls.__name__ + ".thumbnail"] = str(thumb)

    fake = FakeVimmerse(FakeConfig(speed=600.0, spec_path=os.environ["DRILL_SPEC"]))
    sent = []

    class Recording(httpx.BaseTransport):
        def __init__(self, inner):
            self.inner = inner
        def handle_request(self, request):
            request.read()
            sent.append((request.method, request.url.path, request.content))
            return self.inner.handle_request(request)

    with Vimmerse(api_key=DEMO_API_KEY, base_url=fake.config.base_url,
                  transport=Recording(fake.transport())) as client:
        try:
            client.media.create(prompt="a drill", intensity=10)
        except InvalidParameterError as exc:
            report["rejected"] = [exc.field, exc.value, str(exc)]
        report["sent_after_rejection"] = len(sent)
        media = client.media.create(prompt="a drill", intensity=5, motion_type="DrillMotion")
        body = sent[-1][2]
        def part(name):
            found = re.search(rb'name="' + name + rb'"\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n([^\\r]*)\\r\\n', body)
            return found.group(1).decode() if found else None
        report["sent_intensity"] = part(b"intensity")
        report["sent_motion"] = part(b"motion_type")
        report["jobs"] = fake.jobs_created()
        thumb = client.media.get_media_thumbnail(media.id)
        report["thumbnail"] = [type(thumb).__name__, str(thumb.processing_status), thumb.progress_percentage,
                               thumb.additional_properties]
        report["thumbnail_request"] = [sent[-1][0], sent[-1][1]]

    async def main():
        async with AsyncVimmerse(api_key=DEMO_API_KEY, base_url=fake.config.base_url,
                                 transport=fake.async_transport()) as aclient:
            try:
                await aclient.media.create(prompt="a drill", intensity=10)
            except InvalidParameterError as exc:
                report["async_rejected"] = exc.field
            thumb = await aclient.media.get_media_thumbnail(media.id)
            report["async_thumbnail"] = thumb.progress_percentage
    asyncio.run(main())
    print(json.dumps(report))
"""


def test_new_field_enum_value_and_operation_need_no_hand_edits(scratch: Path) -> None:
    result = _run(scratch, PROBE)
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The scratch package was used, with the repository's own (unchanged) overlays and fake.
    assert report["generated_from"].startswith(str(scratch))
    assert report["sdk_from"].startswith(str(ROOT / "overlays"))
    assert report["fake_from"].startswith(str(ROOT / "fake"))
    # (a) a typed keyword in sync and async, bounded before anything is sent.
    assert report["MediaResource.intensity"] == "int | None"
    assert report["AsyncMediaResource.intensity"] == "int | None"
    assert report["rejected"][:2] == ["intensity", 10]
    assert "1..9" in report["rejected"][2]
    assert report["sent_after_rejection"] == 0
    assert report["async_rejected"] == "intensity"
    # (b) the new enum value is accepted, sent, and the fake (validating against the scratch
    # document) took the job.
    assert report["sent_intensity"] == "5"
    assert report["sent_motion"] == "DrillMotion"
    assert report["jobs"] == 1
    # (c) the new operation: a method named from its operationId, typed with the existing model,
    # answered by the fake from the document's example.
    assert report["MediaResource.thumbnail"].endswith("MediaStatus'>")
    assert report["thumbnail_request"][0] == "GET"
    assert report["thumbnail_request"][1].endswith("/thumbnail")
    assert report["thumbnail"] == ["MediaStatus", "success", 100, {"drill": True}]
    assert report["async_thumbnail"] == 100


MYPY_OK = """
from vimmerse import Vimmerse

def use(client: Vimmerse) -> int | None:
    media = client.media.create(prompt="x", intensity=5, motion_type="DrillMotion")
    status = client.media.get_media_thumbnail(media.id)
    return status.progress_percentage
"""

MYPY_BAD = """
from vimmerse import Vimmerse

def use(client: Vimmerse) -> None:
    client.media.create(prompt="x", intensity="strong")
"""


def test_new_field_is_typed_for_mypy(scratch: Path) -> None:
    env_path = os.pathsep.join([str(scratch / "gen"), str(ROOT / "overlays"), str(ROOT / "fake")])
    for name, code in (("ok", MYPY_OK), ("bad", MYPY_BAD)):
        (scratch / f"use_{name}.py").write_text(code)
    # One mypy run over both files (it reports each error under its file's name): the SDK and the
    # scratch package are type-checked once instead of once per file.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            "use_ok.py",
            "use_bad.py",
        ],
        env={**os.environ, "MYPYPATH": env_path},
        capture_output=True,
        text=True,
        cwd=scratch,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 1, result.stdout
    assert errors and all(line.startswith("use_bad.py:") for line in errors), result.stdout
    assert 'Argument "intensity"' in result.stdout and '"int | None"' in result.stdout
