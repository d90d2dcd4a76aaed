"""Fields kept from the vendor's guide but absent from its schema must really be sent by the guide.

``openapi.yaml`` marks such fields ``x-vimmerse-source: seeds`` and the drift report
(``tools/diff_upstream.py``) then treats them as informational instead of breaking. That waiver is
only honest while the guide's code samples actually send the field to that operation; this test
checks each marked field against the seed texts (the guide pages) and the transcribed fixtures.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from _schema import FIXTURES_DIR, REPO_ROOT, deref, operations

SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"

# A Python code sample of the guide: `url = "https://api.vimmerse.net/<path>"` ... up to
# `requests.request("<METHOD>", url, ...)`; the text in between holds the payload dict.
_SAMPLE = re.compile(
    r'url\s*=\s*f?"(?:https?://api\.vimmerse\.net|\{BASE_URL\})(?P<path>/[^"]*)"'
    r'(?P<body>.*?)requests\.request\(\s*"(?P<method>[A-Z]+)"',
    re.DOTALL,
)


def _template(path: str) -> str:
    """``/story/{STORY_ID}/elements`` and ``/story/{story_id}/elements`` compare equal."""
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def seeds_marked_fields() -> list[tuple[str, str, str]]:
    """(operationId, HTTP method, path) and field of every request body property marked from the seeds."""
    found = []
    for operation_id, (method, path, op, _) in operations().items():
        if "requestBody" not in op:
            continue
        for media in deref(op["requestBody"])["content"].values():
            for field, spec in deref(media["schema"]).get("properties", {}).items():
                if spec.get("x-vimmerse-source") == "seeds":
                    found.append((operation_id, f"{method.upper()} {path}", field))
    return sorted(found)


def _sent_by_samples(text: str, label: str, field: str) -> bool:
    method, path = label.split(" ", 1)
    key = re.compile(rf"""['"]{re.escape(field)}['"]\s*:""")
    return any(
        m["method"] == method and _template(m["path"]) == _template(path) and key.search(m["body"])
        for m in _SAMPLE.finditer(text)
    )


def test_the_marked_fields_are_the_reviewed_ones() -> None:
    """Pinned, so a new waiver is a visible change of this test, not a silent one."""
    assert {(op, field) for op, _, field in seeds_marked_fields()} == {
        ("createStory", "title"),
        ("generateStoryElements", "seed"),
        ("generateStoryScenes", "seed"),
    }


@pytest.mark.parametrize(("operation_id", "label", "field"), seeds_marked_fields())
def test_marked_field_is_sent_by_a_transcribed_seed_request(
    operation_id: str, label: str, field: str
) -> None:
    requests: list[dict[str, Any]] = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in FIXTURES_DIR.glob(f"seed*__{operation_id}__request*.json")
    ]
    assert requests, f"no transcribed seed request for {operation_id}"
    assert any(field in r for r in requests), (operation_id, field)


@pytest.mark.parametrize(("operation_id", "label", "field"), seeds_marked_fields())
def test_marked_field_is_sent_by_a_code_sample_of_the_seed_texts(
    operation_id: str, label: str, field: str
) -> None:
    texts = sorted(SEEDS_DIR.glob("*.txt"))
    if not texts:
        pytest.skip(f"seed texts not present in {SEEDS_DIR} (they are never committed)")
    assert any(_sent_by_samples(t.read_text(encoding="utf-8"), label, field) for t in texts), (label, field)


def test_the_sample_reader_finds_the_guides_requests_and_rejects_unsent_fields() -> None:
    """Guards against a vacuous check: the reader must tell a sent field from an unsent one."""
    text = """
url = "https://api.vimmerse.net/story/{STORY_ID}/scenes"
payload = {
'option': 'Seedream'
'seed': '4669',
}
response = requests.request("POST", url, headers=headers, data=payload)
"""
    assert _sent_by_samples(text, "POST /story/{story_id}/scenes", "seed")
    assert not _sent_by_samples(text, "POST /story/{story_id}/scenes", "title")
    assert not _sent_by_samples(text, "POST /story/{story_id}/elements", "seed")
    assert not _sent_by_samples(text, "PUT /story/{story_id}/scenes", "seed")
