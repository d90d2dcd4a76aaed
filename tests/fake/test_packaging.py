"""Package boundaries: ``pip install vimmerse`` without the ``fake`` extra registers the
``vimmerse_fake`` pytest plugin in every pytest run, so the plugin (and the package it lives in)
must import without the extra's dependencies; the in-process transports import without the app."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import vimmerse_fake

# The `fake` extra (pyproject.toml) and what it pulls in.
EXTRA_MODULES = ("starlette", "uvicorn", "openapi_core", "av", "multipart", "python_multipart", "yaml")

BLOCKER = f"""
import sys

BLOCKED = {EXTRA_MODULES!r}


class WithoutTheFakeExtra:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked by the test)", name=name)
        return None


sys.meta_path.insert(0, WithoutTheFakeExtra())
"""

USER_TESTS = """
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig


def test_an_unrelated_test():
    assert DEMO_API_KEY


def test_config_fixture(vimmerse_fake_config):
    assert isinstance(vimmerse_fake_config, FakeConfig) and vimmerse_fake_config.speed == 100.0


@pytest.mark.vimmerse_fake(manual_clock=True)
def test_marker_is_registered(vimmerse_fake_config):
    assert vimmerse_fake_config.manual_clock


def test_the_fake_itself_needs_the_extra(vimmerse_fake):
    pass
"""


def run_python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(code)],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_plugin_imports_without_the_fake_extra(tmp_path: Path) -> None:
    proc = run_python(
        """
        import importlib.metadata

        import vimmerse_fake.pytest_plugin

        [entry] = importlib.metadata.entry_points(group="pytest11", name="vimmerse_fake")
        assert entry.load() is vimmerse_fake.pytest_plugin
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
        assert not loaded, loaded
        try:
            vimmerse_fake.FakeVimmerse
        except ModuleNotFoundError as exc:  # the CLI names the missing module from exc.name
            assert exc.name in BLOCKED, exc.name
        else:
            raise AssertionError("FakeVimmerse imported without the extra")
        print("ok")
        """,
        tmp_path,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_pytest_runs_with_the_plugin_without_the_fake_extra(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    proc = run_python(
        f"""
        import pytest

        args = ["-p", "vimmerse_fake.pytest_plugin", "-p", "no:cacheprovider", "--strict-markers", "-rA"]
        sys.exit(pytest.main([*args, {str(tmp_path / "test_user.py")!r}]))
        """,
        tmp_path,
        PYTEST_DISABLE_PLUGIN_AUTOLOAD="1",
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out  # exactly the test that uses the fake fails...
    assert "3 passed, 1 error" in out and "warning" not in out, out
    assert "pip install 'vimmerse[fake]'" in out, out  # ...saying what to install


def test_transport_and_errors_import_without_the_app(tmp_path: Path) -> None:
    proc = run_python(
        """
        import vimmerse_fake.errors
        import vimmerse_fake.testing
        import vimmerse_fake.transport

        assert "vimmerse_fake.core" not in sys.modules and "vimmerse_fake.app" not in sys.modules
        print("ok")
        """,
        tmp_path,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_public_api_and_py_typed() -> None:
    expected = {
        "DEFAULT_CREDITS",
        "DEMO_API_KEY",
        "WIRE_MODES",
        "Clock",
        "ConnectionDropped",
        "FakeConfig",
        "FakeVimmerse",
        "ManualClock",
        "ResponseValidationFailed",
        "RunningFake",
        "check_admin_token",
        "check_rate_limit",
        "parse_api_key",
        "serve",
    }
    assert set(vimmerse_fake.__all__) == expected
    assert all(getattr(vimmerse_fake, name) is not None for name in expected)
    from vimmerse_fake.validation import ResponseValidationFailed

    assert ResponseValidationFailed is vimmerse_fake.ResponseValidationFailed
    assert (Path(vimmerse_fake.__file__).parent / "py.typed").is_file()
