"""Make the contract tests' helper module ``_schema`` importable.

pytest runs with ``--import-mode=importlib``, which does not put test folders on
``sys.path``; the helper lives next to the tests, so add this folder explicitly.
"""

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
