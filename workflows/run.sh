#!/usr/bin/env bash
# `make workflows`: lints workflows/lifecycle.arazzo.yaml and runs it with Redocly CLI's `respect`
# (pinned in package.json) against a fake served on free loopback ports. WORKFLOW_INPUTS adds
# respect inputs (e.g. 'prompt=[fail] x' to see a failed job reported); EXPECT_FAIL=1 passes only
# when respect reports a failure. A shell script: it only starts the fake, waits for its URL, and
# hands both to respect.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
redocly="$root/node_modules/.bin/redocly"
doc=workflows/lifecycle.arazzo.yaml
"$redocly" lint --config workflows/redocly.yaml "$doc" 2>&1 | grep -v '[║╔╚]'

log="$(mktemp)"
fake_pid=""
cleanup() { if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; fi; rm -f "$log"; }
trap cleanup EXIT
# --speed 600: a media job's simulated minute takes a tenth of a second.
"$root/.venv/bin/vimmerse" fake --port 0 --speed 600 >"$log" 2>&1 &
fake_pid=$!
for _ in $(seq 100); do grep -q "VIMMERSE_BASE_URL=" "$log" && break; sleep 0.2; done
base_url="$(grep -o 'VIMMERSE_BASE_URL=[^ ]*' "$log" | cut -d= -f2)"
api_key="$(grep -o 'VIMMERSE_API_KEY=[^ ]*' "$log" | cut -d= -f2)"
[ -n "$base_url" ] || { cat "$log"; exit 1; }

inputs=(--input "api_key=$api_key")
if [ -n "${WORKFLOW_INPUTS:-}" ]; then inputs+=(--input "$WORKFLOW_INPUTS"); fi
# SCHEMA_CHECK off: respect validates every answer against openapi.yaml's declared types, and the
# fake (like the service) writes some fields in other forms ("1", "No", "": x-vimmerse-wire) that
# readers must accept; the workflows' own criteria compare statuses, which are plain strings.
set +e
"$redocly" respect "$doc" --server "vimmerse=$base_url" "${inputs[@]}" --severity 'SCHEMA_CHECK=off' \
  ${WORKFLOW_ARGS:-} 2>&1 | grep -v '[║╔╚]'
status=${PIPESTATUS[0]}
set -e
if [ "${EXPECT_FAIL:-0}" = 1 ]; then
  if [ "$status" = 0 ]; then echo "workflows: expected respect to report a failed step" >&2; exit 1; fi
  echo "workflows: respect reported the failed step, as expected"
  exit 0
fi
exit "$status"
