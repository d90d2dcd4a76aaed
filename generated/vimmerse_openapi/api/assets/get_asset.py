from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/asset/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AssetResponse.from_dict(response.json())

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
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Get an asset (an image, video or audio result)

     Returns the asset: its `status`, its result file URLs (`results`), thumbnails, MIME
    type and the arguments it was made with. Every image, video and audio operation
    answers with an asset; with `async_mode` it is still processing and this is the
    operation to poll until `status` is `success` or `fail`. Free of charge.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetResponse | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Get an asset (an image, video or audio result)

     Returns the asset: its `status`, its result file URLs (`results`), thumbnails, MIME
    type and the arguments it was made with. Every image, video and audio operation
    answers with an asset; with `async_mode` it is still processing and this is the
    operation to poll until `status` is `success` or `fail`. Free of charge.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetResponse | ErrorMessage | HTTPValidationError
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Get an asset (an image, video or audio result)

     Returns the asset: its `status`, its result file URLs (`results`), thumbnails, MIME
    type and the arguments it was made with. Every image, video and audio operation
    answers with an asset; with `async_mode` it is still processing and this is the
    operation to poll until `status` is `success` or `fail`. Free of charge.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetResponse | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Get an asset (an image, video or audio result)

     Returns the asset: its `status`, its result file URLs (`results`), thumbnails, MIME
    type and the arguments it was made with. Every image, video and audio operation
    answers with an asset; with `async_mode` it is still processing and this is the
    operation to poll until `status` is `success` or `fail`. Free of charge.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetResponse | ErrorMessage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
        )
    ).parsed
