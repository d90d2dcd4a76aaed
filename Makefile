# GNU make. Everything bootstraps itself: `make test` on a fresh clone creates
# .venv (python3 -m venv + pip install -e '.[dev]') and node_modules (npm ci).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp
NODE_STAMP := node_modules/.stamp

# Overridable so the generator can be exercised on a scratch spec:
#   make generate SPEC=/tmp/x.yaml OUT=/tmp/gen
SPEC   ?= openapi.yaml
OUT    ?= generated/vimmerse_openapi
GEN_CONFIG := openapi-python-client.yaml

# Recipes use the venv's tools (pinned ruff for the generator's post_hooks) and local node tools.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# No telemetry / update checks from redocly (no network besides package registries).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

LINT_DIRS := $(wildcard overlays fake tests bench tools codegen examples polyglot)

.PHONY: help venv node generate check-generated lint-spec lint test demo fake bench polyglot clean

help:
	@echo "targets: venv node generate check-generated lint-spec lint test demo fake bench polyglot clean"
	@echo "         check-breaking [BASE=<git ref>] changelog-draft release-notes [VERSION=x.y.z] release-check workflows"
	@echo "vars:    SPEC=$(SPEC) OUT=$(OUT)"

# ---- bootstrap -------------------------------------------------------------
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

venv: $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

node: $(NODE_STAMP)

# ---- code generation ---------------------------------------------------------
GEN_CMD = openapi-python-client generate --path "$(SPEC)" --meta none --config "$(GEN_CONFIG)" --custom-template-path codegen/templates --overwrite --fail-on-warning
# The SDK layer (resources, operation descriptions) that openapi-python-client's templates cannot
# express: codegen/generate_sdk.py renders it from the same document, formatted by the same ruff.
SDK_CMD = $(PY) codegen/generate_sdk.py "$(SPEC)"
RUFF_GEN = --isolated --no-cache --target-version py311 --line-length 120
# $(call run_generator,DIR): generate into scratch DIR, then add an empty py.typed (meta=none emits none).
run_generator = rm -rf "$(1)" && $(GEN_CMD) --output-path "$(1)" && $(SDK_CMD) "$(1)" \
	&& ruff check "$(1)/sdk" $(RUFF_GEN) --fix-only --extend-select I -q && ruff format "$(1)/sdk" $(RUFF_GEN) -q \
	&& rm -rf "$(1)/.ruff_cache" && : > "$(1)/py.typed"

generate: $(STAMP)
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	$(call run_generator,$$tmp/out); \
	$(PY) codegen/count_operations.py "$(SPEC)" "$$tmp/out"; \
	mkdir -p "$$(dirname "$(OUT)")"; \
	rm -rf "$(OUT).old" "$(OUT).new"; \
	if [ -e "$(OUT)" ]; then mv "$(OUT)" "$(OUT).old"; fi; \
	cp -R "$$tmp/out" "$(OUT).new" && mv "$(OUT).new" "$(OUT)"; \
	rm -rf "$(OUT).old" "$(OUT).new"; \
	echo "generated $(OUT) from $(SPEC)"; \
	if [ "$(OUT)" = "generated/vimmerse_openapi" ]; then $(PY) tools/make_sync.py; fi

check-generated: $(STAMP)
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	{ $(call run_generator,$$tmp/out); } >/dev/null; \
	if ! diff -r -x __pycache__ "$$tmp/out" "$(OUT)"; then \
	  echo "ERROR: $(OUT) is out of date with $(SPEC); run 'make generate' and commit the result." >&2; \
	  exit 1; \
	fi; \
	$(PY) codegen/count_operations.py "$(SPEC)" "$(OUT)"; \
	echo "check-generated: $(OUT) matches $(SPEC)"; \
	$(PY) tools/make_sync.py --check

# ---- linting ----------------------------------------------------------------
lint-spec: $(STAMP) $(NODE_STAMP)
	$(PY) -m openapi_spec_validator "$(SPEC)"
	redocly lint --config redocly.yaml "$(SPEC)"
	$(MAKE) --no-print-directory polyglot-spectral

# lint-imports: the layers between the packages ([tool.importlinter] in pyproject.toml). The graph
# builds in a fraction of a second, so no cache directory is kept.
lint: $(STAMP)
	ruff check $(LINT_DIRS)
	ruff format --check $(LINT_DIRS)
	mypy --strict overlays
	lint-imports --no-cache --no-logo

# ---- tests ------------------------------------------------------------------
# The checks (the clients other generators make: make polyglot, docs/polyglot.md; the release as
# users get it; breaking changes, lint, generation) and pytest run side by side, the longest checks
# first: the checks spend much of their time waiting (JVM and node start-ups, pip), which pytest
# fills. pytest runs on PYTEST_WORKERS pytest-xdist workers (loadgroup: a module whose tests share
# one costly fixture is marked xdist_group). The checks' output streams, each target's in one piece
# (-O), all of them run even when one fails (-k); pytest's output is held and printed after them,
# so that its summary stays the closing lines CI reads. Interrupted, the recipe stops pytest too
# (a background job ignores the terminal's Ctrl-C).
PYTEST_WORKERS ?= auto
TEST_CHECKS := polyglot release-check check-breaking lint lint-spec check-generated
test: $(STAMP) $(NODE_STAMP)
	@log="$$(mktemp)"; pytest_pid=""; \
	trap 'if [ -n "$$pytest_pid" ]; then kill "$$pytest_pid" 2>/dev/null || true; fi; rm -f "$$log"' EXIT; \
	trap 'exit 130' INT TERM; \
	$(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadgroup >"$$log" 2>&1 & pytest_pid=$$!; \
	checks=0; $(MAKE) --no-print-directory --keep-going -j2 -Otarget $(TEST_CHECKS) || checks=$$?; \
	tests=0; wait $$pytest_pid || tests=$$?; pytest_pid=""; \
	if [ $$checks != 0 ]; then echo "make test: a check failed (its output is above); pytest's follows" >&2; fi; \
	cat "$$log"; \
	[ $$checks = 0 ] && [ $$tests = 0 ]

# ---- run ------------------------------------------------------------------
# DEMO_OUT: where the two MP4 files go; DEMO_SPEED: the fake's clock factor.
DEMO_OUT   ?= demo-output
DEMO_SPEED ?= 60
demo: $(STAMP)
	$(PY) examples/demo.py --out "$(DEMO_OUT)" --speed "$(DEMO_SPEED)"

fake: $(STAMP)
	$(VENV)/bin/vimmerse fake --port 8000

# The throughput benchmark drives the fake and Prism (node_modules) with wrk, Debian's package:
# installed here when missing and root, as .ci/run installs chromium; else that row fails naming it.
bench: $(STAMP) $(NODE_STAMP)
	@if ! command -v wrk >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "bench: apt-get install wrk"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends wrk >/dev/null; \
	fi
	$(PY) -m bench

# Live contract tests (tests/live) against $$VIMMERSE_BASE_URL with $$VIMMERSE_API_KEY; without a key
# prints a notice and exits 0. ARGS=--allow-spend adds one smallest paid job (see tests/live/conftest.py).
# Every exchange is recorded and checked against openapi.yaml: the evidence goes to CONTRACT_REPORT.
CONTRACT_REPORT ?= contract-report
.PHONY: contract-live
contract-live: $(STAMP)
	$(PY) tests/live/run_live.py --report "$(CONTRACT_REPORT)" $(ARGS)

# ---- versions, changelog, release ------------------------------------------------
# openapi.yaml against the last released document (released/openapi.yaml; BASE=<git ref> for the
# openapi.yaml of another release), per audience: tools/apidiff/gate.py.
.PHONY: check-breaking changelog-draft release-notes release-check workflows
check-breaking: $(STAMP) $(NODE_STAMP)
	$(PY) tools/check_breaking.py $(if $(BASE),--base-ref "$(BASE)")

changelog-draft: $(STAMP) $(NODE_STAMP)
	$(PY) tools/changelog.py --draft

# VERSION: the package's version of the release (default: overlays/vimmerse/__init__.py's).
release-notes: $(STAMP) $(NODE_STAMP)
	$(PY) tools/changelog.py $(if $(VERSION),--version "$(VERSION)")

# The sdist and wheel as users get them, installed outside the repo: tools/release_check.sh.
RELEASE_DIR ?= dist
release-check: $(STAMP)
	bash tools/release_check.sh "$(RELEASE_DIR)"

# The job lifecycle as an Arazzo document (workflows/), linted and run against a served fake; then
# once more with a job the fake fails ("[fail]" in the prompt), which respect must report.
workflows: $(STAMP) $(NODE_STAMP)
	bash workflows/run.sh
	WORKFLOW_INPUTS='prompt=[fail] a job the fake fails' WORKFLOW_ARGS='--workflow media' EXPECT_FAIL=1 \
	  bash workflows/run.sh >/dev/null

# ---- upstream drift ---------------------------------------------------------
# Compare openapi.yaml with the vendor's published document (docs/upstream-drift.md).
# UPSTREAM: path or URL; default ../shared/reference/vimmerse-swagger.json. Exit 1 = breaking drift.
.PHONY: diff-upstream
diff-upstream: $(STAMP)
	@$(PY) tools/diff_upstream.py --ours "$(SPEC)" $(if $(UPSTREAM),--upstream "$(UPSTREAM)") $(DIFF_UPSTREAM_ARGS)

clean: polyglot-clean
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis dist build workflows/out

include polyglot/polyglot.mk
