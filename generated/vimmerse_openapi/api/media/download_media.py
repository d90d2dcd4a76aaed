from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.motion_type import MotionType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    media_id: str,
    *,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: MotionType | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    params: dict[str, Any] = {}

    params["object_type"] = object_type

    json_motion_type: str | Unset = UNSET
    if not isinstance(motion_type, Unset):
        json_motion_type = motion_type.value

    params["motion_type"] = json_motion_type

    params["width"] = width

    params["file_size"] = file_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}/download".format(
            media_id=quote(str(media_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrorMessage.from_dict(response.json())

        return response_416

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
) -> Response[Any | ErrorMessage | File | HTTPValidationError]:
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
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: MotionType | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Any | ErrorMessage | File | HTTPValidationError]:
    """Download a media's video, GIF or source file

     Streams the generated file (by default the MP4 of the `Auto` motion). The service
    may answer with a redirect to its file host; that host needs no API key, and
    clients must not forward `X-Api-Key` to it. Supports `Range` for resuming.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'. Example: bullet_video_mp4.
        motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one.
        width (int | Unset):  Example: 1080.
        file_size (int | Unset):  Example: 4.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: MotionType | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Any | ErrorMessage | File | HTTPValidationError | None:
    """Download a media's video, GIF or source file

     Streams the generated file (by default the MP4 of the `Auto` motion). The service
    may answer with a redirect to its file host; that host needs no API key, and
    clients must not forward `X-Api-Key` to it. Supports `Range` for resuming.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'. Example: bullet_video_mp4.
        motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one.
        width (int | Unset):  Example: 1080.
        file_size (int | Unset):  Example: 4.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | File | HTTPValidationError
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: MotionType | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Any | ErrorMessage | File | HTTPValidationError]:
    """Download a media's video, GIF or source file

     Streams the generated file (by default the MP4 of the `Auto` motion). The service
    may answer with a redirect to its file host; that host needs no API key, and
    clients must not forward `X-Api-Key` to it. Supports `Range` for resuming.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'. Example: bullet_video_mp4.
        motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one.
        width (int | Unset):  Example: 1080.
        file_size (int | Unset):  Example: 4.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: MotionType | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Any | ErrorMessage | File | HTTPValidationError | None:
    """Download a media's video, GIF or source file

     Streams the generated file (by default the MP4 of the `Auto` motion). The service
    may answer with a redirect to its file host; that host needs no API key, and
    clients must not forward `X-Api-Key` to it. Supports `Range` for resuming.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'. Example: bullet_video_mp4.
        motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one.
        width (int | Unset):  Example: 1080.
        file_size (int | Unset):  Example: 4.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            object_type=object_type,
            motion_type=motion_type,
            width=width,
            file_size=file_size,
            range_=range_,
        )
    ).parsed
