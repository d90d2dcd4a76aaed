#!/usr/bin/env bash
# `make release-check`: the release as a user gets it. Builds the sdist and, from it, the wheel
# (so a file the sdist misses fails here), runs `twine check`, installs the wheel into a fresh venv
# outside the repo and uses it from there: import, `vimmerse --version`, the pytest plugin without
# the `fake` extra, then with the extra a served fake and calls against it. Leaves in OUT
# (default dist/) the sdist, the wheel and the document the wheel bundles, as openapi.yaml and
# openapi.json, for teams that generate their own clients. A shell script: each step is one
# command of pip, build, twine or the installed package, and its timing is printed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)"
py="$root/.venv/bin/python"
tmp="$(mktemp -d)"
fake_pid=""
cleanup() { if [ -n "$fake_pid" ]; then kill "$fake_pid" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT
start=$SECONDS
step() { echo "release-check: [$((SECONDS - start))s] $*"; }

step "build sdist, then the wheel from it"
rm -f "$out"/vimmerse-* "$out"/openapi.yaml "$out"/openapi.json
"$py" -m build --outdir "$out" "$root" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
wheel="$(ls "$out"/vimmerse-*.whl)"
sdist="$(ls "$out"/vimmerse-*.tar.gz)"
step "twine check $(basename "$sdist") $(basename "$wheel")"
"$root/.venv/bin/twine" check --strict "$sdist" "$wheel"

step "fresh venv in $tmp, the wheel without extras, and pytest"
python3 -m venv "$tmp/venv"
vpy="$tmp/venv/bin/python"
# pip's log is shown only when it fails: its warnings about this machine's index settings are noise.
pip_install() { "$vpy" -m pip install -q --disable-pip-version-check "$@" >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log"; exit 1; }; }
pip_install "$wheel" pytest
cd "$tmp"  # nothing of the repo on sys.path from here on
"$vpy" -c 'import vimmerse, vimmerse_openapi; print("import vimmerse", vimmerse.__version__)'
"$tmp/venv/bin/vimmerse" --version
mkdir "$tmp/plugin" && cat >"$tmp/plugin/test_plugin.py" <<'PY'
import importlib.util


def test_plugin_loads_without_the_fake_extra(pytestconfig):
    assert pytestconfig.pluginmanager.has_plugin("vimmerse_fake")
    assert importlib.util.find_spec("starlette") is None  # the extra is not installed
PY
"$vpy" -m pytest -q -p no:cacheprovider "$tmp/plugin"

step "the fake extra, a served fake, calls against it"
pip_install "$wheel[fake]"
"$tmp/venv/bin/vimmerse" fake --port 0 --speed 600 >"$tmp/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 100); do grep -q "VIMMERSE_BASE_URL=" "$tmp/fake.log" && break; sleep 0.2; done
base_url="$(grep -o 'VIMMERSE_BASE_URL=[^ ]*' "$tmp/fake.log" | cut -d= -f2)"
api_key="$(grep -o 'VIMMERSE_API_KEY=[^ ]*' "$tmp/fake.log" | cut -d= -f2)"
[ -n "$base_url" ] || { cat "$tmp/fake.log"; exit 1; }
export VIMMERSE_BASE_URL="$base_url" VIMMERSE_API_KEY="$api_key"
"$tmp/venv/bin/vimmerse" health
"$vpy" - <<'PY'
from vimmerse import Vimmerse

with Vimmerse() as client:
    media = client.media.create(prompt="A release check", duration=5, wait=True)
    path = client.media.download(media.id, "release-check.mp4")
    print("media", media.id, media.processing_status, path.stat().st_size, "bytes")
PY

step "the bundled document as $out/openapi.yaml and openapi.json"
"$vpy" - "$out" "$root/openapi.yaml" <<'PY'
import json
import sys
from importlib import resources
from pathlib import Path

import yaml

out, source = Path(sys.argv[1]), Path(sys.argv[2])
text = (resources.files("vimmerse_fake") / "openapi.yaml").read_text(encoding="utf-8")
assert text == source.read_text(encoding="utf-8"), "the wheel bundles another openapi.yaml than the repo's"
(out / "openapi.yaml").write_text(text, encoding="utf-8")
doc = yaml.safe_load(text)
(out / "openapi.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("openapi", doc["info"]["version"], len(doc["paths"]), "paths")
PY
step "passed: $(cd "$out" && ls | tr '\n' ' ')"
