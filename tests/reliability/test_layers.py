"""The layers between the packages, as `make lint` checks them (import-linter, [tool.importlinter]).

The first test runs ``lint-imports`` on the repository as `make lint` does. The second proves no
contract holds only because it checks nothing: on a scratch copy of the packages, one import per
contract is added that breaks it, and every contract must then be reported broken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
# Where each root package lives in the repository (pyproject's dev-mode-dirs, and bench at the root).
SOURCES = {
    "vimmerse_openapi": ROOT / "generated" / "vimmerse_openapi",
    "vimmerse": ROOT / "overlays" / "vimmerse",
    "vimmerse_fake": ROOT / "fake" / "vimmerse_fake",
    "bench": ROOT / "bench",
}


def contracts() -> list[dict[str, object]]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        config = tomllib.load(f)["tool"]["importlinter"]
    assert sorted(config["root_packages"]) == sorted(SOURCES)
    return list(config["contracts"])


def lint_imports(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_lint_imports_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken." in result.stdout


def module_file(copy: Path, module: str) -> Path:
    path = copy.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def add_import(copy: Path, importer: str, imported: str) -> None:
    with module_file(copy, importer).open("a") as f:
        f.write(f"\nimport {imported}\n")


def a_new_cycle(graph: grimp.ImportGraph, package: str, known: set[str]) -> tuple[str, str]:
    """An import between two children of ``package`` (neither in ``known``), to be added reversed."""
    children = sorted(graph.find_children(package) - known)
    for importer in children:
        for imported in children:
            if importer != imported and graph.direct_import_exists(
                importer=importer, imported=imported, as_packages=True
            ):
                return imported, importer
    raise AssertionError(f"no import between the children of {package}")


def test_every_contract_breaks_on_the_import_it_forbids(tmp_path: Path):
    copy = tmp_path / "src"
    for name, source in SOURCES.items():
        shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.md"))
    graph = grimp.build_graph("vimmerse", "vimmerse_openapi", "vimmerse_fake", cache_dir=None)
    # Each import a forbidden contract forbids, as the report names it (an external module by its top).
    forbidden = [
        ("vimmerse_openapi.types", "vimmerse.errors", "vimmerse.errors"),
        ("vimmerse_openapi.types", "vimmerse_fake.clock", "vimmerse_fake.clock"),
        ("vimmerse_fake.clock", "vimmerse.errors", "vimmerse.errors"),
        ("vimmerse_fake.clock", "vimmerse_openapi.types", "vimmerse_openapi.types"),
        ("vimmerse.errors", "vimmerse_fake.clock", "vimmerse_fake.clock"),
        ("vimmerse.errors", "bench", "bench"),
        ("vimmerse_fake.clock", "tests.sdk", "tests"),
    ]
    cycles = [
        a_new_cycle(graph, "vimmerse", set()),
        a_new_cycle(graph, "vimmerse_openapi", set()),
        a_new_cycle(graph, "vimmerse_fake", set()),
    ]
    for importer, imported, _ in forbidden:
        add_import(copy, importer, imported)
    for importer, imported in cycles:
        add_import(copy, importer, imported)
    config = tmp_path / "pyproject.toml"
    shutil.copy(ROOT / "pyproject.toml", config)
    # The copy comes before the editable install's source roots on sys.path.
    env = {**os.environ, "PYTHONPATH": str(copy)}

    result = lint_imports(copy, "--config", str(config), env=env)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Contracts: 0 kept, {len(contracts())} broken." in result.stdout, result.stdout
    for importer, _, shown in forbidden:
        assert f"-   {importer} -> {shown} (l." in result.stdout, (importer, shown)
    for package in ("vimmerse", "vimmerse_openapi", "vimmerse_fake"):
        assert f"No cycles are allowed in {package}." in result.stdout, result.stdout
