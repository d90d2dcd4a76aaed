"""Resource namespaces of the client: ``client.media`` and ``client.story``."""

from .media import AsyncMediaResource, MediaResource
from .story import AsyncStoryResource, StoryResource

__all__ = ["AsyncMediaResource", "AsyncStoryResource", "MediaResource", "StoryResource"]
