"""What `make polyglot` generates: the six targets, their generators' commands and flags, and the
paths every step shares."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# POLYGLOT_SPEC: run the whole check on another document (e.g. to see what a change would break).
SPEC = Path(os.environ.get("POLYGLOT_SPEC", ROOT / "openapi.yaml")).resolve()
OUT = HERE / "out"
E2E = HERE / "e2e"
ADAPTERS = HERE / "adapters"
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
