"""The fake's typed state against openapi.yaml: its status types are the document's enums, and
the statuses that end a job are the ones ``x-vimmerse-jobs`` names."""

from __future__ import annotations

from typing import get_args

import pytest

from vimmerse_fake.document import default_spec_path, load_document
from vimmerse_fake.records import AssetStatus, MediaStatus, StoryStatus, WorkflowStatus

DOC = load_document(default_spec_path())
STATUS_TYPES = {
    "media": (MediaStatus, "MediaProcessingStatus"),
    "story": (StoryStatus, "StoryStatus"),
    "asset": (AssetStatus, "AssetStatus"),
    "workflow": (WorkflowStatus, "WorkflowProcessingStatus"),
}


@pytest.mark.parametrize("kind", sorted(STATUS_TYPES))
def test_each_status_type_is_the_documents_enum(kind: str) -> None:
    literal, schema = STATUS_TYPES[kind]
    assert list(get_args(literal)) == DOC.raw["components"]["schemas"][schema]["enum"]


@pytest.mark.parametrize("kind", sorted(STATUS_TYPES))
def test_the_documents_terminal_statuses_are_statuses_of_the_kind(kind: str) -> None:
    terminal = DOC.jobs[kind].terminal
    assert "success" in terminal and terminal <= set(get_args(STATUS_TYPES[kind][0]))


def test_every_job_kind_of_the_document_has_a_status_type() -> None:
    assert set(DOC.jobs) == set(STATUS_TYPES)
