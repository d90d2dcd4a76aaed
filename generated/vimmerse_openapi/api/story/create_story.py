from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.story_create_request import StoryCreateRequest
from ...models.story_response import StoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StoryCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/story",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | StoryResponse | None:
    if response.status_code == 200:
        response_200 = StoryResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | HTTPValidationError | StoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StoryCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | StoryResponse]:
    """Create a storyboard (advanced mode, step 1)

     Writes a storyboard (characters, environments, objects, scenes, music, title)
    from `idea` and/or images. With images, there is one scene per image and
    `scene_count` is ignored. Next: `generateStoryElements` (optional),
    `generateStoryScenes`, `generateStoryVideos`. Costs credits.

    Args:
        body (StoryCreateRequest): Body of `createStory`. A storyboard is made from an idea,
            images, or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StoryResponse]
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
    body: StoryCreateRequest,
) -> ErrorMessage | HTTPValidationError | StoryResponse | None:
    """Create a storyboard (advanced mode, step 1)

     Writes a storyboard (characters, environments, objects, scenes, music, title)
    from `idea` and/or images. With images, there is one scene per image and
    `scene_count` is ignored. Next: `generateStoryElements` (optional),
    `generateStoryScenes`, `generateStoryVideos`. Costs credits.

    Args:
        body (StoryCreateRequest): Body of `createStory`. A storyboard is made from an idea,
            images, or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StoryCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | StoryResponse]:
    """Create a storyboard (advanced mode, step 1)

     Writes a storyboard (characters, environments, objects, scenes, music, title)
    from `idea` and/or images. With images, there is one scene per image and
    `scene_count` is ignored. Next: `generateStoryElements` (optional),
    `generateStoryScenes`, `generateStoryVideos`. Costs credits.

    Args:
        body (StoryCreateRequest): Body of `createStory`. A storyboard is made from an idea,
            images, or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StoryCreateRequest,
) -> ErrorMessage | HTTPValidationError | StoryResponse | None:
    """Create a storyboard (advanced mode, step 1)

     Writes a storyboard (characters, environments, objects, scenes, music, title)
    from `idea` and/or images. With images, there is one scene per image and
    `scene_count` is ignored. Next: `generateStoryElements` (optional),
    `generateStoryScenes`, `generateStoryVideos`. Costs credits.

    Args:
        body (StoryCreateRequest): Body of `createStory`. A storyboard is made from an idea,
            images, or both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
