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

import os
import random
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import run_selection
import schemathesis
import yaml
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from stateful_bodies import stateful_body

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve

# libyaml's safe loader when installed (the same documents, several times faster than PyYAML's
# Python one), as vimmerse_fake.document reads openapi.yaml.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
        # The declared types: schemathesis checks answers against openapi.yaml as written.
        # tests/fake/test_wire.py checks the service's forms, and the live suite's proof runs
        # the default fake against the document as the service writes it.
        wire="document",
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


# Every operation of openapi.yaml, read on its own (not through schemathesis), so a filter that
# drops operations from the parametrized tests is noticed.
OPERATION_IDS = {
    op["operationId"]
    for item in yaml.load(SPEC.read_text(encoding="utf-8"), Loader=FAST_LOADER)["paths"].values()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete", "patch")
}


def load_config() -> Any:
    """schemathesis.toml, with its `hooks` path (relative to the repo root, for the CLI) made absolute,
    so the tests load the hook whatever the working directory."""
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    if "hooks" in data:
        data["hooks"] = str(ROOT / data["hooks"])
    return schemathesis.Config.from_dict(data, base_dir=str(ROOT))


def load_schema(
    *,
    seed: int,
    fuzz_examples: int | None = None,
    app: Any = None,
    document: dict[str, Any] | None = None,
    collect_only: bool = False,
) -> Any:
    """openapi.yaml (or ``document``, a part of it) as a schemathesis schema with our config.

    ``collect_only``: for items this run skips. schemathesis draws every operation's example and
    coverage cases when it collects its items; without those phases it names the same items, one
    per operation, for a fraction of the collection time."""
    config = load_config()
    # Set on the default project itself: `projects.get_default()` returns a merged copy, so a
    # `max_examples` set there is lost (only `seed` is written through to the shared parent).
    project = config.projects.default
    project.seed = seed
    if fuzz_examples is not None:
        project.phases.fuzzing.generation.max_examples = fuzz_examples
    if collect_only:
        project.phases.examples.enabled = project.phases.coverage.enabled = False
    if document is None:
        loaded = schemathesis.openapi.from_path(SPEC, config=config)
    else:
        loaded = schemathesis.openapi.from_dict(document, config=config)
    # With an ASGI app, schemathesis calls it in-process, and so do the checks that send requests
    # of their own (ignored_auth, unsupported_method, ...): it must be set before parametrize().
    loaded.app = app
    return loaded


# In-process target. Built at import because the parametrized schema must carry the app.
# Downloads are streamed by the API itself: a redirect to the CDN host would go back into the API app.
ASGI_FAKE = FakeVimmerse(fake_config(redirect_downloads=False))
asgi_schema = load_schema(seed=FAST_SEED, app=ASGI_FAKE.app)
http_schema = load_schema(seed=FAST_SEED)
# The bigger run's items are skipped unless the run selects it (conftest.py).
SKIPPED = not run_selection.selected
asgi_slow_schema = load_schema(seed=SLOW_SEED, fuzz_examples=150, app=ASGI_FAKE.app, collect_only=SKIPPED)
http_slow_schema = load_schema(seed=SLOW_SEED, fuzz_examples=150, collect_only=SKIPPED)

# One walk per lifecycle, each over the part of the document it lives in, so the scenarios are not
# spread over 54 operations (most of them one-step creates) and every chain is walked end to end.
# Each chain: which paths it takes, and the link targets a run must reach and see succeed (< 400).
DOCUMENT = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=FAST_LOADER)


def _asset_path(path: str) -> bool:
    """``/asset/{asset_id}`` and every path of an asset-producing operation."""
    item = DOCUMENT["paths"][path]
    return path.startswith("/asset/") or any(
        isinstance(op, dict) and op.get("x-vimmerse-job") == "asset" for op in item.values()
    )


CHAINS: dict[str, tuple[Callable[[str], bool], set[str]]] = {
    "media": (
        lambda path: path.startswith("/media"),
        {
            "GET /media/{media_id}/processing-status",
            "GET /media/{media_id}",
            "GET /media/{media_id}/download",
        },
    ),
    "story": (
        lambda path: path.startswith("/story"),
        {
            "POST /story/{story_id}/scenes",
            "POST /story/{story_id}/videos",
            "GET /story/{story_id}",
            "POST /story/{story_id}/concat",
            "DELETE /story/{story_id}",
        },
    ),
    "assets": (_asset_path, {"GET /asset/{asset_id}"}),
    "workflow": (
        lambda path: path.startswith("/workflow"),
        {"GET /workflow/{workflow_id}", "PUT /workflow/{workflow_id}", "DELETE /workflow/{workflow_id}"},
    ),
}


def chain_document(chain: str) -> dict[str, Any]:
    keep = CHAINS[chain][0]
    return {**DOCUMENT, "paths": {path: item for path, item in DOCUMENT["paths"].items() if keep(path)}}


def stateful_schema(*, seed: int, chain: str, app: Any = None) -> Any:
    loaded = load_schema(seed=seed, app=app, document=chain_document(chain))
    loaded.hook("map_body")(stateful_body)
    return loaded


asgi_stateful_schemas = {c: stateful_schema(seed=FAST_SEED, chain=c, app=ASGI_FAKE.app) for c in CHAINS}
http_stateful_schemas = {c: stateful_schema(seed=FAST_SEED, chain=c) for c in CHAINS}


# Session-scoped: one fake per process for the session, however pytest-xdist splits this module's
# items between its workers (a module fixture would be set up again in a worker that returns to the
# module, and ASGI_FAKE cannot be closed twice).
@pytest.fixture(scope="session")
def asgi_target() -> Iterator[Target]:
    # The in-process fake delivers webhooks only when asked to (deliver_due_webhooks), which
    # nothing here does: generated `webhook_url`s must never be contacted (loopback-only traffic).
    yield Target(name="asgi", fake=ASGI_FAKE, call_kwargs={})
    assert ASGI_FAKE.webhook_deliveries == []
    ASGI_FAKE.close()


@pytest.fixture(scope="session")
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
    assert found == OPERATION_IDS and len(found) == 54


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


def run_stateful(
    schema: Any, target: Target, tally: Any, settings: hypothesis.settings, required: set[str]
) -> None:
    """Walk the links of ``schema``; every operation of ``required`` must be reached through a
    link and answer < 400 at least once."""

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
    missing = required - reached
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


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_stateful_asgi(chain: str, asgi_target: Target, st_tally: Any) -> None:
    settings = stateful_settings(max_examples=40, deterministic=True)
    run_stateful(asgi_stateful_schemas[chain], asgi_target, st_tally, settings, CHAINS[chain][1])


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_stateful_http(chain: str, http_target: Target, st_tally: Any) -> None:
    settings = stateful_settings(max_examples=40, deterministic=True)
    run_stateful(http_stateful_schemas[chain], http_target, st_tally, settings, CHAINS[chain][1])


@pytest.mark.slow
@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_stateful_asgi_deep(chain: str, asgi_target: Target, st_tally: Any) -> None:
    settings = stateful_settings(max_examples=60, deterministic=False)
    run_stateful(asgi_stateful_schemas[chain], asgi_target, st_tally, settings, CHAINS[chain][1])


@pytest.mark.slow
@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_stateful_http_deep(chain: str, http_target: Target, st_tally: Any) -> None:
    settings = stateful_settings(max_examples=60, deterministic=False)
    run_stateful(http_stateful_schemas[chain], http_target, st_tally, settings, CHAINS[chain][1])
