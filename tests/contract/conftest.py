"""Make the contract tests' helper modules (``_schema``, ``_models``, ``_captured_requests``,
``_reading_rule``) importable.

pytest runs with ``--import-mode=importlib``, which does not put test folders on
``sys.path``; the helpers live next to the tests, so add this folder explicitly.
"""

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
