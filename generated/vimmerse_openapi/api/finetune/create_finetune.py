from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.error_message import ErrorMessage
from ...models.finetune_create_request import FinetuneCreateRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: FinetuneCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/finetune",
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

    if response.status_code == 402:
        response_402 = ErrorMessage.from_dict(response.json())

        return response_402

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
    body: FinetuneCreateRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Train a LoRA image model on your images

     Starts training a LoRA for Flux (`option`: `FluxFinetune`, `FluxProFinetune`, or
    `FluxKontextFinetune` for edits learnt from image pairs) on a few images of one
    character, product or style (`finetune_type`, `Auto` by default). Give
    `image_files` (uploaded) or `image_urls` (ignored when files are uploaded); with
    `FluxKontextFinetune` give them in pairs (start, end) and a `prompt` describing the
    edit from start to end. `lora_prefix` starts the model's name and its trigger word
    (write the trigger word in later image prompts); `num_iterations` 0 lets the
    service choose.

    Answers an asset (`getAsset` polls it); `getFinetuneStatus` reports the training by
    trigger word and, once trained, sample images. Costs credits (the vendor states no
    price; this document assumes a flat 100 per training): on `402` nothing starts.

    Args:
        body (FinetuneCreateRequest): Body of `createFinetune`. Give `image_files` or
            `image_urls`.

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
    body: FinetuneCreateRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Train a LoRA image model on your images

     Starts training a LoRA for Flux (`option`: `FluxFinetune`, `FluxProFinetune`, or
    `FluxKontextFinetune` for edits learnt from image pairs) on a few images of one
    character, product or style (`finetune_type`, `Auto` by default). Give
    `image_files` (uploaded) or `image_urls` (ignored when files are uploaded); with
    `FluxKontextFinetune` give them in pairs (start, end) and a `prompt` describing the
    edit from start to end. `lora_prefix` starts the model's name and its trigger word
    (write the trigger word in later image prompts); `num_iterations` 0 lets the
    service choose.

    Answers an asset (`getAsset` polls it); `getFinetuneStatus` reports the training by
    trigger word and, once trained, sample images. Costs credits (the vendor states no
    price; this document assumes a flat 100 per training): on `402` nothing starts.

    Args:
        body (FinetuneCreateRequest): Body of `createFinetune`. Give `image_files` or
            `image_urls`.

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
    body: FinetuneCreateRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Train a LoRA image model on your images

     Starts training a LoRA for Flux (`option`: `FluxFinetune`, `FluxProFinetune`, or
    `FluxKontextFinetune` for edits learnt from image pairs) on a few images of one
    character, product or style (`finetune_type`, `Auto` by default). Give
    `image_files` (uploaded) or `image_urls` (ignored when files are uploaded); with
    `FluxKontextFinetune` give them in pairs (start, end) and a `prompt` describing the
    edit from start to end. `lora_prefix` starts the model's name and its trigger word
    (write the trigger word in later image prompts); `num_iterations` 0 lets the
    service choose.

    Answers an asset (`getAsset` polls it); `getFinetuneStatus` reports the training by
    trigger word and, once trained, sample images. Costs credits (the vendor states no
    price; this document assumes a flat 100 per training): on `402` nothing starts.

    Args:
        body (FinetuneCreateRequest): Body of `createFinetune`. Give `image_files` or
            `image_urls`.

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
    body: FinetuneCreateRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Train a LoRA image model on your images

     Starts training a LoRA for Flux (`option`: `FluxFinetune`, `FluxProFinetune`, or
    `FluxKontextFinetune` for edits learnt from image pairs) on a few images of one
    character, product or style (`finetune_type`, `Auto` by default). Give
    `image_files` (uploaded) or `image_urls` (ignored when files are uploaded); with
    `FluxKontextFinetune` give them in pairs (start, end) and a `prompt` describing the
    edit from start to end. `lora_prefix` starts the model's name and its trigger word
    (write the trigger word in later image prompts); `num_iterations` 0 lets the
    service choose.

    Answers an asset (`getAsset` polls it); `getFinetuneStatus` reports the training by
    trigger word and, once trained, sample images. Costs credits (the vendor states no
    price; this document assumes a flat 100 per training): on `402` nothing starts.

    Args:
        body (FinetuneCreateRequest): Body of `createFinetune`. Give `image_files` or
            `image_urls`.

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
