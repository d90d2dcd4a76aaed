from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_response import AssetResponse
from ...models.audio_text_to_speech_request import AudioTextToSpeechRequest
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AudioTextToSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/text-2-speech",
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
    body: AudioTextToSpeechRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Speak a text (text to speech)

     Reads `prompt` (up to about 5,000 characters of plain text) aloud in one of 21 voices
    (`voice`, default `Rachel`; the same voices as a media's narrator) and answers with
    an audio asset: `results` holds the URL of the speech file, ready when the call
    returns (`status` `success`). Use it as a voice-over (`audio_url`, `narration_url`).

    `option` picks the speech engine: ElevenLabs (`ElevenLabsTTS`, also the default when
    empty) or Google Chirp (`ChirpTTS`), for which `language` (e.g. `en-US`) sets the
    language; it is detected from the text when empty.

    Costs credits (`402` when the balance is short; nothing is made then). The vendor
    states no price: 5 credits per call is this document's flat assumption.

    Args:
        body (AudioTextToSpeechRequest): Body of `createSpeechFromText`.

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
    body: AudioTextToSpeechRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Speak a text (text to speech)

     Reads `prompt` (up to about 5,000 characters of plain text) aloud in one of 21 voices
    (`voice`, default `Rachel`; the same voices as a media's narrator) and answers with
    an audio asset: `results` holds the URL of the speech file, ready when the call
    returns (`status` `success`). Use it as a voice-over (`audio_url`, `narration_url`).

    `option` picks the speech engine: ElevenLabs (`ElevenLabsTTS`, also the default when
    empty) or Google Chirp (`ChirpTTS`), for which `language` (e.g. `en-US`) sets the
    language; it is detected from the text when empty.

    Costs credits (`402` when the balance is short; nothing is made then). The vendor
    states no price: 5 credits per call is this document's flat assumption.

    Args:
        body (AudioTextToSpeechRequest): Body of `createSpeechFromText`.

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
    body: AudioTextToSpeechRequest,
) -> Response[AssetResponse | ErrorMessage | HTTPValidationError]:
    """Speak a text (text to speech)

     Reads `prompt` (up to about 5,000 characters of plain text) aloud in one of 21 voices
    (`voice`, default `Rachel`; the same voices as a media's narrator) and answers with
    an audio asset: `results` holds the URL of the speech file, ready when the call
    returns (`status` `success`). Use it as a voice-over (`audio_url`, `narration_url`).

    `option` picks the speech engine: ElevenLabs (`ElevenLabsTTS`, also the default when
    empty) or Google Chirp (`ChirpTTS`), for which `language` (e.g. `en-US`) sets the
    language; it is detected from the text when empty.

    Costs credits (`402` when the balance is short; nothing is made then). The vendor
    states no price: 5 credits per call is this document's flat assumption.

    Args:
        body (AudioTextToSpeechRequest): Body of `createSpeechFromText`.

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
    body: AudioTextToSpeechRequest,
) -> AssetResponse | ErrorMessage | HTTPValidationError | None:
    """Speak a text (text to speech)

     Reads `prompt` (up to about 5,000 characters of plain text) aloud in one of 21 voices
    (`voice`, default `Rachel`; the same voices as a media's narrator) and answers with
    an audio asset: `results` holds the URL of the speech file, ready when the call
    returns (`status` `success`). Use it as a voice-over (`audio_url`, `narration_url`).

    `option` picks the speech engine: ElevenLabs (`ElevenLabsTTS`, also the default when
    empty) or Google Chirp (`ChirpTTS`), for which `language` (e.g. `en-US`) sets the
    language; it is detected from the text when empty.

    Costs credits (`402` when the balance is short; nothing is made then). The vendor
    states no price: 5 credits per call is this document's flat assumption.

    Args:
        body (AudioTextToSpeechRequest): Body of `createSpeechFromText`.

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
