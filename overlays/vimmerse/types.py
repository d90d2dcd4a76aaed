"""Models and enums of the API (the generated ``vimmerse_openapi.models``), and the SDK's input types.

Import them from here so user code does not depend on the generated package's layout. Answers
are read leniently into the declared types: optional fields are ``None`` when absent, null or of
the wrong shape (the answer as received stays in ``.raw``), enum fields hold a member or, for a
value newer than this client, its string; unknown fields are kept in ``.additional_properties``.
"""

from vimmerse_openapi.models import *  # noqa: F403 -- every model, as the document names them
from vimmerse_openapi.models import __all__ as _MODELS
from vimmerse_openapi.sdk.spec import DownloadProgress, FileInput, WaitProgress

from ._retry import RetryPolicy
from ._wait import PollPolicy

ImageInput = FileInput
ProgressCallback = DownloadProgress

__all__ = [
    *_MODELS,
    "DownloadProgress",
    "FileInput",
    "ImageInput",
    "PollPolicy",
    "ProgressCallback",
    "RetryPolicy",
    "WaitProgress",
]
