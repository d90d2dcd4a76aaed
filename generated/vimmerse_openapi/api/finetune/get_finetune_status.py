from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.finetune_status_response import FinetuneStatusResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    trigger_word: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/finetune/{trigger_word}".format(
            trigger_word=quote(str(trigger_word), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | FinetuneStatusResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FinetuneStatusResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | FinetuneStatusResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_word: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | FinetuneStatusResponse | HTTPValidationError]:
    """Get a finetune's training status and sample outputs

     Reports the training of the LoRA with this trigger word; once trained, `data` lists
    sample images made with it (`URL`), an empty list before. Free of charge.

    Args:
        trigger_word (str):  Example: MYLORA_53c6eg9.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FinetuneStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        trigger_word=trigger_word,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_word: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | FinetuneStatusResponse | HTTPValidationError | None:
    """Get a finetune's training status and sample outputs

     Reports the training of the LoRA with this trigger word; once trained, `data` lists
    sample images made with it (`URL`), an empty list before. Free of charge.

    Args:
        trigger_word (str):  Example: MYLORA_53c6eg9.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FinetuneStatusResponse | HTTPValidationError
    """

    return sync_detailed(
        trigger_word=trigger_word,
        client=client,
    ).parsed


async def asyncio_detailed(
    trigger_word: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | FinetuneStatusResponse | HTTPValidationError]:
    """Get a finetune's training status and sample outputs

     Reports the training of the LoRA with this trigger word; once trained, `data` lists
    sample images made with it (`URL`), an empty list before. Free of charge.

    Args:
        trigger_word (str):  Example: MYLORA_53c6eg9.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FinetuneStatusResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        trigger_word=trigger_word,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_word: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | FinetuneStatusResponse | HTTPValidationError | None:
    """Get a finetune's training status and sample outputs

     Reports the training of the LoRA with this trigger word; once trained, `data` lists
    sample images made with it (`URL`), an empty list before. Free of charge.

    Args:
        trigger_word (str):  Example: MYLORA_53c6eg9.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FinetuneStatusResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            trigger_word=trigger_word,
            client=client,
        )
    ).parsed
