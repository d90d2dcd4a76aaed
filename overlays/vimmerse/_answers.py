"""Reading answers: the object a 2xx answer carries, and what it says about a job.

``read_answer`` turns a response into what the user gets (the generated model of the answer,
unwrapped from its envelope); the other functions read a parsed object as a job (``Job``, from
``components.x-vimmerse-jobs``): its id, its status and progress, its files, and the operation
that reads it again when an answer came back empty. Nothing here does I/O.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import httpx

from vimmerse_openapi.sdk.operations import JOBS
from vimmerse_openapi.sdk.spec import Job, Operation

from . import _json, errors
from ._failures import unreadable
from ._prepare import Prepared
from ._scrub import Scrub

__all__ = ["file_urls", "job_id", "job_of", "read_answer", "reread_op", "status_and_progress"]


def read_answer(call: Prepared, response: httpx.Response, scrub: Scrub) -> Any:
    """The object the user gets: the generated model of the answer, unwrapped from its envelope.

    Returns None when the envelope is absent, null or empty (``{}`` or ``{"data": {}}``): the
    caller reads the object again (``reread_op``). An answer that is not the documented object
    raises ``APIError`` (``_failures.unreadable``).
    """
    op = call.op
    if op.response is None:
        return None
    try:
        data = _json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise unreadable(call, response, f"not JSON: {type(exc).__name__}", scrub) from None
    if not isinstance(data, dict):
        raise unreadable(call, response, f"a JSON {type(data).__name__}, not an object", scrub)
    if op.envelope is not None and data.get(op.envelope) in (None, {}):
        return None
    try:
        parsed = op.response.from_dict(data)
    except ValueError as exc:
        raise unreadable(call, response, str(exc), scrub) from None
    except RecursionError:
        raise unreadable(call, response, "nested too deeply", scrub) from None
    if op.envelope is None:
        return parsed
    return getattr(parsed, op.envelope)


def reread_op(op: Operation) -> Operation | None:
    """The operation that reads the object again when an answer's envelope is empty: the one
    reading the same object (same path parameters) into the same type."""
    for job in JOBS.values():
        if (
            job.result.tag == op.tag
            and set(job.result.path_params) == set(op.path_params)
            and op.path_params
            and job.result.response is op.response
        ):
            return job.result
    return None


def job_of(op: Operation) -> Job | None:
    """The kind of job ``op``'s answer describes (``x-vimmerse-job``), if any."""
    return JOBS.get(op.job) if op.job else None


def job_id(job: Job, obj: Any) -> str:
    """The id of the job ``obj`` (an answer just unwrapped) describes."""
    value = getattr(obj, job.id.rsplit(".", 1)[-1], None)
    if not isinstance(value, str) or not value:
        raise errors.APIError(
            # Only asked of the answer to a job-creating call: the job was accepted.
            f"the service returned a {job.kind} without an id, so it cannot be waited for; the job was"
            " probably created and charged: check your account before creating it again",
            status_code=200,
            body=getattr(obj, "raw", None),
            may_have_created_job=True,
        )
    return value


def status_and_progress(job: Job, obj: Any) -> tuple[str | None, float | None]:
    """(status text, progress percent) of a polled object."""
    status = getattr(obj, job.status, None)
    text = str(status.value) if isinstance(status, Enum) else status if isinstance(status, str) else None
    progress = getattr(obj, job.progress, None) if job.progress else None
    return text, float(progress) if isinstance(progress, int | float) else None


def file_urls(job: Job, job_id: str, result: Any) -> list[str]:
    """The URLs of a finished job's files (``job.file``: a URL, or a list of URLs or of objects
    with a ``url``); DownloadError when there are none yet."""
    value = getattr(result, job.file or "", None)
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    # A list item is a URL, or an object carrying one (a workflow's ``{url, content_type}``).
    found = [item if isinstance(item, str) else getattr(item, "url", None) for item in items]
    urls = [url for url in found if isinstance(url, str) and url]
    if not urls:
        status, _ = status_and_progress(job, result)
        raise errors.DownloadError(
            f"{job.kind} {job_id} has no file yet (status {status or 'unknown'}); wait for it first"
        )
    return urls
