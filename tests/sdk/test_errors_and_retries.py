"""Status -> exception mapping, and the retry rules that must never pay twice."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sdk_helpers import KEY, Recorder, maybe, media_json, mock_clients, ok

from vimmerse import errors
from vimmerse._retry import MethodKind, RetryPolicy, TransportFailure, backoff, should_retry

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (402, errors.InsufficientCreditsError),
    (404, errors.NotFoundError),
    (413, errors.PayloadTooLargeError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_each_status_raises_its_class(status: int, cls: type[errors.APIError], mode: str) -> None:
    body = (
        {"detail": [{"loc": ["body", "quantity"], "msg": "too big", "type": "value_error"}]}
        if status == 422
        else {"message": f"CODE_{status}"}
    )
    rec = Recorder([ok(body, status, {"Retry-After": "7"} if status == 429 else None)])
    client, _ = mock_clients(rec, mode, max_retries=0)
    with pytest.raises(cls) as info:
        await maybe(client.media.get("m1"))
    assert info.value.status_code == status
    if status == 422:
        assert info.value.detail[0]["loc"] == ["body", "quantity"]  # type: ignore[attr-defined]
        assert "body.quantity: too big" in str(info.value)
    elif status == 429:
        assert info.value.retry_after == 7.0  # type: ignore[attr-defined]
    else:
        assert f"CODE_{status}" in str(info.value)


async def test_get_retries_5xx_then_succeeds(mode: str) -> None:
    rec = Recorder([ok({"message": "x"}, 503), ok({"message": "x"}, 502), ok()])
    client, sleeps = mock_clients(rec, mode)
    media = await maybe(client.media.get("m1"))
    assert media.id == "m1"
    assert len(rec.requests) == 3
    assert sleeps.calls == [0.5, 1.0]  # full jitter with random()=1.0: base 0.5 * 2^(n-1)


async def test_retry_after_is_honoured(mode: str) -> None:
    rec = Recorder([ok({"message": "RATE_LIMITED"}, 429, {"Retry-After": "3"}), ok()])
    client, sleeps = mock_clients(rec, mode)
    await maybe(client.media.status("m1"))
    assert sleeps.calls == [3.0]


async def test_get_gives_up_after_max_retries(mode: str) -> None:
    rec = Recorder([ok({"message": "down"}, 503)])
    client, sleeps = mock_clients(rec, mode, max_retries=2)
    with pytest.raises(errors.InternalServerError) as info:
        await maybe(client.media.get("m1"))
    assert len(rec.requests) == 3 and len(sleeps.calls) == 2
    assert info.value.may_have_created_job is False


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("read timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
    ],
    ids=["read-timeout", "dropped", "reset"],
)
async def test_paid_create_not_retried_after_sending(failure: Exception, mode: str) -> None:
    rec = Recorder([failure, ok()])
    client, sleeps = mock_clients(rec, mode)
    with pytest.raises(errors.APIConnectionError) as info:
        await maybe(client.media.create(prompt="fox", title="my fox"))
    assert len(rec.requests) == 1, "a paid create must not be re-sent when it may have been received"
    assert info.value.may_have_created_job is True
    assert "may have been created" in str(info.value) and "'my fox'" in str(info.value)
    assert isinstance(info.value, errors.APITimeoutError) == isinstance(failure, httpx.TimeoutException)
    assert sleeps.calls == []


async def test_paid_create_not_retried_on_5xx(mode: str) -> None:
    rec = Recorder([ok({"message": "INTERNAL_SERVER_ERROR"}, 500), ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InternalServerError) as info:
        await maybe(client.story.idea_to_video(idea="a tale"))
    assert len(rec.requests) == 1
    assert info.value.may_have_created_job is True


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect timeout")],
    ids=["refused", "timeout"],
)
async def test_paid_create_retried_when_never_sent(failure: Exception, mode: str) -> None:
    rec = Recorder([failure, ok()])
    client, sleeps = mock_clients(rec, mode)
    media = await maybe(client.media.create(prompt="fox"))
    assert media.id == "m1" and len(rec.requests) == 2 and len(sleeps.calls) == 1


async def test_paid_create_retried_on_429(mode: str) -> None:
    rec = Recorder([ok({"message": "RATE_LIMITED"}, 429, {"Retry-After": "2"}), ok()])
    client, sleeps = mock_clients(rec, mode)
    await maybe(client.media.create(prompt="fox"))
    assert len(rec.requests) == 2 and sleeps.calls == [2.0]


async def test_metadata_update_is_retried_but_regeneration_is_not(mode: str) -> None:
    rec = Recorder([ok({"message": "x"}, 503), ok()])
    client, _ = mock_clients(rec, mode)
    await maybe(client.media.update("m1", title="new title", rating="5"))
    assert len(rec.requests) == 2
    rec2 = Recorder([ok({"message": "x"}, 503), ok()])
    client2, _ = mock_clients(rec2, mode)
    with pytest.raises(errors.InternalServerError) as info:
        await maybe(client2.media.edit("m1", title="t", duration=6))
    assert len(rec2.requests) == 1 and info.value.may_have_created_job
    assert "client.media.status('m1')" in str(info.value)


async def test_key_never_leaks_into_errors_repr_or_logs(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    echo = {"message": f"bad key {KEY}", "detail": [{"loc": ["header", KEY], "msg": KEY, "type": "x"}]}
    rec = Recorder([ok(echo, 401)])
    client, _ = mock_clients(rec, mode, max_retries=0)
    caplog.set_level(logging.DEBUG, logger="vimmerse")
    with pytest.raises(errors.AuthenticationError) as info:
        await maybe(client.media.get("m1"))
    assert rec.requests[0].headers["X-Api-Key"] == KEY  # it was sent to the API ...
    texts = [str(info.value), repr(info.value), str(info.value.body), repr(client), str(client), caplog.text]
    assert all(KEY not in t for t in texts)  # ... and appears nowhere else
    assert "GET http://api.vimmerse.test/media/m1 -> 401" in caplog.text


# ---------------------------------------------------------------- pure policy functions


@pytest.mark.parametrize(
    ("kind", "outcome", "expected"),
    [
        (MethodKind.SAFE, TransportFailure.NOT_SENT, True),
        (MethodKind.SAFE, TransportFailure.MAYBE_RECEIVED, True),
        (MethodKind.SAFE, 429, True),
        (MethodKind.SAFE, 500, True),
        (MethodKind.SAFE, 404, False),
        (MethodKind.PAID, TransportFailure.NOT_SENT, True),
        (MethodKind.PAID, 429, True),
        (MethodKind.PAID, TransportFailure.MAYBE_RECEIVED, False),
        (MethodKind.PAID, 500, False),
        (MethodKind.PAID, 503, False),
        (MethodKind.PAID, 402, False),
    ],
)
def test_should_retry_table(kind: MethodKind, outcome: Any, expected: bool) -> None:
    assert should_retry(kind, outcome) is expected


def test_backoff_jitter_bounds_and_retry_after() -> None:
    low = RetryPolicy(random=lambda: 0.0)
    high = RetryPolicy(random=lambda: 0.999999)
    for attempt in range(1, 12):
        assert backoff(attempt, None, low) == 0.0
        assert backoff(attempt, None, high) <= min(8.0, 0.5 * 2 ** (attempt - 1))
    assert backoff(1, 4.0, high) == 4.0
    assert backoff(1, 3600.0, high) == 60.0  # a huge Retry-After is capped


def test_media_json_helper_is_a_media_response() -> None:
    assert media_json()["data"]["id"] == "m1"
