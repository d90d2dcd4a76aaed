"""Models and enums of the API (the generated ``vimmerse_openapi.models``), and the SDK's input types.

Import them from here so user code does not depend on the generated package's layout. Answers
are read leniently into the declared types: optional fields are ``None`` when absent, null or of
the wrong shape (the answer as received stays in ``.raw``), enum fields hold a member or, for a
value newer than this client, its string; unknown fields are kept in ``.additional_properties``.
Like the generated package, each model is imported on first use.
"""

from typing import TYPE_CHECKING, Any

import vimmerse_openapi.models as _models
from vimmerse_openapi.sdk.spec import DownloadProgress, FileInput, WaitProgress

from ._retry import RetryPolicy
from ._wait import PollPolicy

if TYPE_CHECKING:
    from vimmerse_openapi.models import *  # noqa: F403 -- every model, as the document names them

ImageInput = FileInput
ProgressCallback = DownloadProgress


def __getattr__(name: str) -> Any:
    if name in _models.__all__:
        return getattr(_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [  # the generated names, then the SDK's own
    *_models.__all__,
    "DownloadProgress",
    "FileInput",
    "ImageInput",
    "PollPolicy",
    "ProgressCallback",
    "RetryPolicy",
    "WaitProgress",
]
