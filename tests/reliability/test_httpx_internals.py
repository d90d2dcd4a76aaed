"""The private httpx names the SDK relies on (``vimmerse._httpx_internals``) still mean what it relies on.

Each internal has a fallback, so when a release of httpx changes one nothing else fails: a
saving is silently switched off, or a setting is silently ignored. These tests are what fails
then, with the installed httpx version and the internal in the message. Each one checks what a
user gets from the internal (the right URLs, the right concurrency, a cheap import), not only
that an attribute exists. When one fails: read the new httpx, then adapt the function in
``_httpx_internals`` or delete it and its saving.
"""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpcore
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vimmerse import DEFAULT_MAX_CONCURRENCY, AsyncVimmerse, Vimmerse
from vimmerse._httpx_internals import PLAIN_PATH, pool_size, url_joiner

HTTPX = f"httpx {httpx.__version__} (httpcore {httpcore.__version__})"
PACKAGE = Path(__file__).resolve().parents[2] / "overlays" / "vimmerse"


def changed(internal: str, consequence: str) -> str:
    return f"{HTTPX}: {internal} changed -- {consequence}. Adapt vimmerse/_httpx_internals.py."


# -- URL._uri_reference: operation URLs built without parsing -------------------------------------

BASES = [
    "http://api.vimmerse.test/",
    "https://api.vimmerse.net/",
    "https://h.test:8443/v1/",
    "http://[::1]:9/p%20q/",
    "http://127.0.0.1:8000/a/b/",
]
PATHS = [
    "media/m1",
    "media/3f2a-9c/processing-status",
    "story/a%2Fb",  # a quoted slash stays quoted
    "story/%20x%25",
    "finetune/word_with-dash",
    "media/caf%C3%A9",
    "workflow/w1/log-error",
    "assets/a~b!$&'()*+,;=:@",
    "finetune/v1.2",  # a dot: not a plain path, parsed
    "finetune/..",  # a dot-segment: normalized as httpx normalizes it
    "",
]


def joiner(base: str) -> tuple[httpx.URL, Callable[[str], httpx.URL]]:
    url = httpx.URL(base)
    join = url_joiner(url)
    assert join is not None, changed(
        "httpx.URL._uri_reference (a named tuple with a path field)",
        "every operation URL is parsed again, the fast path of bench/RESULTS.md section 1 is off",
    )
    return url, join


@functools.cache
def client_for(base: str) -> httpx.Client:
    """One client per base: building one (its TLS context) costs more than the URLs it builds, and
    build_request reads nothing of the client but its base_url."""
    return httpx.Client(base_url=base)


def assert_same_url(got: httpx.URL, expected: httpx.URL, how: str) -> None:
    parts = ("scheme", "host", "port", "raw_path", "query", "fragment")
    diff = {
        p: (getattr(got, p), getattr(expected, p)) for p in parts if getattr(got, p) != getattr(expected, p)
    }
    ok = not diff and str(got) == str(expected) and got == expected
    assert ok, changed(
        "httpx.URL._uri_reference",
        f"a URL built by replacing its path differs from {how}: {str(got)!r} vs {str(expected)!r} {diff}",
    )


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_an_operation_url_is_the_url_httpx_builds(base: str, path: str) -> None:
    url, join = joiner(base)
    got = join(path)
    assert_same_url(got, httpx.URL(str(url) + path), "httpx.URL(base + path)")
    via_client = client_for(base).build_request("GET", path).url
    assert_same_url(got, via_client, "httpx.Client(base_url=base).build_request(path).url")
    if "." not in path:  # URL.join keeps a trailing slash a parse drops for "..": only plain paths
        assert_same_url(got, url.join(path), "httpx.URL(base).join(path)")


segment = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(BASES), segments=st.lists(segment, min_size=1, max_size=4))
def test_any_quoted_parameter_gives_the_url_httpx_builds(base: str, segments: list[str]) -> None:
    path = "media/" + "/".join(quote(s, safe="") for s in segments)
    url, join = joiner(base)
    got = join(path)
    assert_same_url(got, httpx.URL(str(url) + path), "httpx.URL(base + path)")
    via_client = client_for(base).build_request("GET", path).url
    assert_same_url(got, via_client, "httpx.Client(base_url=base).build_request(path).url")
    if PLAIN_PATH.fullmatch(path) and "." not in path and "//" not in path:
        # URL.join resolves like a browser: it drops empty segments a parse keeps.
        assert_same_url(got, url.join(path), "httpx.URL(base).join(path)")


def test_the_request_on_the_wire_has_the_operation_path() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"id": "3f2a-9c_X", "processing_status": "success"}})

    joiner("https://h.test:8443/v1/")  # the fast path is what this request takes
    client = Vimmerse("k", "https://h.test:8443/v1", transport=httpx.MockTransport(handler))
    assert client.media.get("3f2a-9c_X").id == "3f2a-9c_X"
    request = seen[0]
    assert (request.url.raw_path, request.headers["Host"]) == (b"/v1/media/3f2a-9c_X", "h.test:8443"), (
        changed("httpx.URL._uri_reference", f"the request was sent to {request.url!r}")
    )


def test_a_base_with_a_query_takes_the_parsing_path() -> None:
    assert url_joiner(httpx.URL("http://api.vimmerse.test/?tenant=a")) is None


# -- Client._transport._pool._max_connections: the default max_concurrency ------------------------


def test_a_default_client_runs_as_many_requests_as_httpx_default_pool() -> None:
    for http in (httpx.Client(), httpx.AsyncClient()):
        size = pool_size(http)
        assert size is not None, changed(
            f"{type(http).__name__}._transport._pool._max_connections",
            "the pool's size cannot be read: max_concurrency ignores limits= and is always 100",
        )
        # httpx documents 100 as max_connections' default; DEFAULT_MAX_CONCURRENCY is the fallback.
        assert size == DEFAULT_MAX_CONCURRENCY == 100, (
            f"{HTTPX}: the default pool has {size} connections, not 100: update DEFAULT_MAX_CONCURRENCY"
        )
    assert Vimmerse("k", "http://api.test").max_concurrency == 100
    assert AsyncVimmerse("k", "http://api.test").max_concurrency == 100


@pytest.mark.parametrize("n", [1, 7, 250])
def test_the_concurrency_follows_the_limits_the_client_was_built_with(n: int) -> None:
    limits = httpx.Limits(max_connections=n)
    clients = [
        httpx.Client(limits=limits),
        httpx.AsyncClient(limits=limits),
        httpx.Client(transport=httpx.HTTPTransport(limits=limits)),
        httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(limits=limits)),
    ]
    for http in clients:
        assert pool_size(http) == n, changed(
            "Client._transport._pool._max_connections",
            f"Limits(max_connections={n}) reads back as {pool_size(http)}:"
            " max_concurrency does not follow limits=",
        )
    assert Vimmerse("k", "http://api.test", http_client=clients[0]).max_concurrency == n
    assert AsyncVimmerse("k", "http://api.test", http_client=clients[1]).max_concurrency == n


def test_an_unbounded_pool_or_another_transport_has_no_size() -> None:
    assert pool_size(httpx.Client(limits=httpx.Limits(max_connections=None))) is None
    assert pool_size(httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))) is None


# -- httpx._main: import vimmerse without httpx's CLI ---------------------------------------------

HEAVY = ("click", "rich", "pygments")  # as in the probes below

WITH_VIMMERSE = """
import json, sys
import vimmerse
heavy = sorted(m for m in ("click", "rich", "pygments") if m in sys.modules)
import httpx
ok = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204))).get("http://x/").status_code
cli = getattr(sys.modules.get("httpx._main"), "main", None)
code = getattr(cli, "__code__", None)
stand_in = httpx.main is cli and getattr(code, "co_filename", "").endswith("_httpx_internals.py")
sys.argv = ["httpx", "--help"]
try:
    httpx.main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({"heavy": heavy, "status": ok, "stand_in": stand_in, "cli_exit": code}))
"""

HTTPX_ALONE = """
import json, sys
import httpx
print(json.dumps(sorted(m for m in ("click", "rich", "pygments") if m in sys.modules)))
"""


def last_json(code: str) -> tuple[Any, str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stdout


def test_httpx_alone_still_imports_its_cli() -> None:
    """Else keep_cli_unimported has nothing left to save: delete it."""
    loaded, _ = last_json(HTTPX_ALONE)
    assert loaded == sorted(HEAVY), (
        f"{HTTPX}: import httpx no longer imports httpx._main with click, rich and pygments"
        f" (only {loaded}): keep_cli_unimported in vimmerse/_httpx_internals.py saves nothing now"
    )


def test_import_vimmerse_leaves_out_httpx_cli_and_httpx_still_works() -> None:
    report, stdout = last_json(WITH_VIMMERSE)
    assert report["heavy"] == [], changed(
        "httpx._main (imported by `from ._main import main` in httpx/__init__.py)",
        f"import vimmerse loads {report['heavy']} again, about 60 ms (bench/RESULTS.md section 6)",
    )
    assert report["status"] == 204 and report["stand_in"], report
    assert report["cli_exit"] in (0, None) and "HTTPX" in stdout, changed(
        "httpx.main / httpx._main.main", f"the httpx command no longer runs through the stand-in: {stdout!r}"
    )


# -- isolation: no other module of the package touches these internals ----------------------------

PRIVATE_ATTRIBUTES = {"_uri_reference", "_transport", "_pool", "_max_connections"}


def private_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in PRIVATE_ATTRIBUTES:
            if not (isinstance(node.value, ast.Name) and node.value.id == "self"):  # a class's own
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in PRIVATE_ATTRIBUTES or node.value.startswith(("httpx._", "httpcore._")):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("httpx._", "httpcore")):
            found.append(f"{path.name}:{node.lineno}: from {node.module}")
        elif isinstance(node, ast.Import):
            found += [
                f"{path.name}:{node.lineno}: import {a.name}"
                for a in node.names
                if a.name.startswith(("httpx._", "httpcore"))
            ]
    return found


def test_only_httpx_internals_touches_httpx_internals() -> None:
    assert private_uses(PACKAGE / "_httpx_internals.py")  # the scan sees what it looks for
    elsewhere = [
        use
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_httpx_internals.py"
        for use in private_uses(path)
    ]
    assert elsewhere == [], "private httpx names outside vimmerse/_httpx_internals.py"
