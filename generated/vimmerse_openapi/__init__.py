"""A client library for accessing Vimmerse API"""

# The clients are imported on first use (module __getattr__): ``client`` pulls in attrs, which the
# typed SDK (vimmerse_openapi.sdk) needs only once it parses an answer (import time).
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
