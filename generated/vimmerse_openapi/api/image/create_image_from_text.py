from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.image_text_to_image_request import ImageTextToImageRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ImageTextToImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/image/text-2-image",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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

    if response.status_code == 402:
        response_402 = ErrorMessage.from_dict(response.json())

        return response_402

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
    body: ImageTextToImageRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Generate images from a text prompt

     Generates `quantity` (1-4) images of `aspect_ratio` from `prompt` with the image model
    `option` (`Auto` picks one). `creativity_strength` (1-10) trades faithfulness for
    variation; `enhance_image` adds a 1x super-resolution pass.

    Answers the asset, finished (`status` `success`, one URL per image in `results`),
    unless `async_mode` is set: then it answers at once and the asset is polled with
    `getAsset` (or `webhook_url` is notified). Costs credits (the vendor states no price;
    this document assumes 5 per image); on `402 INSUFFICIENT_CREDIT` nothing is made.

    Args:
        body (ImageTextToImageRequest): Body of `createImageFromText`.

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
    body: ImageTextToImageRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Generate images from a text prompt

     Generates `quantity` (1-4) images of `aspect_ratio` from `prompt` with the image model
    `option` (`Auto` picks one). `creativity_strength` (1-10) trades faithfulness for
    variation; `enhance_image` adds a 1x super-resolution pass.

    Answers the asset, finished (`status` `success`, one URL per image in `results`),
    unless `async_mode` is set: then it answers at once and the asset is polled with
    `getAsset` (or `webhook_url` is notified). Costs credits (the vendor states no price;
    this document assumes 5 per image); on `402 INSUFFICIENT_CREDIT` nothing is made.

    Args:
        body (ImageTextToImageRequest): Body of `createImageFromText`.

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
    body: ImageTextToImageRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Generate images from a text prompt

     Generates `quantity` (1-4) images of `aspect_ratio` from `prompt` with the image model
    `option` (`Auto` picks one). `creativity_strength` (1-10) trades faithfulness for
    variation; `enhance_image` adds a 1x super-resolution pass.

    Answers the asset, finished (`status` `success`, one URL per image in `results`),
    unless `async_mode` is set: then it answers at once and the asset is polled with
    `getAsset` (or `webhook_url` is notified). Costs credits (the vendor states no price;
    this document assumes 5 per image); on `402 INSUFFICIENT_CREDIT` nothing is made.

    Args:
        body (ImageTextToImageRequest): Body of `createImageFromText`.

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
    body: ImageTextToImageRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Generate images from a text prompt

     Generates `quantity` (1-4) images of `aspect_ratio` from `prompt` with the image model
    `option` (`Auto` picks one). `creativity_strength` (1-10) trades faithfulness for
    variation; `enhance_image` adds a 1x super-resolution pass.

    Answers the asset, finished (`status` `success`, one URL per image in `results`),
    unless `async_mode` is set: then it answers at once and the asset is polled with
    `getAsset` (or `webhook_url` is notified). Costs credits (the vendor states no price;
    this document assumes 5 per image); on `402 INSUFFICIENT_CREDIT` nothing is made.

    Args:
        body (ImageTextToImageRequest): Body of `createImageFromText`.

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
