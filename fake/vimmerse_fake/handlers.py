"""What a domain handler is: a method marked with :func:`handles` (by ``operationId``) or
:func:`handles_job` (by the operations' ``x-vimmerse-job``), called with a :class:`Ctx` (one
validated request) and returning an ``answers.Answer`` (or a Starlette response for files and
redirects). :func:`handlers_of` collects the marked methods of the domain objects; the domain
objects of a kind of job build on :class:`JobApi`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, cast

import attrs
from starlette.requests import Request
from starlette.responses import Response

from .answers import Answer
from .billing import Billing
from .clock import Clock
from .document import Operation
from .errors import HTTPError
from .filehost import FileHost
from .records import Job
from .store import J, Store


@dataclass
class Ctx:
    """One validated request, as a domain handler sees it."""

    request: Request
    op: Operation
    key: str
    path: dict[str, str]
    query: dict[str, str]
    billing: Billing = field(repr=False)
    body: dict[str, Any] = field(default_factory=dict)
    uploads: list[tuple[str, str, int]] = field(default_factory=list)  # (field, filename, size)
    #: The declared content type of each uploaded file, in the order of ``uploads``.
    upload_types: list[str] = field(default_factory=list)

    @property
    def charged(self) -> bool:
        """Whether openapi.yaml says this call spends credits (``x-vimmerse-credits``, and for
        ``per-field`` operations the request schema's ``x-vimmerse-charged-fields``)."""
        return self.op.charges(self.body)

    def bill(self, amount: int) -> bool:
        """Take ``amount`` credits (one paid job) when this call is :attr:`charged`; 402 and
        no change when the balance is short. Returns whether it charged."""
        if not self.charged:
            return False
        self.billing.charge(self.key, amount)
        return True


Handler = Callable[[Ctx], Awaitable[Answer | Response]]


@attrs.define(eq=False)
class JobApi(Generic[J]):
    """The domain handlers of one kind of job, given the clock, the store and the file host."""

    #: Set by each subclass: the kind of job it serves and the message of its 404.
    record_type: ClassVar[type[Job]]
    not_found: ClassVar[str]

    _clock: Clock
    _store: Store
    _files: FileHost

    def own(self, key: str, record_id: str) -> J:
        """The job ``record_id`` of ``key``; 404 for a missing one and for another key's (whose
        existence is not disclosed)."""
        record = self._store.owned(self.record_type, record_id, key)
        if record is None:
            raise HTTPError(404, self.not_found)
        return cast(J, record)


_OPERATION_IDS = "_vimmerse_operation_ids"
_JOB_KINDS = "_vimmerse_job_kinds"


def handles(*operation_ids: str) -> Callable[[Any], Any]:
    """Mark a method as the domain handler of these operations (by ``operationId``)."""

    def mark(func: Any) -> Any:
        setattr(func, _OPERATION_IDS, (*getattr(func, _OPERATION_IDS, ()), *operation_ids))
        return func

    return mark


def handles_job(*kinds: str) -> Callable[[Any], Any]:
    """Mark a method as the domain handler of every operation whose ``x-vimmerse-job`` is one
    of ``kinds`` (e.g. ``asset``): the document, not a hand-kept list, says which operations
    those are, so an operation added to openapi.yaml with that mark is handled without code.
    A :func:`handles` handler for a specific operationId takes precedence."""

    def mark(func: Any) -> Any:
        setattr(func, _JOB_KINDS, (*getattr(func, _JOB_KINDS, ()), *kinds))
        return func

    return mark


def handlers_of(*objects: object, operations: Iterable[Operation] = ()) -> dict[str, Handler]:
    """operationId -> bound handler, for the :func:`handles` methods of ``objects``, and for
    their :func:`handles_job` methods every operation of ``operations`` (the document's) whose
    ``job`` is one of the marked kinds and that has no :func:`handles` handler."""
    found: dict[str, Handler] = {}
    by_job: dict[str, Handler] = {}
    for obj in objects:
        for name in dir(type(obj)):
            attr = getattr(type(obj), name)
            for op_id in getattr(attr, _OPERATION_IDS, ()):
                if op_id in found:
                    raise ValueError(f"two handlers for {op_id}")
                found[op_id] = getattr(obj, name)
            for kind in getattr(attr, _JOB_KINDS, ()):
                if kind in by_job:
                    raise ValueError(f"two handlers for jobs of kind {kind}")
                by_job[kind] = getattr(obj, name)
    for op in operations:
        if op.job in by_job and op.operation_id not in found:
            found[op.operation_id] = by_job[op.job]
    return found
