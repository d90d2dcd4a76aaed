"""`make polyglot`: clients from common generators, generated from openapi.yaml, proven to work.

For each target: generate (pinned generator, flags from TARGETS), count the generator's warnings
against ``warnings-baseline.txt``, compile (tsc --strict, go build, javac, Python import), check
that no response property the document types concretely came out as ``Any``/``{}``/``object``
(exceptions in ``typing-exceptions.txt``), then run a create -> poll -> download script against
the fake served on loopback (``serve_fake.py``), whose file host refuses requests carrying
``X-Api-Key``. Ends with the table of results (docs/polyglot.md) and exits non-zero on any failure.

Usage: ``.venv/bin/python polyglot/run.py [--only NAME[,NAME]] [--raw-fake] [--jobs N]``.
Tools are installed by ``polyglot/polyglot.mk`` (pip, npm ci, apt-get); this script only uses them.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# POLYGLOT_SPEC: run the whole check on another document (e.g. to see what a change would break).
SPEC = Path(os.environ.get("POLYGLOT_SPEC", ROOT / "openapi.yaml")).resolve()
OUT = HERE / "out"
E2E = HERE / "e2e"
NODE_BIN = HERE / "node_modules" / ".bin"
VENV_BIN = Path(sys.executable).parent
OAG = str(VENV_BIN / "openapi-generator-cli")
OAG_VERSION = "7.26.0"

# Jars for javac/java, all from Debian packages (polyglot.mk installs them), except
# jackson-datatype-jsr310 (no Debian package), taken from the openapi-generator jar (PyPI).
DEBIAN_JARS = [
    "jackson-core",  # libjackson2-core-java
    "jackson-databind",  # libjackson2-databind-java
    "jackson-annotations",  # libjackson2-annotations-java
    "httpmime",  # libhttpmime-java (multipart bodies)
    "httpclient",  # libhttpclient-java (urlencoded bodies)
    "httpcore",  # libhttpcore-java
    "jakarta-annotation-api",  # libjakarta-annotation-api-java (@jakarta.annotation.Nullable, Generated)
]
JSR310_JAR = OUT / "lib" / "jackson-datatype-jsr310.jar"

OAG_COMMON = {"hideGenerationTimestamp": "true"}
# openapi-generator's own tests and docs are not needed to prove the client (and take time).
OAG_GLOBAL = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"


@dataclass
class Target:
    name: str  # short name used in files and the table
    label: str  # how the table names it
    generate: list[str]  # command, run from ROOT
    language: str  # python | ts | go | java
    out: Path
    notes: list[str] = field(default_factory=list)


def oag(generator: str, out: str, props: dict[str, str], library: str | None = None) -> list[str]:
    cmd = [OAG, "generate", "-i", str(SPEC), "-g", generator, "-o", str(OUT / out)]
    if library:
        cmd += ["--library", library]
    merged = {**OAG_COMMON, **props}
    cmd += ["--additional-properties=" + ",".join(f"{k}={v}" for k, v in merged.items())]
    cmd += ["--global-property=" + OAG_GLOBAL]
    return cmd


TARGETS = [
    Target(
        "oag-python",
        "openapi-generator `python`",
        oag("python", "oag-python", {"packageName": "vimmerse_oag", "projectName": "vimmerse-oag"}),
        "python",
        OUT / "oag-python",
    ),
    Target(
        "oag-typescript-fetch",
        "openapi-generator `typescript-fetch`",
        oag("typescript-fetch", "oag-typescript-fetch", {"supportsES6": "true", "npmName": "vimmerse-oag"}),
        "ts",
        OUT / "oag-typescript-fetch",
    ),
    Target(
        "oag-go",
        "openapi-generator `go`",
        [
            *oag(
                "go",
                "oag-go",
                # enumClassPrefix: enums share member names (AUTO in five of them); without the prefix
                # Go constants are package-level and redeclared.
                # enumUnknownDefaultCase: an enum value the document does not list yet (the service adds
                # motion types) reads as *_UNKNOWN_DEFAULT_OPEN_API instead of failing the whole answer.
                {
                    "packageName": "vimmerse",
                    "enumClassPrefix": "true",
                    "enumUnknownDefaultCase": "true",
                    "isGoSubmodule": "false",
                },
            ),
            "--git-user-id",
            "vimmerse",
            "--git-repo-id",
            "vimmerse-go",
        ],
        "go",
        OUT / "oag-go",
    ),
    Target(
        "oag-java",
        "openapi-generator `java --library native`",
        oag(
            "java",
            "oag-java",
            # openApiNullable=false: jackson-databind-nullable is in no Debian package and the
            # document has one nullable field (Story.webhook_url), which a plain null covers.
            # useJakartaEe: annotations from libjakarta-annotation-api-java.
            # enumUnknownDefaultCase: as for Go (Jackson otherwise throws on an unlisted value).
            {
                "openApiNullable": "false",
                "useJakartaEe": "true",
                "enumUnknownDefaultCase": "true",
                "invokerPackage": "net.vimmerse.client",
                "apiPackage": "net.vimmerse.client.api",
                "modelPackage": "net.vimmerse.client.model",
            },
            library="native",
        ),
        "java",
        OUT / "oag-java",
    ),
    Target(
        "openapi-typescript",
        "openapi-typescript + openapi-fetch",
        # --default-non-nullable=false: the generator's default makes every property with a
        # `default` required in the *request* types too (57 fields a caller would have to set).
        # Through its Node API (e2e/ts/openapi-typescript.mjs) to type `format: binary` as Blob.
        [
            "node",
            str(E2E / "ts" / "openapi-typescript.mjs"),
            str(SPEC),
            str(OUT / "openapi-typescript" / "schema.d.ts"),
        ],
        "ts",
        OUT / "openapi-typescript",
    ),
    Target(
        "hey-api",
        "@hey-api/openapi-ts",
        [
            str(NODE_BIN / "openapi-ts"),
            "-i",
            str(SPEC),
            "-o",
            str(OUT / "hey-api"),
            "-c",
            "@hey-api/client-fetch",
            "--no-log-file",
        ],
        "ts",
        OUT / "hey-api",
    ),
]

# ----------------------------------------------------------------------------- helpers


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


# --------------------------------------------------------------------- response schemas


def response_schemas(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Named object schemas reachable from any response or webhook payload: name -> schema."""
    schemas = doc["components"]["schemas"]
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found and schemas[name].get("type") == "object":
                    found[name] = schemas[name]
                    walk(schemas[name])
                return
            for key, value in node.items():
                if not key.startswith("x-"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    def walk_response(resp: dict[str, Any]) -> None:
        if "$ref" in resp:
            resp = doc["components"]["responses"][resp["$ref"].rsplit("/", 1)[-1]]
        walk(resp.get("content", {}))

    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for resp in op["responses"].values():
                walk_response(resp)
            for callback in op.get("callbacks", {}).values():  # what the service sends us
                for cb_item in callback.values():
                    for cb_op in cb_item.values():
                        walk(cb_op.get("requestBody", {}))
    return found


def concrete(prop: dict[str, Any]) -> bool:
    """Does the document give this property a concrete type (not a free-form value)?"""
    if "$ref" in prop or prop.get("type") or "enum" in prop:
        return True
    return any(key in prop for key in ("allOf", "anyOf", "oneOf"))


OPAQUE = {
    "python": re.compile(r"\bAny\b|\bobject\b"),
    "go": re.compile(r"interface\{\}|\bany\b"),
    "java": re.compile(r"^(Object|Map<String, Object>|List<Object>)$"),
    "ts": re.compile(
        r"^(any|unknown|\{\}|object|Record<string, (unknown|any|never)>"
        r"|\{ \[key: string\]: (any|unknown); \})(\[\])?$"
    ),
}


def snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", s).lower()


def python_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name in names:
        path = target.out / "vimmerse_oag" / "models" / f"{snake(name)}.py"
        if not path.exists():
            continue
        props: dict[str, str] = {}
        in_class = False
        for line in path.read_text().splitlines():
            if line.startswith(f"class {name}("):
                in_class = True
                continue
            if in_class and re.match(r"^\S", line):
                break
            m = re.match(r"^    (\w+): (.+?)(?: = (Field\(.*\)|None|.*))?$", line) if in_class else None
            if (
                m
                and not m.group(1).startswith("_")
                and m.group(1) not in ("model_config", "additional_properties")
            ):
                alias = re.search(r'alias="([^"]+)"', line)
                props[alias.group(1) if alias else m.group(1)] = m.group(2)
        out[name] = props
    return out


def go_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name in names:
        path = target.out / f"model_{snake(name)}.go"
        if not path.exists():
            continue
        text = path.read_text()
        body = re.search(rf"^type {name} struct \{{\n(.*?)^\}}", text, re.S | re.M)
        if not body:
            continue
        props = {}
        for m in re.finditer(r'^\t\w+ (\S+) `json:"([^",]+)', body.group(1), re.M):
            props[m.group(2)] = m.group(1).lstrip("*")
        out[name] = props
    return out


def java_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    base = target.out / "src" / "main" / "java" / "net" / "vimmerse" / "client" / "model"
    for name in names:
        path = base / f"{name}.java"
        if not path.exists():
            continue
        props: dict[str, str] = {}
        pending: str | None = None
        for line in path.read_text().splitlines():
            m = re.match(r'^  public static final String JSON_PROPERTY_\w+ = "([^"]+)";', line)
            if m:
                pending = m.group(1)
                continue
            m = re.match(r"^  private (.+?) \w+( = .*)?;$", line)
            if m and pending:
                props[pending] = m.group(1)
                pending = None
        out[name] = props
    return out


def ts_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    """Property types as the TypeScript checker prints them (polyglot/e2e/ts/types.mjs)."""
    if target.name == "oag-typescript-fetch":
        module, expr = "./oag-typescript-fetch/src/models/index", "{name}"
    elif target.name == "hey-api":
        module, expr = "./hey-api/types.gen", "{name}"
    else:
        module, expr = "./openapi-typescript/schema", "components['schemas']['{name}']"
    probe = OUT / f"types-probe-{target.name}.ts"
    exported = {n: n for n in names}
    if target.name == "hey-api":  # it renames some (HTTPValidationError -> HttpValidationError)
        declared = re.findall(r"^export type (\w+) = ", (target.out / "types.gen.ts").read_text(), re.M)
        by_lower = {d.lower(): d for d in declared}
        exported = {n: by_lower[n.lower()] for n in names if n.lower() in by_lower}
    imported = "components" if target.name == "openapi-typescript" else ", ".join(exported.values())
    lines = [f"import type {{ {imported} }} from '{module}';"]
    lines += [f"export type Probe_{n} = {expr.format(name=e)};" for n, e in exported.items()]
    probe.write_text("\n".join(lines) + "\n")
    code, text = run(["node", str(E2E / "ts" / "types.mjs"), str(probe)], cwd=HERE)
    if code != 0:
        raise RuntimeError("types.mjs failed:\n" + tail(text))
    found = {k.removeprefix("Probe_"): v for k, v in json.loads(text).items()}
    if target.name == "oag-typescript-fetch":  # camelCase properties: map back to the JSON names
        for name, props in found.items():
            model = (target.out / "src" / "models" / f"{name}.ts").read_text()
            pairs = re.findall(r"^\s+'(\w+)': .*?json\['([^']+)'\]", model, re.M)
            found[name] = {json_name: props[ts_name] for ts_name, json_name in pairs if ts_name in props}
    return found


TYPE_READERS = {"python": python_types, "go": go_types, "java": java_types, "ts": ts_types}


def allof_enum_parameters(doc: dict[str, Any]) -> set[str]:
    """``operation(parameter)`` (the python target's names) of every form-body field written
    ``allOf: [{$ref: <an enum>}]`` (+ ``default``/``description``), which that target types Any."""
    schemas = doc["components"]["schemas"]
    found = set()
    for item in doc["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch") or "requestBody" not in op:
                continue
            snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower()
            for media_type, content in op["requestBody"]["content"].items():
                if media_type == "application/json":
                    continue
                body = schemas[content["schema"]["$ref"].rsplit("/", 1)[-1]]
                for name, prop in body.get("properties", {}).items():
                    members = prop.get("allOf", [])
                    wraps_one_ref = len(members) == 1 and "$ref" in members[0]
                    if wraps_one_ref and "enum" in schemas[members[0]["$ref"].rsplit("/", 1)[-1]]:
                        found.add(f"{snake}({name})")
    return found


def check_types(
    target: Target, doc: dict[str, Any], exceptions: set[tuple[str, str]]
) -> tuple[bool, list[str]]:
    schemas = response_schemas(doc)
    generated = TYPE_READERS[target.language](target, sorted(schemas))
    problems: list[str] = []
    excused: list[str] = []
    checked = 0
    for name, schema in sorted(schemas.items()):
        if name not in generated:
            problems.append(f"{name}: no generated type found")
            continue
        for prop, prop_schema in schema.get("properties", {}).items():
            if not concrete(prop_schema):
                continue
            typ = generated[name].get(prop)
            checked += 1
            if typ is None:
                problems.append(f"{name}.{prop}: property missing from the generated type")
            elif OPAQUE[target.language].search(typ.replace(" | undefined", "").replace(" | null", "")):
                where = (target.name, f"{name}.{prop}")
                (excused if where in exceptions else problems).append(f"{name}.{prop}: {typ}")
    if target.language == "python":  # form parameters typed Any
        wrapped = allof_enum_parameters(doc)
        for api in sorted((target.out / "vimmerse_oag" / "api").glob("*_api.py")):
            for m in re.finditer(r"^    def (\w+)\(\n(.*?)\n    \)", api.read_text(), re.M | re.S):
                if m.group(1).endswith(("_with_http_info", "_without_preload_content", "_serialize")):
                    continue
                for param in re.findall(r"^        ([a-z]\w*): (.*),$", m.group(2), re.M):
                    checked += 1
                    if OPAQUE["python"].search(param[1].split("Field(")[0]):
                        call = f"{m.group(1)}({param[0]})"
                        if call in wrapped:
                            excused.append(f"request parameter {call}: allOf-wrapped enum in a form body")
                            continue
                        listed = (target.name, call) in exceptions
                        (excused if listed else problems).append(f"request parameter {call}: {param[1]}")
    notes = [f"{checked} response properties and request parameters checked"]
    notes += [f"accepted (typing-exceptions.txt): {e}" for e in excused]
    return not problems, notes + problems


# -------------------------------------------------------------------------- compile


def compile_target(target: Target) -> tuple[bool, str]:
    if target.language == "python":
        code, text = run(
            [sys.executable, "-c", "import vimmerse_oag, vimmerse_oag.api.media_api; print('import ok')"],
            env={"PYTHONPATH": str(target.out)},
        )
        if code == 0:  # the script type-checked against the generated package, like tsc --strict
            mypy = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"]
            mypy += ["--cache-dir", str(OUT / "mypy-cache"), str(E2E / "python" / "e2e.py")]
            code, more = run(mypy, env={"MYPYPATH": str(target.out)})
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
        env = {"GOPROXY": "off", "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"}
        env.update({"GOPATH": str(OUT / "gopath"), "GOCACHE": str(OUT / "gocache")})
        code, text = run(["go", "build", "."], cwd=target.out, env=env)
        if code == 0:
            code, more = run(["go", "build", "-o", str(OUT / "go-e2e"), "./cmd/e2e"], cwd=target.out, env=env)
            text += more
        if code == 0:
            code, more = run(["go", "vet", ".", "./cmd/e2e"], cwd=target.out, env=env)
            text += more
        return code == 0, text
    if target.language == "java":
        classes = OUT / "java-classes"
        shutil.rmtree(classes, ignore_errors=True)
        sources = sorted(str(p) for p in (target.out / "src" / "main" / "java").rglob("*.java"))
        sources.append(str(E2E / "java" / "E2E.java"))
        code, text = run(
            ["javac", "-nowarn", "-encoding", "UTF-8", "-d", str(classes), "-cp", java_classpath(), *sources]
        )
        return code == 0, text
    raise AssertionError(target.language)


def java_classpath(extra: list[Path] | None = None) -> str:
    jars = [f"/usr/share/java/{name}.jar" for name in DEBIAN_JARS] + [str(JSR310_JAR)]
    return ":".join([str(p) for p in extra or []] + jars)


def extract_jsr310() -> None:
    """jackson-datatype-jsr310 has no Debian package; openapi-generator's jar (PyPI) carries it."""
    if JSR310_JAR.exists():
        return
    import zipfile

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


# ---------------------------------------------------------------------------- e2e


class Fake:
    def __init__(self, raw: bool) -> None:
        cmd = [sys.executable, str(HERE / "serve_fake.py"), "--spec", str(SPEC)] + (["--raw"] if raw else [])
        self.log = open(OUT / "fake.log", "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fake did not start; see polyglot/out/fake.log")
        info = json.loads(line)
        self.api, self.cdn, self.key = info["api"], info["cdn"], info["key"]

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.cdn}/__polyglot/stats", timeout=5) as resp:
            return dict(json.load(resp))

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)
        self.log.close()


def e2e_command(target: Target) -> list[str]:
    if target.language == "python":
        return [sys.executable, str(E2E / "python" / "e2e.py")]
    if target.language == "ts":
        script = {
            "oag-typescript-fetch": "typescript-fetch.js",
            "openapi-typescript": "openapi-fetch.js",
            "hey-api": "hey-api.js",
        }[target.name]
        return ["node", str(OUT / f"js-{target.name}" / "e2e" / "ts" / script)]
    if target.language == "go":
        return [str(OUT / "go-e2e")]
    if target.language == "java":
        return ["java", "-cp", java_classpath([OUT / "java-classes"]), "E2E"]
    raise AssertionError(target.language)


def run_e2e(target: Target, fake: Fake) -> tuple[bool, str]:
    video = OUT / f"{target.name}.mp4"
    video.unlink(missing_ok=True)
    before = fake.stats()
    env = {
        "VIMMERSE_BASE_URL": fake.api,
        "VIMMERSE_API_KEY": fake.key,
        "POLYGLOT_OUT": str(video),
        "POLYGLOT_IMAGE": str(E2E / "cat.png"),
        "PYTHONPATH": str(target.out),
    }
    started = time.monotonic()
    code, text = run(e2e_command(target), env=env, timeout=120)
    after = fake.stats()
    problems = []
    if code != 0:
        problems.append(f"exit code {code}")
    if after["leaks"] > before["leaks"]:
        problems.append("X-Api-Key was sent to the file host")
    if after["hits"] <= before["hits"]:
        problems.append("the file host was never asked for the video (no redirect followed?)")
    data = video.read_bytes() if video.exists() else b""
    if data[4:8] != b"ftyp":
        problems.append(f"{video.name} is not an MP4 ({len(data)} bytes)")
    summary = f"{len(data)} bytes in {time.monotonic() - started:.1f}s"
    return not problems, text + ("\n" + "; ".join(problems) if problems else "\n" + summary)


# ------------------------------------------------------------------------------ main


@dataclass
class Result:
    target: Target
    generated: bool = False
    warnings: list[str] = field(default_factory=list)
    new_warnings: list[str] = field(default_factory=list)
    compiled: bool | None = None
    typed: bool | None = None
    e2e: bool | None = None
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def generate(target: Target) -> tuple[Target, int, str, float]:
    shutil.rmtree(target.out, ignore_errors=True)
    target.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    code, text = run(target.generate)
    (OUT / f"{target.name}.generate.log").write_text(text)
    return target, code, text, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", help="comma-separated target names")
    parser.add_argument("--raw-fake", action="store_true", help="serve the fake's answers unchanged")
    parser.add_argument("--jobs", type=int, default=2, help="generators run at once (2 cores: 2)")
    args = parser.parse_args()
    targets = [t for t in TARGETS if not args.only or t.name in args.only.split(",")]
    if not targets:
        raise SystemExit(f"no target among {[t.name for t in TARGETS]}")
    OUT.mkdir(exist_ok=True)
    doc = yaml.safe_load(SPEC.read_text())
    baseline: collections.Counter[tuple[str, str]] = collections.Counter()
    for name, times, message, _reason in read_table(HERE / "warnings-baseline.txt", 4):
        baseline[(name, message)] += 10**6 if times == "*" else int(times)  # "*": any number
    exceptions = {(name, where) for name, where, _ in read_table(HERE / "typing-exceptions.txt", 3)}
    results = {t.name: Result(t) for t in targets}
    t0 = time.monotonic()

    print(f"== generate ({len(targets)} targets, {args.jobs} at a time)", flush=True)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for target, code, text, secs in pool.map(generate, targets):
            r = results[target.name]
            r.generated, r.seconds = code == 0, secs
            r.warnings = warning_lines(target, text)
            seen = collections.Counter((target.name, w) for w in r.warnings)
            for key, count in seen.items():
                if count > baseline.get(key, 0):
                    r.new_warnings.append(f"{count - baseline.get(key, 0)} x {key[1]}")
            gone = [
                f"{baseline[k] - seen.get(k, 0)} x {k[1]}"
                for k in baseline
                if baseline[k] < 10**6
                if k[0] == target.name and seen.get(k, 0) < baseline[k]
            ]
            status = "ok" if r.generated else f"FAILED (exit {code})"
            print(f"   {target.name}: {status} in {secs:.1f}s, {len(r.warnings)} warnings", flush=True)
            if not r.generated:
                print(tail(text))
            for w in r.new_warnings:
                print(f"     NEW WARNING (not in warnings-baseline.txt): {w}")
            for w in gone:
                print(f"     fewer than baselined (update warnings-baseline.txt): {w}")

    print("== compile and check types", flush=True)
    if any(t.language == "java" for t in targets):
        extract_jsr310()
    for r in results.values():
        if not r.generated:
            continue
        ok, text = compile_target(r.target)
        r.compiled = ok
        print(f"   {r.target.name}: compile {'ok' if ok else 'FAILED'}", flush=True)
        if not ok:
            print(tail(text, 40))
            continue
        try:
            r.typed, notes = check_types(r.target, doc, exceptions)
        except Exception as exc:  # a reader that cannot parse the output is a failure of the check
            r.typed, notes = False, [f"type check failed: {exc}"]
        print(f"   {r.target.name}: response types {'ok' if r.typed else 'FAILED'} ({notes[0]})")
        for note in notes[1:]:
            print(f"     {note}")

    runnable = [r for r in results.values() if r.compiled]
    quirk_problems: list[str] = []
    if runnable:
        print(
            f"== create -> poll -> download against the fake{' (raw answers)' if args.raw_fake else ''}",
            flush=True,
        )
        fake = Fake(raw=args.raw_fake)
        try:
            for r in runnable:
                ok, text = run_e2e(r.target, fake)
                r.e2e = ok
                print(
                    f"   {r.target.name}: {'ok' if ok else 'FAILED'} — {text.strip().splitlines()[-1]}",
                    flush=True,
                )
                if not ok:
                    print(tail(text, 30))
            quirks = fake.stats().get("quirks")
        finally:
            fake.stop()
        if quirks is not None:
            known = {kind for kind, _ in read_table(HERE / "fake-quirks.txt", 2)}
            print(f"   the fake's answers brought to openapi.yaml's types: {sum(quirks.values())}")
            for kind, count in sorted(quirks.items()):
                mark = "" if kind in known else "   <- NEW, not in fake-quirks.txt"
                print(f"     {count:4d} x {kind}{mark}")
                if kind not in known:
                    quirk_problems.append(kind)
            for kind in sorted(known - set(quirks)):
                print(f"     no longer seen (remove from fake-quirks.txt): {kind}")

    print("\n| generator | generates | compiles | response types | end to end |\n|---|---|---|---|---|")
    failed = bool(quirk_problems)
    for r in results.values():

        def cell(value: bool | None) -> str:
            return "—" if value is None else ("yes" if value else "**no**")

        gen = f"yes, {len(r.warnings)} warnings" if r.generated else "**no**"
        if r.new_warnings:
            gen += f" (**{sum(int(w.split(' x ')[0]) for w in r.new_warnings)} new**)"
        print(f"| {r.target.label} | {gen} | {cell(r.compiled)} | {cell(r.typed)} | {cell(r.e2e)} |")
        failed |= not r.generated or bool(r.new_warnings) or not r.compiled or not r.typed or not r.e2e
    print(f"\npolyglot: {'FAILED' if failed else 'ok'} in {time.monotonic() - t0:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
