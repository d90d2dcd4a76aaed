from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    media_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}".format(
            media_id=quote(str(media_id), safe=""),
        ),
        "params": params,
    }

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
    fields: str | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Get a media

     Returns the media object: status, progress, generated results, history and the
    parameters it was submitted with. Free of charge.

    Args:
        media_id (str):
        fields (str | Unset):  Example: id,processing_status,progress_percentage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Get a media

     Returns the media object: status, progress, generated results, history and the
    parameters it was submitted with. Free of charge.

    Args:
        media_id (str):
        fields (str | Unset):  Example: id,processing_status,progress_percentage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaResponse
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Get a media

     Returns the media object: status, progress, generated results, history and the
    parameters it was submitted with. Free of charge.

    Args:
        media_id (str):
        fields (str | Unset):  Example: id,processing_status,progress_percentage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Get a media

     Returns the media object: status, progress, generated results, history and the
    parameters it was submitted with. Free of charge.

    Args:
        media_id (str):
        fields (str | Unset):  Example: id,processing_status,progress_percentage.

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
            fields=fields,
        )
    ).parsed
