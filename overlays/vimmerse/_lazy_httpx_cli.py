"""Keep ``import vimmerse`` from importing httpx's command-line tool.

httpx imports its CLI (``httpx._main``: click, rich, pygments; about 60 ms, a third of ``import
httpx``) whenever those packages are installed, and this package's own CLI installs them. Nothing
here uses httpx's CLI, so before httpx is first imported ``httpx._main`` is registered as a small
stand-in whose ``main`` imports the real module when it is called: the ``httpx`` console script
still works, nobody else pays for it. If httpx was imported already, nothing is changed.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_NAME = "httpx._main"


def _main(*args: Any, **kwargs: Any) -> Any:
    if sys.modules.get(_NAME) is _STAND_IN:
        del sys.modules[_NAME]
    from httpx._main import main

    return main(*args, **kwargs)


_STAND_IN = types.ModuleType(_NAME, "Stand-in for httpx's CLI, imported on first use (vimmerse).")
_STAND_IN.main = _main  # type: ignore[attr-defined]


def install() -> None:
    if "httpx" not in sys.modules and _NAME not in sys.modules:
        sys.modules[_NAME] = _STAND_IN
