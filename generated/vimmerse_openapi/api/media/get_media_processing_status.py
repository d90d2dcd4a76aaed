from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.media_status_response import MediaStatusResponse
from ...types import Response


def _get_kwargs(
    media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}/processing-status".format(
            media_id=quote(str(media_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | MediaStatusResponse | None:
    if response.status_code == 200:
        response_200 = MediaStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

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
) -> Response[ErrorMessage | HTTPValidationError | MediaStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | MediaStatusResponse]:
    """Get a media's processing status

     Lightweight status for polling: `processing_status` and `progress_percentage`.
    Terminal statuses are `success`, `fail` and `cancel`; keep polling on any other
    value, including ones this document does not list yet.

    Args:
        media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaStatusResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | MediaStatusResponse | None:
    """Get a media's processing status

     Lightweight status for polling: `processing_status` and `progress_percentage`.
    Terminal statuses are `success`, `fail` and `cancel`; keep polling on any other
    value, including ones this document does not list yet.

    Args:
        media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaStatusResponse
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | MediaStatusResponse]:
    """Get a media's processing status

     Lightweight status for polling: `processing_status` and `progress_percentage`.
    Terminal statuses are `success`, `fail` and `cancel`; keep polling on any other
    value, including ones this document does not list yet.

    Args:
        media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaStatusResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | MediaStatusResponse | None:
    """Get a media's processing status

     Lightweight status for polling: `processing_status` and `progress_percentage`.
    Terminal statuses are `success`, `fail` and `cancel`; keep polling on any other
    value, including ones this document does not list yet.

    Args:
        media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaStatusResponse
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
        )
    ).parsed
