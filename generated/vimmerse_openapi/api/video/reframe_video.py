from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.video_reframe_request import VideoReframeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VideoReframeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/video/reframe",
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
    body: VideoReframeRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Reframe a video to another aspect ratio with AI (Luma)

     Re-composes the input video (`video_file` or `video_url`) for `aspect_ratio` (default
    `16:9`): instead of cutting content away, the model moves the virtual camera and
    generates what the new frame needs. Works best with a clear foreground subject.
    `prompt` guides it (default `Make it realistic`); `grid_position_x/y` and
    `x_start`/`x_end`/`y_start`/`y_end` place the source in the new frame (centred when
    absent). Answers an asset whose `results` are the reframed MP4; poll `getAsset` if it
    is not `success` yet, or pass `webhook_url`. Costs credits (the vendor states no
    price: 10 assumed).

    Args:
        body (VideoReframeRequest): Body of `reframeVideo`. Give `video_file` or `video_url`.

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
    body: VideoReframeRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Reframe a video to another aspect ratio with AI (Luma)

     Re-composes the input video (`video_file` or `video_url`) for `aspect_ratio` (default
    `16:9`): instead of cutting content away, the model moves the virtual camera and
    generates what the new frame needs. Works best with a clear foreground subject.
    `prompt` guides it (default `Make it realistic`); `grid_position_x/y` and
    `x_start`/`x_end`/`y_start`/`y_end` place the source in the new frame (centred when
    absent). Answers an asset whose `results` are the reframed MP4; poll `getAsset` if it
    is not `success` yet, or pass `webhook_url`. Costs credits (the vendor states no
    price: 10 assumed).

    Args:
        body (VideoReframeRequest): Body of `reframeVideo`. Give `video_file` or `video_url`.

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
    body: VideoReframeRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Reframe a video to another aspect ratio with AI (Luma)

     Re-composes the input video (`video_file` or `video_url`) for `aspect_ratio` (default
    `16:9`): instead of cutting content away, the model moves the virtual camera and
    generates what the new frame needs. Works best with a clear foreground subject.
    `prompt` guides it (default `Make it realistic`); `grid_position_x/y` and
    `x_start`/`x_end`/`y_start`/`y_end` place the source in the new frame (centred when
    absent). Answers an asset whose `results` are the reframed MP4; poll `getAsset` if it
    is not `success` yet, or pass `webhook_url`. Costs credits (the vendor states no
    price: 10 assumed).

    Args:
        body (VideoReframeRequest): Body of `reframeVideo`. Give `video_file` or `video_url`.

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
    body: VideoReframeRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Reframe a video to another aspect ratio with AI (Luma)

     Re-composes the input video (`video_file` or `video_url`) for `aspect_ratio` (default
    `16:9`): instead of cutting content away, the model moves the virtual camera and
    generates what the new frame needs. Works best with a clear foreground subject.
    `prompt` guides it (default `Make it realistic`); `grid_position_x/y` and
    `x_start`/`x_end`/`y_start`/`y_end` place the source in the new frame (centred when
    absent). Answers an asset whose `results` are the reframed MP4; poll `getAsset` if it
    is not `success` yet, or pass `webhook_url`. Costs credits (the vendor states no
    price: 10 assumed).

    Args:
        body (VideoReframeRequest): Body of `reframeVideo`. Give `video_file` or `video_url`.

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
