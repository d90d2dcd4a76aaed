from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.image_upload_request import ImageUploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ImageUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/image",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = ErrorMessage.from_dict(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Upload an image

     Stores one image (JPEG, PNG with transparency, or WebP) on the Vimmerse file host and
    returns it as an asset (`status` `success`); its `results[0]` is a public URL to pass
    as `image_url` (or in `image_urls`) to the other image, video and media operations.
    Free: the vendor states no price for uploads (its response list carries the `402`
    every vendor operation lists); uploading generates nothing, and a repeated upload only
    stores a second copy, so clients may retry it like a read.

    Args:
        body (ImageUploadRequest): Body of `uploadImage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetResponse | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Upload an image

     Stores one image (JPEG, PNG with transparency, or WebP) on the Vimmerse file host and
    returns it as an asset (`status` `success`); its `results[0]` is a public URL to pass
    as `image_url` (or in `image_urls`) to the other image, video and media operations.
    Free: the vendor states no price for uploads (its response list carries the `402`
    every vendor operation lists); uploading generates nothing, and a repeated upload only
    stores a second copy, so clients may retry it like a read.

    Args:
        body (ImageUploadRequest): Body of `uploadImage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetResponse | ErrorMessage | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Upload an image

     Stores one image (JPEG, PNG with transparency, or WebP) on the Vimmerse file host and
    returns it as an asset (`status` `success`); its `results[0]` is a public URL to pass
    as `image_url` (or in `image_urls`) to the other image, video and media operations.
    Free: the vendor states no price for uploads (its response list carries the `402`
    every vendor operation lists); uploading generates nothing, and a repeated upload only
    stores a second copy, so clients may retry it like a read.

    Args:
        body (ImageUploadRequest): Body of `uploadImage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetResponse | ErrorMessage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Upload an image

     Stores one image (JPEG, PNG with transparency, or WebP) on the Vimmerse file host and
    returns it as an asset (`status` `success`); its `results[0]` is a public URL to pass
    as `image_url` (or in `image_urls`) to the other image, video and media operations.
    Free: the vendor states no price for uploads (its response list carries the `402`
    every vendor operation lists); uploading generates nothing, and a repeated upload only
    stores a second copy, so clients may retry it like a read.

    Args:
        body (ImageUploadRequest): Body of `uploadImage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetResponse | ErrorMessage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
