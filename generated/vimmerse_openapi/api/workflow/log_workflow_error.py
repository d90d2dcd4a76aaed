from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_error_log_request import WorkflowErrorLogRequest
from ...models.workflow_error_log_response import WorkflowErrorLogResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowErrorLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflow/error-log",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowErrorLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

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
) -> Response[ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowErrorLogRequest,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse]:
    """Report an error of your workflow script

     Appends `error_message` (and the optional `context` object, e.g. the `workflow_id`
    and script name) to this customer's error log of the current week (one file per
    ISO week, reset weekly) and returns the log's path and URL. Free. JSON body.

    Args:
        body (WorkflowErrorLogRequest): Body of `logWorkflowError`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse]
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
    body: WorkflowErrorLogRequest,
) -> ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse | None:
    """Report an error of your workflow script

     Appends `error_message` (and the optional `context` object, e.g. the `workflow_id`
    and script name) to this customer's error log of the current week (one file per
    ISO week, reset weekly) and returns the log's path and URL. Free. JSON body.

    Args:
        body (WorkflowErrorLogRequest): Body of `logWorkflowError`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowErrorLogRequest,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse]:
    """Report an error of your workflow script

     Appends `error_message` (and the optional `context` object, e.g. the `workflow_id`
    and script name) to this customer's error log of the current week (one file per
    ISO week, reset weekly) and returns the log's path and URL. Free. JSON body.

    Args:
        body (WorkflowErrorLogRequest): Body of `logWorkflowError`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowErrorLogRequest,
) -> ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse | None:
    """Report an error of your workflow script

     Appends `error_message` (and the optional `context` object, e.g. the `workflow_id`
    and script name) to this customer's error log of the current week (one file per
    ISO week, reset weekly) and returns the log's path and URL. Free. JSON body.

    Args:
        body (WorkflowErrorLogRequest): Body of `logWorkflowError`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowErrorLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
