from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.story_concat_request import StoryConcatRequest
from ...models.story_response import StoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    story_id: str,
    *,
    body: StoryConcatRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/story/{story_id}/concat".format(
            story_id=quote(str(story_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    story_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoryConcatRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | StoryResponse]:
    """Compose the scene videos into the story video

     Concatenates the story's scene videos (or `concat_video_urls`), mixes
    `audio_urls` over them and sets `video_url` when done. An empty body composes
    the generated scenes. Costs credits.

    Args:
        story_id (str):
        body (StoryConcatRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StoryResponse]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    story_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoryConcatRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | StoryResponse | None:
    """Compose the scene videos into the story video

     Concatenates the story's scene videos (or `concat_video_urls`), mixes
    `audio_urls` over them and sets `video_url` when done. An empty body composes
    the generated scenes. Costs credits.

    Args:
        story_id (str):
        body (StoryConcatRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StoryResponse
    """

    return sync_detailed(
        story_id=story_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    story_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoryConcatRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | StoryResponse]:
    """Compose the scene videos into the story video

     Concatenates the story's scene videos (or `concat_video_urls`), mixes
    `audio_urls` over them and sets `video_url` when done. An empty body composes
    the generated scenes. Costs credits.

    Args:
        story_id (str):
        body (StoryConcatRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | StoryResponse]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    story_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StoryConcatRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | StoryResponse | None:
    """Compose the scene videos into the story video

     Concatenates the story's scene videos (or `concat_video_urls`), mixes
    `audio_urls` over them and sets `video_url` when done. An empty body composes
    the generated scenes. Costs credits.

    Args:
        story_id (str):
        body (StoryConcatRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | StoryResponse
    """

    return (
        await asyncio_detailed(
            story_id=story_id,
            client=client,
            body=body,
        )
    ).parsed
