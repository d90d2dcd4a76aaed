"""Make the contract tests' helper modules (the ``_*.py`` files beside them) importable.

pytest runs with ``--import-mode=importlib``, which does not put test folders on
``sys.path``; the helpers live next to the tests, so add this folder explicitly.
"""

import sys
from pathlib import Path

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

# These helpers assert for the tests: rewritten, a failure shows the values compared (the
# validator test looks for the refused value in that message).
pytest.register_assert_rewrite("_drawn_requests", "_response_fields")
