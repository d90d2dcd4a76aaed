from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.media_create_request import MediaCreateRequest
from ...models.media_response import MediaResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MediaCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media",
    }

    _kwargs["files"] = body.to_multipart()

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
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Create a media (image or text to video) job

     Validates the input, charges credits, creates a media object and queues its video
    generation. Returns at once with the new media (status `queue_bullet`); poll
    `getMediaProcessingStatus` or pass `webhook_url`.

    Provide at least one of `prompt`, `image_files`, `image_urls` or `media_items`.
    One image animates it; two images make a transition from the first to the second.
    Costs credits: on `402 INSUFFICIENT_CREDIT` no job is created.

    Args:
        body (MediaCreateRequest): Body of `createMedia`. Give at least one of `prompt`,
            `image_files`, `image_urls`, `media_items`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
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
    body: MediaCreateRequest,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Create a media (image or text to video) job

     Validates the input, charges credits, creates a media object and queues its video
    generation. Returns at once with the new media (status `queue_bullet`); poll
    `getMediaProcessingStatus` or pass `webhook_url`.

    Provide at least one of `prompt`, `image_files`, `image_urls` or `media_items`.
    One image animates it; two images make a transition from the first to the second.
    Costs credits: on `402 INSUFFICIENT_CREDIT` no job is created.

    Args:
        body (MediaCreateRequest): Body of `createMedia`. Give at least one of `prompt`,
            `image_files`, `image_urls`, `media_items`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | MediaResponse]:
    """Create a media (image or text to video) job

     Validates the input, charges credits, creates a media object and queues its video
    generation. Returns at once with the new media (status `queue_bullet`); poll
    `getMediaProcessingStatus` or pass `webhook_url`.

    Provide at least one of `prompt`, `image_files`, `image_urls` or `media_items`.
    One image animates it; two images make a transition from the first to the second.
    Costs credits: on `402 INSUFFICIENT_CREDIT` no job is created.

    Args:
        body (MediaCreateRequest): Body of `createMedia`. Give at least one of `prompt`,
            `image_files`, `image_urls`, `media_items`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | MediaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MediaCreateRequest,
) -> ErrorMessage | HTTPValidationError | MediaResponse | None:
    """Create a media (image or text to video) job

     Validates the input, charges credits, creates a media object and queues its video
    generation. Returns at once with the new media (status `queue_bullet`); poll
    `getMediaProcessingStatus` or pass `webhook_url`.

    Provide at least one of `prompt`, `image_files`, `image_urls` or `media_items`.
    One image animates it; two images make a transition from the first to the second.
    Costs credits: on `402 INSUFFICIENT_CREDIT` no job is created.

    Args:
        body (MediaCreateRequest): Body of `createMedia`. Give at least one of `prompt`,
            `image_files`, `image_urls`, `media_items`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | MediaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
