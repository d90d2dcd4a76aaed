"""What a package index shows of ``vimmerse``: the README as the long
description, project URLs and classifiers, including ``Typing :: Typed`` (the three packages ship
``py.typed``)."""

from __future__ import annotations

from importlib import metadata, resources


def test_index_metadata():
    meta = metadata.metadata("vimmerse")
    assert meta["Description-Content-Type"] == "text/markdown"
    assert "## Using the client" in (meta.get_payload() or meta["Description"] or "")
    assert any(url.startswith("Homepage, https://") for url in meta.get_all("Project-URL") or [])
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers


def test_every_package_is_typed():
    for package in ("vimmerse", "vimmerse_openapi", "vimmerse_fake"):
        assert resources.files(package).joinpath("py.typed").is_file(), package
