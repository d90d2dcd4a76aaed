"""Contract verification that leaves evidence: exchanges recorded, checked against openapi.yaml.

Every answer a service (or the fake) sends is checked strictly against the document
(``_check``): a status the operation does not list, a field the schema lacks, an enum value it
does not list, a required field missing, a wrong type, and a wire form (``"1"``, ``"No"``, ``""``)
on a field whose ``x-vimmerse-wire`` does not declare it are findings; declared wire forms are
counted, by field. A ``Verification`` keeps the exchanges and writes them as HAR (secrets
redacted, ``_record``), with ``report.json``, ``junit.xml`` and ``report.html`` (``_report``).
``Proxy`` puts it in front of any client's traffic; ``run`` makes the free exchanges of
``vimmerse verify``; ``replay_transport`` and ``recheck`` use a recording offline.

Needs the ``verify`` extra (PyYAML, openapi-schema-validator): ``pip install 'vimmerse[verify]'``.
"""

from __future__ import annotations

try:
    import openapi_schema_validator  # noqa: F401
    import yaml  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"contract verification needs the `verify` extra ({exc.name} is missing):"
        " pip install 'vimmerse[verify]'",
        name=exc.name,
    ) from exc

from ._check import Finding, Observation, check
from ._document import Contract, default_document_path
from ._live import Plan, run
from ._proxy import Proxy, Rewrite
from ._record import REDACTED, Exchange, Recording, read_har
from ._replay import recheck, replay_transport
from ._report import RECORDING, Verification, build_report, junit_xml

__all__ = [
    "RECORDING",
    "REDACTED",
    "Contract",
    "Exchange",
    "Finding",
    "Observation",
    "Plan",
    "Proxy",
    "Recording",
    "Rewrite",
    "Verification",
    "build_report",
    "check",
    "default_document_path",
    "junit_xml",
    "read_har",
    "recheck",
    "replay_transport",
    "run",
]
