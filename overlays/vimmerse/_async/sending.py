"""``AsyncSender``: sends a prepared call until its answer may be returned or raised.

One named step per concern, as httpx's ``Client.send``: ``send`` repeats attempts as the retry
rules allow (``_retry.Retrying``: a paid call only when the service cannot have acted on it);
``_send_single_request`` takes a slot of the client's gate (in-flight bound and pacing), sends once
and gives the slot back. A 2xx answer is returned as it is (``_answers.read_answer`` reads it); a
refused or failed call ends as the exception ``_failures`` builds.

``_sync/sending.py`` is generated from this file by ``tools/make_sync.py``.
"""

from __future__ import annotations

import logging

import httpx

from .._backends import AsyncGate, async_sleep
from .._failures import status_error, transport_error
from .._prepare import Prepared
from .._retry import Retrying, classify_exception, parse_retry_after
from .._scrub import Scrub

__all__ = ["AsyncSender"]

log = logging.getLogger("vimmerse")


class AsyncSender:
    """Sends prepared calls over ``http``, one slot of ``gate`` per attempt, retrying per ``retrying``."""

    def __init__(self, http: httpx.AsyncClient, gate: AsyncGate, retrying: Retrying, scrub: Scrub) -> None:
        self.http = http
        self.gate = gate
        self.retrying = retrying
        self.scrub = scrub

    async def send(self, call: Prepared) -> httpx.Response:
        """The 2xx response to ``call``, after as many attempts as the retry rules allow."""
        starts = call.positions()
        attempt = 0
        while True:
            attempt += 1
            call.rewind(starts)
            try:
                response = await self._send_single_request(call)
            except httpx.RequestError as exc:  # no answer, or one whose body does not decode
                delay = self.retrying.delay(call.kind, attempt, classify_exception(exc), None)
                if delay is None or not call.repeatable:
                    raise transport_error(exc, call, self.scrub) from exc
                log.info("%s %s: %s, retrying in %.2f s", call.op.method, call.url, type(exc).__name__, delay)
            else:
                if response.is_success:
                    return response
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                delay = self.retrying.delay(call.kind, attempt, response.status_code, retry_after)
                if delay is None or not call.repeatable:
                    raise status_error(response, call, self.scrub)
                log.info(
                    "%s %s -> %s, retrying in %.2f s", call.op.method, call.url, response.status_code, delay
                )
            await async_sleep(self.retrying.policy, delay)

    async def _send_single_request(self, call: Prepared) -> httpx.Response:
        """One attempt: a slot of the gate (waiting for the pace), the request, the slot back."""
        policy = self.retrying.policy
        sent_at, paced = await self.gate.enter(policy)
        try:
            response = await self.http.request(**call.kwargs)
        except BaseException:
            self.gate.leave(policy, None, sent_at, paced)
            raise
        self.gate.leave(policy, response.status_code, sent_at, paced)
        if log.isEnabledFor(logging.DEBUG):  # scrubbing the URL is not free; most calls log nothing
            log.debug("%s %s -> %s", call.op.method, self.scrub(str(call.url)), response.status_code)
        return response
