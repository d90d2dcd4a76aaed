"""``python -m vimmerse`` runs the CLI (same as the ``vimmerse`` console script)."""

from vimmerse.cli import app

app(prog_name="vimmerse")
