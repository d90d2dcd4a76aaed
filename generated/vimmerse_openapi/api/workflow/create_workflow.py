from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_create_request import WorkflowCreateRequest
from ...models.workflow_response import WorkflowResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflow",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | WorkflowResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    """Run a workflow template over your images

     Starts a multi-step workflow (crop, background replacement, upscaling, animation,
    composition… as the template defines) over one or more images and returns at once
    with the workflow (`processing_status` not yet terminal). Poll `getWorkflow` until
    `processing_status` is `success` (then `result` lists the final files, each a `url`
    and a `content_type`, and `completions` the intermediate file of every step) or
    `fail`; the vendor's guide polls every 30 seconds, a run takes minutes.

    Give `image_files` (uploaded) or `image_urls` (ignored when files are uploaded).
    `template_id` picks the pipeline (`overlay_gray_5443` by default); `options` is a
    JSON object of the template's settings (`WorkflowOptions`: background videos,
    prompt, motion model…). Costs credits (the vendor states no price; this document
    assumes a flat 50 per run): on `402 INSUFFICIENT_CREDIT` nothing is created.

    Args:
        body (WorkflowCreateRequest): Body of `createWorkflow`. Give `image_files` or
            `image_urls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowResponse]
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
    body: WorkflowCreateRequest,
) -> ErrorMessage | HTTPValidationError | WorkflowResponse | None:
    """Run a workflow template over your images

     Starts a multi-step workflow (crop, background replacement, upscaling, animation,
    composition… as the template defines) over one or more images and returns at once
    with the workflow (`processing_status` not yet terminal). Poll `getWorkflow` until
    `processing_status` is `success` (then `result` lists the final files, each a `url`
    and a `content_type`, and `completions` the intermediate file of every step) or
    `fail`; the vendor's guide polls every 30 seconds, a run takes minutes.

    Give `image_files` (uploaded) or `image_urls` (ignored when files are uploaded).
    `template_id` picks the pipeline (`overlay_gray_5443` by default); `options` is a
    JSON object of the template's settings (`WorkflowOptions`: background videos,
    prompt, motion model…). Costs credits (the vendor states no price; this document
    assumes a flat 50 per run): on `402 INSUFFICIENT_CREDIT` nothing is created.

    Args:
        body (WorkflowCreateRequest): Body of `createWorkflow`. Give `image_files` or
            `image_urls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowCreateRequest,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    """Run a workflow template over your images

     Starts a multi-step workflow (crop, background replacement, upscaling, animation,
    composition… as the template defines) over one or more images and returns at once
    with the workflow (`processing_status` not yet terminal). Poll `getWorkflow` until
    `processing_status` is `success` (then `result` lists the final files, each a `url`
    and a `content_type`, and `completions` the intermediate file of every step) or
    `fail`; the vendor's guide polls every 30 seconds, a run takes minutes.

    Give `image_files` (uploaded) or `image_urls` (ignored when files are uploaded).
    `template_id` picks the pipeline (`overlay_gray_5443` by default); `options` is a
    JSON object of the template's settings (`WorkflowOptions`: background videos,
    prompt, motion model…). Costs credits (the vendor states no price; this document
    assumes a flat 50 per run): on `402 INSUFFICIENT_CREDIT` nothing is created.

    Args:
        body (WorkflowCreateRequest): Body of `createWorkflow`. Give `image_files` or
            `image_urls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowCreateRequest,
) -> ErrorMessage | HTTPValidationError | WorkflowResponse | None:
    """Run a workflow template over your images

     Starts a multi-step workflow (crop, background replacement, upscaling, animation,
    composition… as the template defines) over one or more images and returns at once
    with the workflow (`processing_status` not yet terminal). Poll `getWorkflow` until
    `processing_status` is `success` (then `result` lists the final files, each a `url`
    and a `content_type`, and `completions` the intermediate file of every step) or
    `fail`; the vendor's guide polls every 30 seconds, a run takes minutes.

    Give `image_files` (uploaded) or `image_urls` (ignored when files are uploaded).
    `template_id` picks the pipeline (`overlay_gray_5443` by default); `options` is a
    JSON object of the template's settings (`WorkflowOptions`: background videos,
    prompt, motion model…). Costs credits (the vendor states no price; this document
    assumes a flat 50 per run): on `402 INSUFFICIENT_CREDIT` nothing is created.

    Args:
        body (WorkflowCreateRequest): Body of `createWorkflow`. Give `image_files` or
            `image_urls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
