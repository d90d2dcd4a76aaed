from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_response import WorkflowResponse
from ...types import Response


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflow/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

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
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    """Get a workflow (status, progress, step and final results)

     Returns the workflow: `processing_status` (`queue`, `processing`; terminal `success`
    or `fail`), `progress_percentage`, the file every finished step produced
    (`completions`, in order, each named by its `flow`) and, on success, the final files
    (`result`: `url` and `content_type`; the file host needs no API key). This is the
    operation to poll. Free of charge.

    Args:
        workflow_id (str):  Example: workflow-id-12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | WorkflowResponse | None:
    """Get a workflow (status, progress, step and final results)

     Returns the workflow: `processing_status` (`queue`, `processing`; terminal `success`
    or `fail`), `progress_percentage`, the file every finished step produced
    (`completions`, in order, each named by its `flow`) and, on success, the final files
    (`result`: `url` and `content_type`; the file host needs no API key). This is the
    operation to poll. Free of charge.

    Args:
        workflow_id (str):  Example: workflow-id-12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | HTTPValidationError | WorkflowResponse]:
    """Get a workflow (status, progress, step and final results)

     Returns the workflow: `processing_status` (`queue`, `processing`; terminal `success`
    or `fail`), `progress_percentage`, the file every finished step produced
    (`completions`, in order, each named by its `flow`) and, on success, the final files
    (`result`: `url` and `content_type`; the file host needs no API key). This is the
    operation to poll. Free of charge.

    Args:
        workflow_id (str):  Example: workflow-id-12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | HTTPValidationError | WorkflowResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | HTTPValidationError | WorkflowResponse | None:
    """Get a workflow (status, progress, step and final results)

     Returns the workflow: `processing_status` (`queue`, `processing`; terminal `success`
    or `fail`), `progress_percentage`, the file every finished step produced
    (`completions`, in order, each named by its `flow`) and, on success, the final files
    (`result`: `url` and `content_type`; the file host needs no API key). This is the
    operation to poll. Free of charge.

    Args:
        workflow_id (str):  Example: workflow-id-12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | HTTPValidationError | WorkflowResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
        )
    ).parsed
