"""Every use of a private httpx (or httpcore) name in this package, one function each.

httpx offers no public way to do these three things, and each saves something measured. Each
function has a fallback that keeps the client correct when the internal is gone or has changed
meaning, so a patch release of httpx can switch a saving off without an error anywhere:
``tests/reliability/test_httpx_internals.py`` is what notices, naming the httpx version and the
internal. Nothing else in the package touches an underscored httpx name.

This module imports httpx only inside its functions: ``keep_cli_unimported`` must run before
httpx is first imported.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["PLAIN_PATH", "keep_cli_unimported", "pool_size", "url_joiner"]

#: A path httpx would parse to itself: only characters a path may hold unescaped (``quote``
#: escapes the rest of every parameter), and no dot (no ``.``/``..`` segment to normalize away).
PLAIN_PATH = re.compile(r"[A-Za-z0-9_~%!$&'()*+,;=:@/-]*")


def url_joiner(base: httpx.URL) -> Callable[[str], httpx.URL] | None:
    """A function from a relative path to ``base`` + that path, parsing only what needs it.

    Relies on: ``httpx.URL._uri_reference``, the parsed form of a URL, being a named tuple with a
    ``path`` field, and on a URL made by ``URL.__new__`` with only that attribute set being a
    whole URL. A path matching ``PLAIN_PATH`` then replaces the base's path in its parsed form;
    any other path is parsed as usual (``httpx.URL(str(base) + path)``).

    Why: an operation's URL only ever differs from the base in its path, and parsing a URL is
    httpx's dearest step in building a request (11 µs of a 160 µs ``get`` in bench/overhead.py).
    httpx has no public way to swap a URL's path without parsing again (``copy_with`` parses too).
    With it, the SDK's whole ``media.get`` costs less than a raw ``httpx`` get + ``.json()``: the
    "rest of the SDK" adds -9 µs to media.get and -23 µs to story.get (bench/RESULTS.md section 1;
    README: 0.97x and 0.99x of the raw call, where httpx parses each relative URL and merges it
    with ``base_url``).

    When the internal is gone or means something else: the first join is compared with httpx's
    own parse of the same URL; if they differ, or anything raises, or the base has a query or
    fragment (kept by a parse, lost by a path swap), this returns None and the caller parses
    every URL. Same URLs, a few µs more per call.
    """
    import httpx

    ref = getattr(base, "_uri_reference", None)
    if ref is None or not hasattr(ref, "_replace") or base.query or base.fragment:
        return None
    prefix = base.raw_path.decode("ascii")
    base_str = str(base)
    new_url = httpx.URL.__new__
    plain = PLAIN_PATH.fullmatch

    def join(path: str) -> httpx.URL:
        if not plain(path):
            return httpx.URL(base_str + path)
        url = new_url(httpx.URL)
        url._uri_reference = ref._replace(path=prefix + path)
        return url

    try:
        probe, parsed = join("media/x%20y/status"), httpx.URL(base_str + "media/x%20y/status")
        same = str(probe) == str(parsed) and probe.raw_path == parsed.raw_path and probe == parsed
    except Exception:  # any surprise from httpx internals: parse as usual
        return None
    return join if same else None


def pool_size(http: httpx.Client | httpx.AsyncClient) -> int | None:
    """The connection pool's ``max_connections``; None when it cannot be read or is unbounded.

    Relies on: the client's default transport at ``Client._transport`` (``httpx.HTTPTransport``
    or ``AsyncHTTPTransport``) holding its httpcore pool at ``._pool``, whose ``_max_connections``
    is ``Limits.max_connections`` (``sys.maxsize`` for ``None``).

    Why: the client's own gate bounds the requests in flight (``max_concurrency``) at the pool's
    size. More would queue in httpcore's pool, which rescans its whole queue on every connection
    event (77 % of a fan-out's CPU, see ``_backends``); fewer would leave connections idle. With
    the bound at the pool's 100 connections, 1,000 jobs run at 0.99x the rate limit's floor for
    10.4 ms of client CPU each (bench/RESULTS.md section 3, README's benchmark table). httpx has
    no public accessor for the limits a client was built with.

    When the internal is gone: None, and ``default_concurrency`` uses httpx's default (100),
    which is also what it uses for other transports (mocks, the fake's). A client built with
    ``limits=`` then gets a bound of 100 instead of its pool's size until ``max_concurrency=``
    is passed.
    """
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    size = getattr(pool, "_max_connections", None)
    if isinstance(size, int) and 0 < size < sys.maxsize:
        return size
    return None


_CLI = "httpx._main"


def _cli_main(*args: Any, **kwargs: Any) -> Any:
    if sys.modules.get(_CLI) is _CLI_STAND_IN:
        del sys.modules[_CLI]
    from httpx._main import main

    return main(*args, **kwargs)


_CLI_STAND_IN = types.ModuleType(_CLI, "Stand-in for httpx's CLI, imported on first use (vimmerse).")
_CLI_STAND_IN.main = _cli_main  # type: ignore[attr-defined]


def keep_cli_unimported() -> None:
    """Keep httpx from importing its command-line tool until someone runs it.

    Relies on: ``import httpx`` getting its CLI with ``from ._main import main`` (guarded by
    ``try``/``except ImportError``), so a module already registered as ``httpx._main`` in
    ``sys.modules`` is used instead of the real one; and ``httpx.main`` being called as
    ``main(*args, **kwargs)`` (the ``httpx`` console script).

    Why: httpx imports ``httpx._main`` (click, rich, pygments) whenever those are installed, and
    this package's own CLI installs them. That is a third of ``import httpx``: 156 ms against
    99.6 ms without the CLI, best rounds (bench/RESULTS.md section 6); with it deferred,
    ``import vimmerse`` takes 116 ms, 0.74x ``import httpx`` (README's benchmark table). Nothing
    in the SDK uses httpx's CLI; the stand-in's ``main`` imports the real module and runs it, so
    the ``httpx`` command still works.

    When the internal is gone (httpx renames ``_main`` or stops importing it): the stand-in is
    never used and ``import vimmerse`` pays for click and rich again, about 60 ms; nothing
    breaks. If httpx was imported already, nothing is changed.
    """
    if "httpx" not in sys.modules and _CLI not in sys.modules:
        sys.modules[_CLI] = _CLI_STAND_IN
