import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.statistics_response import StatisticsResponse
from ...types import Response


def _get_kwargs(
    start_time: datetime.date,
    end_time: datetime.date,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer-statistics/{start_time}/{end_time}".format(
            start_time=quote(str(start_time), safe=""),
            end_time=quote(str(end_time), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | StatisticsResponse | None:
    if response.status_code == 200:
        response_200 = StatisticsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | HTTPValidationError | StatisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    start_time: datetime.date,
    end_time: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | StatisticsResponse]:
    """Get daily usage statistics for a date range

     One entry per day from `start_time` to `end_time` (dates, `YYYY-MM-DD`, e.g.
    `/customer-statistics/2025-01-01/2025-01-15`). Today's statistics are not available
    until the end of the day. Free of charge.

    Args:
        start_time (datetime.date):  Example: 2025-01-01.
        end_time (datetime.date):  Example: 2025-01-15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StatisticsResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    start_time: datetime.date,
    end_time: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | StatisticsResponse | None:
    """Get daily usage statistics for a date range

     One entry per day from `start_time` to `end_time` (dates, `YYYY-MM-DD`, e.g.
    `/customer-statistics/2025-01-01/2025-01-15`). Today's statistics are not available
    until the end of the day. Free of charge.

    Args:
        start_time (datetime.date):  Example: 2025-01-01.
        end_time (datetime.date):  Example: 2025-01-15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StatisticsResponse
    """

    return sync_detailed(
        start_time=start_time,
        end_time=end_time,
        client=client,
    ).parsed


async def asyncio_detailed(
    start_time: datetime.date,
    end_time: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | StatisticsResponse]:
    """Get daily usage statistics for a date range

     One entry per day from `start_time` to `end_time` (dates, `YYYY-MM-DD`, e.g.
    `/customer-statistics/2025-01-01/2025-01-15`). Today's statistics are not available
    until the end of the day. Free of charge.

    Args:
        start_time (datetime.date):  Example: 2025-01-01.
        end_time (datetime.date):  Example: 2025-01-15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StatisticsResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    start_time: datetime.date,
    end_time: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | StatisticsResponse | None:
    """Get daily usage statistics for a date range

     One entry per day from `start_time` to `end_time` (dates, `YYYY-MM-DD`, e.g.
    `/customer-statistics/2025-01-01/2025-01-15`). Today's statistics are not available
    until the end of the day. Free of charge.

    Args:
        start_time (datetime.date):  Example: 2025-01-01.
        end_time (datetime.date):  Example: 2025-01-15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StatisticsResponse
    """

    return (
        await asyncio_detailed(
            start_time=start_time,
            end_time=end_time,
            client=client,
        )
    ).parsed
