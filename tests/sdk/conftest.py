"""Makes ``sdk_helpers`` importable (pytest runs in importlib mode) and exposes its fixtures."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sdk_helpers import fake, fake_client, mode

__all__ = ["fake", "fake_client", "mode"]
