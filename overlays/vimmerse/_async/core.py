"""``AsyncCore``: what the generated resources call (``vimmerse_openapi.sdk.spec.AsyncCoreProtocol``).

The core only assembles the parts and names the steps of a call; each part is handed what it
uses and nothing of the core:

* ``_prepare.RequestBuilder`` checks and encodes a call (``Prepared``);
* ``sending.AsyncSender`` sends it with retries, through the client's gate;
* ``_answers`` reads the answer into the object the user gets;
* ``waiting.AsyncWaiter`` follows jobs, reading each status with ``fetch``;
* ``downloading.AsyncDownloader`` streams files to disk.

``call`` is ``fetch`` (prepare → send → read the answer, reading the object again when the answer
came back empty), then, when asked to, ``AsyncWaiter.wait``. ``_sync/core.py`` is generated from
this file by ``tools/make_sync.py``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Mapping
from pathlib import Path
from typing import Any

import httpx

from vimmerse_openapi.sdk.spec import APIResponse, DownloadProgress, Job, Operation, WaitProgress

from .. import _answers, errors
from .._backends import AsyncGate
from .._failures import unreadable
from .._fanout import JobOutcome
from .._partial import target_path
from .._prepare import Prepared, RequestBuilder
from .._retry import Retrying, RetryPolicy
from .._scrub import key_scrubber
from .._wait import PollPolicy
from .downloading import AsyncDownloader
from .sending import AsyncSender
from .waiting import AsyncWaiter

__all__ = ["AsyncCore"]


class AsyncCore:
    """Validates, sends, retries, waits and downloads over an ``httpx.AsyncClient``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_key: str,
        base_url: str,
        max_retries: int,
        retry: RetryPolicy,
        poll: PollPolicy,
        gate: AsyncGate,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        stdlib_downloads: bool = False,
    ) -> None:
        self.http = http
        self.gate = gate  # shared by with_options copies: one bound and one pace per connection pool
        self.poll = poll
        self.builder = RequestBuilder(
            api_key=api_key, base_url=base_url, default_headers=default_headers, timeout=timeout
        )
        self.retrying = Retrying(retry, max_retries)
        self.scrub = key_scrubber(api_key)
        self.sender = AsyncSender(http, gate, self.retrying, self.scrub)
        self.waiter = AsyncWaiter(self.fetch, self.builder.prepare, poll, gate.limit)
        self.downloader = AsyncDownloader(
            http, self.builder.headers_for, self.retrying, self.scrub, stdlib=stdlib_downloads
        )

    @property
    def base_url(self) -> httpx.URL:
        return self.builder.base_url

    @property
    def max_retries(self) -> int:
        return self.retrying.max_retries

    def copy(self, **changes: Any) -> AsyncCore:
        """This core with other settings, over the same connections and gate (``with_options``)."""
        settings: dict[str, Any] = {
            "api_key": self.builder.api_key,
            "base_url": str(self.builder.base_url),
            "max_retries": self.retrying.max_retries,
            "retry": self.retrying.policy,
            "poll": self.poll,
            "default_headers": self.builder.default_headers,
            "timeout": self.builder.timeout,
            "stdlib_downloads": self.downloader.stdlib,
        }
        settings.update({k: v for k, v in changes.items() if v is not None})
        return AsyncCore(self.http, gate=self.gate, **settings)

    # -- calls ----------------------------------------------------------------------
    async def call(
        self,
        op: Operation,
        params: Mapping[str, Any],
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        raw: bool = False,
    ) -> Any:
        """``op`` with ``params``: the object the user gets (``raw``: an ``APIResponse``); with
        ``wait``, a job-creating call then waits for the job and returns its final state."""
        if raw:
            with self.builder.prepare(op, params, extra_headers=extra_headers, timeout=timeout) as call:
                response = await self.sender.send(call)
            return APIResponse(response, _answers.read_answer(call, response, self.scrub))
        result = await self.fetch(op, params, extra_headers=extra_headers, timeout=timeout)
        job = _answers.job_of(op)
        if wait and job is not None:
            job_id = _answers.job_id(job, result)
            return await self.waiter.wait(job, job_id, timeout=wait_timeout, on_progress=on_progress)
        return result

    async def fetch(
        self,
        op: Operation,
        params: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Prepare, send and read ``op``: the object its answer carries. An answer whose envelope is
        empty is followed by a read of the object (``_read_again``)."""
        with self.builder.prepare(op, params, extra_headers=extra_headers, timeout=timeout) as call:
            response = await self.sender.send(call)
            result = _answers.read_answer(call, response, self.scrub)
        if result is None and op.envelope is not None:
            result = await self._read_again(call, response, extra_headers=extra_headers, timeout=timeout)
        return result

    async def _read_again(
        self,
        call: Prepared,
        response: httpx.Response,
        *,
        extra_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
    ) -> Any:
        """The object an answer with an empty envelope is about, read with the free operation that
        reads it: concatStory answers ``{}`` and processMedia ``{"data": {}}`` in the vendor's
        examples. A reader answering that way itself, or a read that fails, is an unreadable
        answer to ``call`` (for a paid call: one the service accepted)."""
        op = call.op
        why = f"no {op.envelope!r} or an empty one in the answer"
        reread = _answers.reread_op(op)
        if reread is None or reread is op:
            raise unreadable(call, response, why, self.scrub)
        params = {name: call.path_values[name] for name in reread.path_params}
        try:
            with self.builder.prepare(reread, params, extra_headers=extra_headers, timeout=timeout) as again:
                answer = await self.sender.send(again)
                result = _answers.read_answer(again, answer, self.scrub)
        except (errors.APIError, errors.APIConnectionError) as exc:
            raise unreadable(
                call, response, f"{why}, and reading it again failed: {exc}", self.scrub
            ) from exc
        if result is None:
            raise unreadable(call, response, f"{why}, nor in the answer of {reread.operation_id}", self.scrub)
        return result

    # -- jobs -----------------------------------------------------------------------
    async def wait(
        self, job: Job, job_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Any:
        """Poll ``job.poll`` until a terminal status, then read ``job.result`` (``AsyncWaiter.wait``)."""
        return await self.waiter.wait(job, job_id, timeout=timeout, on_progress=on_progress)

    def wait_many(
        self,
        job: Job,
        job_ids: Iterable[str],
        *,
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[JobOutcome[Any]]:
        """Follow many jobs of one kind with one status loop (``AsyncWaiter.wait_many``)."""
        return self.waiter.wait_many(job, job_ids, concurrency=concurrency, timeout=timeout)

    # -- downloads ------------------------------------------------------------------
    async def download(
        self,
        op: Operation,
        params: Mapping[str, Any],
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Path:
        """Stream ``op``'s binary answer to ``path`` (a file, or a directory: named after the id)."""
        with self.builder.prepare(op, params, extra_headers=extra_headers, timeout=timeout) as call:
            stem = str(next(iter(params[name] for name in op.path_params), op.operation_id))
            query = call.kwargs.get("params")
            return await self.downloader.stream(
                call.url, path, stem, query, on_progress, extra_headers=extra_headers
            )

    async def download_file(
        self,
        job: Job,
        job_id: str,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """Stream the file a finished job names in ``job.file`` (a URL on the file host)."""
        url = (await self._file_urls(job, job_id))[0]
        return await self.downloader.stream(httpx.URL(url), path, job_id, None, on_progress)

    async def download_files(
        self,
        job: Job,
        job_id: str,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
    ) -> list[Path]:
        """Stream every file a finished job lists in ``job.file`` (an asset's ``results``), one
        after the other; each is atomic and resumable on its own. The n-th file (n >= 2) of a
        directory is ``<id>-<n>.<ext>``, of a file name ``<stem>-<n><suffix>``."""
        urls = await self._file_urls(job, job_id)
        target, is_dir = target_path(path)
        written = []
        for n, url in enumerate(urls, start=1):
            stem = job_id if n == 1 else f"{job_id}-{n}"
            where: str | os.PathLike[str] = path
            if not is_dir and n > 1:
                where = target.with_name(f"{target.stem}-{n}{target.suffix}")
            written.append(await self.downloader.stream(httpx.URL(url), where, stem, None, on_progress))
        return written

    async def _file_urls(self, job: Job, job_id: str) -> list[str]:
        """The URLs of a finished job's files; DownloadError when there are none yet."""
        result = await self.fetch(job.result, {job.id_param: job_id})
        return _answers.file_urls(job, job_id, result)
