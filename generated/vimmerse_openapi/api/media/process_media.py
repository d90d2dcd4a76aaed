from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...models.process_media_request import ProcessMediaRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    media_id: str,
    *,
    body: ProcessMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/{media_id}/process".format(
            media_id=quote(str(media_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    if response.status_code == 200:
        response_200 = MediaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorMessage.from_dict(response.json())

        return response_402

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
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
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
    body: ProcessMediaRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Resubmit a media for generation

     Runs the media's generation again with its stored parameters (retry after a
    failure, or a fresh variation). Costs credits every time, even after a success.
    The body is optional and carries no fields today.

    Args:
        media_id (str):
        body (ProcessMediaRequest | Unset): Reserved; carries no field today. Send nothing or
            `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProcessMediaRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Resubmit a media for generation

     Runs the media's generation again with its stored parameters (retry after a
    failure, or a fresh variation). Costs credits every time, even after a success.
    The body is optional and carries no fields today.

    Args:
        media_id (str):
        body (ProcessMediaRequest | Unset): Reserved; carries no field today. Send nothing or
            `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaResponse
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProcessMediaRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Resubmit a media for generation

     Runs the media's generation again with its stored parameters (retry after a
    failure, or a fresh variation). Costs credits every time, even after a success.
    The body is optional and carries no fields today.

    Args:
        media_id (str):
        body (ProcessMediaRequest | Unset): Reserved; carries no field today. Send nothing or
            `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProcessMediaRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Resubmit a media for generation

     Runs the media's generation again with its stored parameters (retry after a
    failure, or a fresh variation). Costs credits every time, even after a success.
    The body is optional and carries no fields today.

    Args:
        media_id (str):
        body (ProcessMediaRequest | Unset): Reserved; carries no field today. Send nothing or
            `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaResponse
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            body=body,
        )
    ).parsed
