# Generated from overlays/vimmerse/_async/core.py by tools/make_sync.py: edit that file, then run
# 'make generate'.
"""``SyncCore``: what the generated resources call to validate, send, retry, wait and download.

It implements ``vimmerse_openapi.sdk.spec.SyncCoreProtocol`` over an ``httpx.Client``;
every decision that needs no I/O lives in ``Planner`` (``_request.py``), ``Poller`` (``_wait.py``)
and ``Download`` (``_download.py``). ``_sync/core.py`` is generated from ``_async/core.py`` by
``tools/make_sync.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from vimmerse_openapi.sdk.spec import APIResponse, DownloadProgress, Job, Operation, WaitProgress

from .. import _stdlib_download, errors
from .._backends import SyncGate, SyncTasks, sync_in_thread, sync_sleep, sync_thread_safe
from .._download import CHUNK, DOWNLOAD_TIMEOUT, MAX_REDIRECTS, Download, Restart, retriable, target_path
from .._fanout import Fanout, JobOutcome
from .._request import Planner, Prepared, log
from .._retry import RetryPolicy, classify_exception, parse_retry_after
from .._wait import Poller, PollPolicy, terminal_error, transient_errors

__all__ = ["SyncCore"]


class SyncCore(Planner):
    """Sends calls with an ``httpx.Client``, retrying as the policy allows."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        api_key: str,
        base_url: str,
        max_retries: int,
        retry: RetryPolicy,
        poll: PollPolicy,
        gate: SyncGate,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        stdlib_downloads: bool = False,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            max_retries=max_retries,
            retry=retry,
            default_headers=default_headers,
            timeout=timeout,
        )
        self.http = http
        self.poll = poll
        self.stdlib_downloads = stdlib_downloads
        self.gate = gate  # shared by with_options copies: one bound and one pace per connection pool

    def copy(self, **changes: Any) -> SyncCore:
        """This core with other settings, over the same connections (``with_options``)."""
        settings: dict[str, Any] = {
            "api_key": self.api_key,
            "base_url": str(self.base_url),
            "max_retries": self.max_retries,
            "retry": self.retry,
            "poll": self.poll,
            "default_headers": self.default_headers,
            "timeout": self.timeout,
            "stdlib_downloads": self.stdlib_downloads,
        }
        settings.update({k: v for k, v in changes.items() if v is not None})
        return SyncCore(self.http, gate=self.gate, **settings)

    # -- one call -------------------------------------------------------------------
    def send(self, call: Prepared) -> tuple[httpx.Response, Any]:
        """Send until an answer may be returned or raised: (the response, the parsed object)."""
        kw = call.kwargs
        starts = call.positions()
        attempt = 0
        while True:
            attempt += 1
            call.rewind(starts)
            sent_at, paced = self.gate.enter(self.retry)
            try:
                response = self.http.request(**kw)
            except httpx.RequestError as exc:  # no answer, or one whose body does not decode
                self.gate.leave(self.retry, None, sent_at, paced)
                delay = self.retry_delay(call.kind, attempt, classify_exception(exc), None)
                if delay is None or not call.repeatable:
                    raise self.transport_error(exc, call) from exc
                log.info(
                    "%s %s: %s, retrying in %.2f s", call.op.method, kw["url"], type(exc).__name__, delay
                )
                sync_sleep(self.retry, delay)
                continue
            except BaseException:
                self.gate.leave(self.retry, None, sent_at, paced)
                raise
            self.gate.leave(self.retry, response.status_code, sent_at, paced)
            self.log_response(call.op.method, kw["url"], response.status_code)
            if response.is_success:
                return response, self.parse_success(call, response)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            delay = self.retry_delay(call.kind, attempt, response.status_code, retry_after)
            if delay is None or not call.repeatable:
                raise self.status_error(call, response)
            log.info(
                "%s %s -> %s, retrying in %.2f s", call.op.method, kw["url"], response.status_code, delay
            )
            sync_sleep(self.retry, delay)

    def call(
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
        with self.prepare(op, params, extra_headers=extra_headers, timeout=timeout) as call:
            response, result = self.send(call)
        if raw:
            return APIResponse(response, result)
        if result is None and op.envelope is not None:
            result = self.read_again(call, response, extra_headers=extra_headers, timeout=timeout)
        job = self.job_of(op)
        if wait and job is not None:
            return self.wait(job, self.job_id(job, result), timeout=wait_timeout, on_progress=on_progress)
        return result

    def read_again(
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
        reread = self.reread_op(op)
        if reread is None or reread is op:
            raise self.unreadable(call, response, why)
        params = {name: call.path_values[name] for name in reread.path_params}
        try:
            with self.prepare(reread, params, extra_headers=extra_headers, timeout=timeout) as again:
                _, result = self.send(again)
        except (errors.APIError, errors.APIConnectionError) as exc:
            raise self.unreadable(call, response, f"{why}, and reading it again failed: {exc}") from exc
        if result is None:
            raise self.unreadable(call, response, f"{why}, nor in the answer of {reread.operation_id}")
        return result

    # -- jobs -----------------------------------------------------------------------
    def wait(
        self, job: Job, job_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Any:
        """Poll ``job.poll`` until a terminal status, then read ``job.result``."""
        poller = Poller(
            job_id=job_id, terminal=job.terminal, policy=self.poll, timeout=timeout, on_progress=on_progress
        )
        params = {job.id_param: job_id}
        self.prepare(job.poll, params)  # a bad id fails here, before the first sleep
        while True:
            try:
                polled = self.call(job.poll, params)
            except transient_errors:
                poller.observe_error()
            else:
                status, progress = self.status_and_progress(job, polled)
                final = poller.observe(status, progress)
                if final is not None:
                    break
            sync_sleep(self.poll, poller.next_sleep())
        result = polled if job.result is job.poll else self.call(job.result, params)
        if final in job.success:
            return result
        raise terminal_error(job.kind, job_id, final, result, cancelled=final in job.cancelled)

    def wait_many(
        self,
        job: Job,
        job_ids: Iterable[str],
        *,
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[JobOutcome[Any]]:
        """Follow many jobs of ``job``'s kind with one status loop; their outcomes as they end.

        At most ``concurrency`` of its requests are in flight (default: the client's
        ``max_concurrency``); ``timeout`` is each job's deadline, counted from the start.
        """
        ids = list(job_ids)
        for job_id in ids:
            self.prepare(job.poll, {job.id_param: job_id})  # a bad id fails here, before any request
        limit = self.gate.limit if concurrency is None else concurrency
        if limit < 1:
            raise ValueError(f"concurrency must be >= 1, got {limit}")
        fan = Fanout(job, ids, self.poll, timeout, self.status_and_progress)
        tasks: SyncTasks[tuple[int, Any]] = SyncTasks(limit)
        running = 0
        try:
            while fan.left:
                now = self.poll.monotonic()
                while running < limit and (due := fan.pop_due(now)) is not None:
                    tasks.start(self._answer, *due)
                    running += 1
                until = fan.until_due(now)
                if not running:
                    sync_sleep(self.poll, until or 0.0)
                    continue
                # Wake for whichever comes first: an answer, or the next reading's time (when
                # a slot is free for it; on a simulated clock only answers move time on).
                wake = None if running >= limit or fan.simulated else until
                got, item = tasks.next(wake)
                if not got:
                    continue
                running -= 1
                assert item is not None
                outcome = fan.answered(*item)
                if outcome is not None:
                    yield outcome
        finally:
            tasks.close()

    def _answer(self, n: int, op: Operation, params: Mapping[str, Any]) -> tuple[int, Any]:
        """One request of ``wait_many``: (job index, the answer or the error it ended with)."""
        try:
            return n, self.call(op, params)
        except errors.VimmerseError as exc:
            return n, exc

    # -- downloads ------------------------------------------------------------------
    def download(
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
        with self.prepare(op, params, extra_headers=extra_headers, timeout=timeout) as call:
            stem = str(next(iter(params[name] for name in op.path_params), op.operation_id))
            url, query = call.kwargs["url"], call.kwargs.get("params")
            return self.stream(url, path, stem, query, on_progress, extra_headers=extra_headers)

    def download_file(
        self,
        job: Job,
        job_id: str,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """Stream the file a finished job names in ``job.file`` (a URL on the file host)."""
        url = (self.file_urls(job, job_id))[0]
        return self.stream(httpx.URL(url), path, job_id, None, on_progress)

    def download_files(
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
        urls = self.file_urls(job, job_id)
        target, is_dir = target_path(path)
        written = []
        for n, url in enumerate(urls, start=1):
            stem = job_id if n == 1 else f"{job_id}-{n}"
            where: str | os.PathLike[str] = path
            if not is_dir and n > 1:
                where = target.with_name(f"{target.stem}-{n}{target.suffix}")
            written.append(self.stream(httpx.URL(url), where, stem, None, on_progress))
        return written

    def file_urls(self, job: Job, job_id: str) -> list[str]:
        """The URLs of a finished job's files (``job.file``: a URL, or a list of URLs or of objects
        with a ``url``); DownloadError when there are none yet."""
        result = self.call(job.result, {job.id_param: job_id})
        value = getattr(result, job.file or "", None)
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        # A list item is a URL, or an object carrying one (a workflow's ``{url, content_type}``).
        found = [item if isinstance(item, str) else getattr(item, "url", None) for item in items]
        urls = [url for url in found if isinstance(url, str) and url]
        if not urls:
            status, _ = self.status_and_progress(job, result)
            raise errors.DownloadError(
                f"{job.kind} {job_id} has no file yet (status {status or 'unknown'}); wait for it first"
            )
        return urls

    def stream(
        self,
        url: httpx.URL,
        path: str | os.PathLike[str],
        stem: str,
        params: dict[str, Any] | None,
        on_progress: DownloadProgress | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Follow redirects by hand (the key only to the API's origin), resume, verify, rename."""
        state = Download(self, self.http, url, path, stem, on_progress, params, extra_headers)
        try:
            while True:
                hop_url, hops = url, 0
                delay: float | None = None
                try:
                    while True:
                        request = state.request(hop_url, first_hop=hops == 0)
                        if state.via_stdlib(hop_url):
                            response = sync_in_thread(
                                partial(_stdlib_download.send, request, DOWNLOAD_TIMEOUT),
                                discard=_close_response,
                            )
                        else:
                            response = self.http.send(request, stream=True, follow_redirects=False)
                        try:
                            self.log_response("GET", request.url, response.status_code)
                            target = state.redirect_target(response)
                            if target is not None:
                                hops += 1
                                if hops > MAX_REDIRECTS:
                                    raise errors.DownloadError(f"more than {MAX_REDIRECTS} redirects")
                                hop_url = target
                                continue
                            if response.status_code not in (200, 206):  # an error (or a 3xx without Location)
                                response.read()
                                delay = state.retry_delay(response)
                                if delay is not None:
                                    break
                            state.begin_body(response)
                            body = response.stream
                            if isinstance(body, _stdlib_download.StdlibBody) and state.resumable:
                                # The whole body in one blocking loop, run by ``sync_in_thread``
                                # (``_backends``): reads into one buffer, writes from it.
                                self.copy_stdlib_body(state, body)
                            else:
                                # A body already in memory (mock transports) has no raw stream.
                                raw = state.resumable and not response.is_stream_consumed
                                chunks = response.iter_raw() if raw else response.iter_bytes(CHUNK)
                                for chunk in chunks:
                                    state.write(chunk)
                        finally:
                            response.close()
                        break
                except Restart:
                    continue
                except httpx.RequestError as exc:  # a dropped connection; a body that does not decode
                    if not retriable(exc):
                        raise errors.DownloadError(f"download failed: {type(exc).__name__}") from exc
                    sync_sleep(self.retry, state.interrupted(type(exc).__name__))
                    continue
                if delay is not None:
                    sync_sleep(self.retry, delay)
                    continue
                if state.body_complete():
                    return state.finish()
                reason = f"body ended at {state.written} of {state.total} bytes"
                sync_sleep(self.retry, state.interrupted(reason))
        except BaseException:
            state.keep()
            raise

    def copy_stdlib_body(self, state: Download, body: _stdlib_download.StdlibBody) -> None:
        callback = state.on_progress
        # ``sync_in_thread`` may run the copy in another thread; ``sync_thread_safe`` hands each
        # progress call back to the caller's.
        state.on_progress = sync_thread_safe(callback)
        try:
            sync_in_thread(partial(state.copy_from, body), stop=body.stop)
        finally:
            state.on_progress = callback


def _close_response(response: httpx.Response) -> None:
    response.close()
