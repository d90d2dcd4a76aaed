"""Running the tools: generate a target, count its generator's warnings, compile it with its
end-to-end script and the target's wire adapter (polyglot/adapters/)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from targets import ADAPTERS, DEBIAN_JARS, E2E, HERE, JSR310_JAR, NODE_BIN, OUT, ROOT, VENV_BIN, Target


def run(
    cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: float = 300
) -> tuple[int, str]:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout


def tail(text: str, lines: int = 25) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines()[-lines:])


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def warning_lines(target: Target, log: str) -> list[str]:
    """The generator's warnings, normalised (no paths or timestamps) so they can be baselined."""
    found = []
    for raw in ANSI.sub("", log).splitlines():
        line = raw.strip()
        if target.name.startswith("oag-"):
            m = re.match(r"^\[[^\]]+\] WARN\s+\S+ - (.*)$", line)
            if m:
                found.append(m.group(1).replace(str(ROOT), "."))
        elif re.search(r"\b(warn|warning)\b|⚠", line, re.I):
            found.append(line.replace(str(ROOT), "."))
    return found


def read_table(path: Path, columns: int) -> list[list[str]]:
    """Rows of a `a | b | c` file; `#` starts a comment line."""
    rows = []
    for line in path.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split(" | ", columns - 1)]
        if len(cells) != columns:
            raise SystemExit(f"{path.name}: expected {columns} columns: {line!r}")
        rows.append(cells)
    return rows


def generate(target: Target) -> tuple[Target, int, str, float]:
    shutil.rmtree(target.out, ignore_errors=True)
    target.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    code, text = run(target.generate)
    (OUT / f"{target.name}.generate.log").write_text(text)
    return target, code, text, time.monotonic() - started


def compile_target(target: Target) -> tuple[bool, str]:
    if target.language == "python":
        code, text = run(
            [sys.executable, "-c", "import vimmerse_oag, vimmerse_oag.api.media_api; print('import ok')"],
            env={"PYTHONPATH": python_path(target)},
        )
        if code == 0:  # the script type-checked against the generated package, like tsc --strict
            mypy = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"]
            mypy += ["--cache-dir", str(OUT / "mypy-cache"), str(E2E / "python" / "e2e.py")]
            code, more = run(mypy, env={"MYPYPATH": python_path(target)})
            text += more
        return code == 0, text
    if target.language == "ts":
        tsconfig = OUT / f"tsconfig-{target.name}.json"
        script = {
            "oag-typescript-fetch": "typescript-fetch.ts",
            "openapi-typescript": "openapi-fetch.ts",
            "hey-api": "hey-api.ts",
        }[target.name]
        tsconfig.write_text(
            json.dumps(
                {
                    "extends": str(E2E / "ts" / "tsconfig.base.json"),
                    "compilerOptions": {"outDir": str(OUT / f"js-{target.name}"), "rootDir": str(HERE)},
                    "files": [str(E2E / "ts" / script)],
                },
                indent=2,
            )
        )
        code, text = run([str(NODE_BIN / "tsc"), "-p", str(tsconfig)])
        return code == 0, text
    if target.language == "go":
        cmd_dir = target.out / "cmd" / "e2e"
        cmd_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(E2E / "go" / "main.go", cmd_dir / "main.go")
        shutil.copytree(ADAPTERS / "go" / "vimmersewire", target.out / "vimmersewire", dirs_exist_ok=True)
        env = {"GOPROXY": "off", "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"}
        env.update({"GOPATH": str(OUT / "gopath"), "GOCACHE": str(OUT / "gocache")})
        code, text = run(["go", "build", "."], cwd=target.out, env=env)
        if code == 0:
            code, more = run(["go", "build", "-o", str(OUT / "go-e2e"), "./cmd/e2e"], cwd=target.out, env=env)
            text += more
        if code == 0:
            code, more = run(["go", "vet", ".", "./vimmersewire", "./cmd/e2e"], cwd=target.out, env=env)
            text += more
        if code == 0:  # the adapter and the script as a Go team would take them
            _, unformatted = run(["gofmt", "-l", "vimmersewire", "cmd/e2e"], cwd=target.out, env=env)
            if unformatted.strip():
                code, text = 1, text + "gofmt -l: not formatted:\n" + unformatted
        return code == 0, text
    if target.language == "java":
        classes = OUT / "java-classes"
        shutil.rmtree(classes, ignore_errors=True)
        sources = sorted(str(p) for p in (target.out / "src" / "main" / "java").rglob("*.java"))
        sources += [str(E2E / "java" / "E2E.java"), str(ADAPTERS / "java" / "VimmerseWire.java")]
        code, text = run(
            ["javac", "-nowarn", "-encoding", "UTF-8", "-d", str(classes), "-cp", java_classpath(), *sources]
        )
        return code == 0, text
    raise AssertionError(target.language)


def python_path(target: Target) -> str:
    """The generated package and the wire adapter (vimmerse_wire)."""
    return os.pathsep.join([str(target.out), str(ADAPTERS / "python")])


def java_classpath(extra: list[Path] | None = None) -> str:
    jars = [f"/usr/share/java/{name}.jar" for name in DEBIAN_JARS] + [str(JSR310_JAR)]
    return ":".join([str(p) for p in extra or []] + jars)


def extract_jsr310() -> None:
    """jackson-datatype-jsr310 has no Debian package; openapi-generator's jar (PyPI) carries it."""
    if JSR310_JAR.exists():
        return
    jar = next(
        (VENV_BIN.parent / "lib").glob("python3*/site-packages/openapi_generator_cli/openapi-generator.jar")
    )
    JSR310_JAR.parent.mkdir(parents=True, exist_ok=True)
    tmp = JSR310_JAR.with_suffix(".tmp")
    with zipfile.ZipFile(jar) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename.startswith("com/fasterxml/jackson/datatype/jsr310/"):
                dst.writestr(info, src.read(info))
    tmp.replace(JSR310_JAR)
