"""Schemathesis (4.x) against the fake: every operation of openapi.yaml, every built-in check.

Why: the fake is what the SDK's tests and demos run against, so it must answer exactly what the
document promises - right status codes, content types, bodies and headers, rejecting what the
document forbids and accepting what it allows - or the SDK is tested against a fiction.

Phases: `examples`, `coverage` and `fuzzing` run inside one pytest item per operation and target
(schemathesis' pytest plugin); `stateful` walks the document's `links` (createMedia ->
getMediaProcessingStatus -> getMedia -> downloadMedia; story create -> elements -> scenes ->
videos -> get -> concat -> delete) with a hypothesis state machine. Configuration, including which
check is switched off where and why, lives in `schemathesis.toml` at the repo root; the CLI
equivalent is documented there.

Budget (make test): fuzzing max 25 examples per operation, coverage and examples as many as the
schema yields, stateful 50 derandomized scenarios of up to 12 steps (positive data), per target.
`-m slow` runs a bigger,
randomly seeded run (fuzzing 150 per operation, 60 scenarios), and the CLI run of
test_schemathesis_cli.py. Form bodies are judged as the service reads them (tests/schemathesis/form_wire.py,
a hook schemathesis.toml loads).
"""

from __future__ import annotations

import json
import os
import random
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "schemathesis.toml"
# Pinned, so `make test` is reproducible; the slow run draws a fresh seed (VIMMERSE_ST_SEED replays one).
FAST_SEED = 20250601
SLOW_SEED = int(os.environ.get("VIMMERSE_ST_SEED", random.randrange(2**32)))
# Simulated seconds each call moves the clock on: longer than any job the fake simulates.
CLOCK_STEP_SECONDS = 3600.0
# More credits than any run can spend, so 402 never hides the behaviour under test.
UNLIMITED_CREDITS = 10**12


def fake_config(*, redirect_downloads: bool) -> FakeConfig:
    """A manual clock that every call advances (see `Target.before_call`): deterministic job states."""
    return FakeConfig(
        api_keys={DEMO_API_KEY: UNLIMITED_CREDITS},
        manual_clock=True,
        redirect_downloads=redirect_downloads,
    )


@dataclass
class Target:
    """Where cases go: `call_kwargs` are passed to `case.call_and_validate()` / the state machine."""

    name: str
    fake: FakeVimmerse
    call_kwargs: dict[str, Any]

    def before_call(self) -> None:
        """Finish every job created so far: a job created by one call has finished by the next, so
        the stateful phase reaches downloads instead of racing a clock."""
        self.fake.clock.advance(CLOCK_STEP_SECONDS)


OPERATION_IDS = {
    "createMedia",
    "getMedia",
    "getMediaProcessingStatus",
    "updateMedia",
    "editMedia",
    "downloadMedia",
    "processMedia",
    "createStoryFromIdea",
    "createStoryFromImages",
    "createStoryFromUrl",
    "createStory",
    "generateStoryElements",
    "generateStoryScenes",
    "generateStoryVideos",
    "getStory",
    "updateStory",
    "deleteStory",
    "concatStory",
}


def load_config() -> Any:
    """schemathesis.toml, with its `hooks` path (relative to the repo root, for the CLI) made absolute,
    so the tests load the hook whatever the working directory."""
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    if "hooks" in data:
        data["hooks"] = str(ROOT / data["hooks"])
    return schemathesis.Config.from_dict(data, base_dir=str(ROOT))


def load_schema(*, seed: int, fuzz_examples: int | None = None, app: Any = None) -> Any:
    config = load_config()
    # Set on the default project itself: `projects.get_default()` returns a merged copy, so a
    # `max_examples` set there is lost (only `seed` is written through to the shared parent).
    project = config.projects.default
    project.seed = seed
    if fuzz_examples is not None:
        project.phases.fuzzing.generation.max_examples = fuzz_examples
    loaded = schemathesis.openapi.from_path(SPEC, config=config)
    # With an ASGI app, schemathesis calls it in-process, and so do the checks that send requests
    # of their own (ignored_auth, unsupported_method, ...): it must be set before parametrize().
    loaded.app = app
    return loaded


# In-process target. Built at import because the parametrized schema must carry the app.
# Downloads are streamed by the API itself: a redirect to the CDN host would go back into the API app.
ASGI_FAKE = FakeVimmerse(fake_config(redirect_downloads=False))
asgi_schema = load_schema(seed=FAST_SEED, app=ASGI_FAKE.app)
http_schema = load_schema(seed=FAST_SEED)
asgi_slow_schema = load_schema(seed=SLOW_SEED, fuzz_examples=150, app=ASGI_FAKE.app)
http_slow_schema = load_schema(seed=SLOW_SEED, fuzz_examples=150)

# The stateful phase walks lifecycles, so its createMedia calls must be able to succeed. The body
# schema cannot say "at least one of prompt, image_files, image_urls, media_items" without turning
# the generated client's body into `Any`, and hypothesis favours the empty body - a documented 400
# that ends the walk at step one. These schema objects (stateful only) give such bodies a prompt.
MEDIA_INPUTS = ("prompt", "image_files", "image_urls", "media_items")


def give_media_an_input(ctx: Any, body: Any) -> Any:
    is_create_media = ctx.operation is not None and ctx.operation.label == "POST /media"
    if is_create_media and isinstance(body, dict) and not any(body.get(name) for name in MEDIA_INPUTS):
        body = {**body, "prompt": "a lighthouse at dawn"}
    return body


# Likewise, a form field carrying a JSON document (`x-vimmerse-json`: `storyboard`, `audio_option`,
# `media_items`, `elements`) is a plain string to the body schema, so hypothesis fills it with text
# that is not JSON - a documented 422 that ends the walk (every `scenes` step of a run can be one).
# Stateful only, such a value becomes the field's documented example, or is left out (the field is
# optional: the story keeps its stored storyboard). Other phases keep sending such text.


def _deref(root: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = root
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def json_fields(operation: Any) -> dict[str, Any]:
    """The request body's `x-vimmerse-json` properties of `operation`, each with its example (or None)."""
    root = operation.schema.raw_schema
    body = _deref(root, operation.definition.raw.get("requestBody") or {})
    fields: dict[str, Any] = {}
    for media in (body.get("content") or {}).values():
        schema = _deref(root, media.get("schema") or {})
        for name, prop in (schema.get("properties") or {}).items():
            if "x-vimmerse-json" in prop:
                fields[name] = prop.get("example")
    return fields


def is_json_document(value: Any) -> bool:
    try:
        return isinstance(value, str) and isinstance(json.loads(value), (dict, list))
    except ValueError:
        return False


def give_json_fields_json(ctx: Any, body: Any) -> Any:
    if ctx.operation is None or not isinstance(body, dict):
        return body
    fields = json_fields(ctx.operation)
    body = dict(body)
    for name, example in fields.items():
        if name in body and not is_json_document(body[name]):
            if example is None:
                del body[name]
            else:
                body[name] = example
    return body


def stateful_body(ctx: Any, body: Any) -> Any:
    return give_json_fields_json(ctx, give_media_an_input(ctx, body))


def stateful_schema(*, seed: int, app: Any = None) -> Any:
    loaded = load_schema(seed=seed, app=app)
    loaded.hook("map_body")(stateful_body)
    return loaded


asgi_stateful_schema = stateful_schema(seed=FAST_SEED, app=ASGI_FAKE.app)
http_stateful_schema = stateful_schema(seed=FAST_SEED)


@pytest.fixture(scope="module")
def asgi_target() -> Iterator[Target]:
    # The in-process fake delivers webhooks only when asked to (deliver_due_webhooks), which
    # nothing here does: generated `webhook_url`s must never be contacted (loopback-only traffic).
    yield Target(name="asgi", fake=ASGI_FAKE, call_kwargs={})
    assert ASGI_FAKE.webhook_deliveries == []
    ASGI_FAKE.close()


@pytest.fixture(scope="module")
def http_target() -> Iterator[Target]:
    # Over HTTP the download answers 302 and `requests` follows it to the served CDN origin, so the
    # CDN's answer is validated against downloadMedia's 200 as well.
    # `webhooks=False`: no delivery thread, so generated `webhook_url`s are never contacted.
    config = fake_config(redirect_downloads=True)
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=config, webhooks=False) as running:
        yield Target(name="http", fake=running.fake, call_kwargs={"base_url": running.base_url})
        assert running.fake.webhook_deliveries == []


def run_case(case: Any, target: Any, tally: Any) -> None:
    phase = case.meta.phase.name.value
    tally.count(target.name, phase, case.operation.label)
    target.before_call()
    try:
        case.call_and_validate(**target.call_kwargs)
    except FailureGroup as exc:
        tally.fail(target.name, phase, case.operation.label, [failure.title for failure in exc.exceptions])
        raise


def test_document_covers_every_operation() -> None:
    """The parametrized tests below cover all 54 operations, not a filtered subset."""
    found = {result.ok().definition.raw.get("operationId") for result in http_schema.get_all_operations()}
    assert found == OPERATION_IDS


@asgi_schema.parametrize()
def test_asgi(case: Any, asgi_target: Any, st_tally: Any) -> None:
    run_case(case, asgi_target, st_tally)


@http_schema.parametrize()
def test_http(case: Any, http_target: Any, st_tally: Any) -> None:
    run_case(case, http_target, st_tally)


@pytest.mark.slow
@asgi_slow_schema.parametrize()
def test_asgi_deep(case: Any, asgi_target: Any, st_tally: Any) -> None:
    run_case(case, asgi_target, st_tally)


@pytest.mark.slow
@http_slow_schema.parametrize()
def test_http_deep(case: Any, http_target: Any, st_tally: Any) -> None:
    run_case(case, http_target, st_tally)


# ---------------------------------------------------------------------------- stateful

# Operations that a stateful run must reach through a document link and see succeed (< 400):
# the media chain and the advanced story chain walked end to end on the fake.
REQUIRED_LINK_TARGETS = {
    "GET /media/{media_id}/processing-status",
    "GET /media/{media_id}",
    "GET /media/{media_id}/download",
    "POST /story/{story_id}/scenes",
    "POST /story/{story_id}/videos",
    "GET /story/{story_id}",
    "POST /story/{story_id}/concat",
    "DELETE /story/{story_id}",
}


def run_stateful(schema: Any, target: Target, tally: Any, settings: hypothesis.settings) -> None:
    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return dict(target.call_kwargs)

        def step(self, input: StepInput) -> StepOutput:
            label = input.case.operation.label
            tally.count(target.name, "stateful", label)
            target.before_call()
            try:
                output = super().step(input)
            except FailureGroup as exc:
                tally.fail(target.name, "stateful", label, [failure.title for failure in exc.exceptions])
                raise
            if input.transition is not None and input.is_applied:
                tally.transitions[target.name, f"{input.transition.id}", output.response.status_code] += 1
            return output

    Machine.run(settings=settings)
    # Transition ids read "SOURCE -> [status] LinkName -> TARGET".
    reached = {
        link.rsplit(" -> ", 1)[-1]
        for (name, link, status) in tally.transitions
        if name == target.name and status < 400
    }
    missing = REQUIRED_LINK_TARGETS - reached
    assert not missing, f"the stateful run never reached these operations through a link: {sorted(missing)}"


def stateful_settings(*, max_examples: int, deterministic: bool) -> hypothesis.settings:
    return hypothesis.settings(
        max_examples=max_examples,
        stateful_step_count=http_schema.config.phases.stateful.max_steps,
        deadline=None,
        derandomize=deterministic,
        database=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


def test_stateful_asgi(asgi_target: Target, st_tally: Any) -> None:
    run_stateful(
        asgi_stateful_schema, asgi_target, st_tally, stateful_settings(max_examples=50, deterministic=True)
    )


def test_stateful_http(http_target: Target, st_tally: Any) -> None:
    run_stateful(
        http_stateful_schema, http_target, st_tally, stateful_settings(max_examples=50, deterministic=True)
    )


@pytest.mark.slow
def test_stateful_asgi_deep(asgi_target: Target, st_tally: Any) -> None:
    run_stateful(
        asgi_stateful_schema, asgi_target, st_tally, stateful_settings(max_examples=60, deterministic=False)
    )


@pytest.mark.slow
def test_stateful_http_deep(http_target: Target, st_tally: Any) -> None:
    run_stateful(
        http_stateful_schema, http_target, st_tally, stateful_settings(max_examples=60, deterministic=False)
    )
