from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.text_prompt_request import TextPromptRequest
from ...models.text_prompt_response import TextPromptResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TextPromptRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/text/prompt",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | TextPromptResponse | None:
    if response.status_code == 200:
        response_200 = TextPromptResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | HTTPValidationError | TextPromptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextPromptRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | TextPromptResponse]:
    """Write a prompt (from an image, a draft prompt, or from nothing)

     Writes a generation prompt and answers it as `data` (a string), at once; no job.
    What it writes depends on `option`:

    * `Image2Prompt`: describes the image given as `image_url` (or the deprecated
      `image_file` upload); a second image (`image2_url`) or a video (`video_url`,
      `video_file`) can be given too;
    * `RefinePrompt`: rewrites your `prompt` in more detail (`mode`, default `scene`,
      is the style of refinement);
    * `SuggestPrompt`: suggests a prompt of its own;
    * `InspireMe` (the default): picks one of the above from what you sent.

    A missing input for the option chosen (no image for `Image2Prompt`, no prompt for
    `RefinePrompt`) answers `400`. Free of charge: the vendor documents no price and no
    `402` for it.

    Args:
        body (TextPromptRequest | Unset): Body of `generateTextPrompt`. Which fields matter
            depends on `option`: an image
            (`image_url` or `image_file`) for `Image2Prompt`, `prompt` for `RefinePrompt`,
            nothing for `SuggestPrompt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TextPromptResponse]
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
    body: TextPromptRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | TextPromptResponse | None:
    """Write a prompt (from an image, a draft prompt, or from nothing)

     Writes a generation prompt and answers it as `data` (a string), at once; no job.
    What it writes depends on `option`:

    * `Image2Prompt`: describes the image given as `image_url` (or the deprecated
      `image_file` upload); a second image (`image2_url`) or a video (`video_url`,
      `video_file`) can be given too;
    * `RefinePrompt`: rewrites your `prompt` in more detail (`mode`, default `scene`,
      is the style of refinement);
    * `SuggestPrompt`: suggests a prompt of its own;
    * `InspireMe` (the default): picks one of the above from what you sent.

    A missing input for the option chosen (no image for `Image2Prompt`, no prompt for
    `RefinePrompt`) answers `400`. Free of charge: the vendor documents no price and no
    `402` for it.

    Args:
        body (TextPromptRequest | Unset): Body of `generateTextPrompt`. Which fields matter
            depends on `option`: an image
            (`image_url` or `image_file`) for `Image2Prompt`, `prompt` for `RefinePrompt`,
            nothing for `SuggestPrompt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TextPromptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextPromptRequest | Unset = UNSET,
) -> Response[ErrorMessage | HTTPValidationError | TextPromptResponse]:
    """Write a prompt (from an image, a draft prompt, or from nothing)

     Writes a generation prompt and answers it as `data` (a string), at once; no job.
    What it writes depends on `option`:

    * `Image2Prompt`: describes the image given as `image_url` (or the deprecated
      `image_file` upload); a second image (`image2_url`) or a video (`video_url`,
      `video_file`) can be given too;
    * `RefinePrompt`: rewrites your `prompt` in more detail (`mode`, default `scene`,
      is the style of refinement);
    * `SuggestPrompt`: suggests a prompt of its own;
    * `InspireMe` (the default): picks one of the above from what you sent.

    A missing input for the option chosen (no image for `Image2Prompt`, no prompt for
    `RefinePrompt`) answers `400`. Free of charge: the vendor documents no price and no
    `402` for it.

    Args:
        body (TextPromptRequest | Unset): Body of `generateTextPrompt`. Which fields matter
            depends on `option`: an image
            (`image_url` or `image_file`) for `Image2Prompt`, `prompt` for `RefinePrompt`,
            nothing for `SuggestPrompt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | TextPromptResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TextPromptRequest | Unset = UNSET,
) -> ErrorMessage | HTTPValidationError | TextPromptResponse | None:
    """Write a prompt (from an image, a draft prompt, or from nothing)

     Writes a generation prompt and answers it as `data` (a string), at once; no job.
    What it writes depends on `option`:

    * `Image2Prompt`: describes the image given as `image_url` (or the deprecated
      `image_file` upload); a second image (`image2_url`) or a video (`video_url`,
      `video_file`) can be given too;
    * `RefinePrompt`: rewrites your `prompt` in more detail (`mode`, default `scene`,
      is the style of refinement);
    * `SuggestPrompt`: suggests a prompt of its own;
    * `InspireMe` (the default): picks one of the above from what you sent.

    A missing input for the option chosen (no image for `Image2Prompt`, no prompt for
    `RefinePrompt`) answers `400`. Free of charge: the vendor documents no price and no
    `402` for it.

    Args:
        body (TextPromptRequest | Unset): Body of `generateTextPrompt`. Which fields matter
            depends on `option`: an image
            (`image_url` or `image_file`) for `Image2Prompt`, `prompt` for `RefinePrompt`,
            nothing for `SuggestPrompt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | TextPromptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
