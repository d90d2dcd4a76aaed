"""Drift injected into the fake's answers over HTTP is reported, with its operation and field.

Four kinds, one per test, each on its own operation: a renamed answer field, an enum value the
document does not list, a number sent as a string where the field declares no wire form, and a
status code the operation does not list. Without drift, zero findings: the fake writes its
answers as the service does, and those declared wire forms are counted, not reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

STATUS = "/processing-status"


def findings(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f["kind"], f["operation"], f["field"]) for f in report["findings"]]


def test_no_drift_no_findings_and_the_declared_wire_forms_are_counted(
    serve_fake, verify_served, contract, tmp_path: Path
) -> None:
    report = verify_served(serve_fake(), contract, tmp_path)
    assert report["findings"] == []
    assert report["summary"]["findings"] == 0
    assert report["summary"]["wire_forms_undeclared"] == 0
    seen = {(w["operation"], w["field"], w["form"]) for w in report["wire_forms"]}
    assert ("getMediaProcessingStatus", "data.progress_percentage", "numeric-string") in seen
    assert ("getMedia", "data.is_transition", "word") in seen
    assert ("getStory", "data.is_highlights", "blank") in seen
    operations = {o["operation"]: o["statuses"] for o in report["operations"]}
    assert operations["createMedia"] == {"200": 1, "422": 1}
    assert "401" in operations["getMediaProcessingStatus"] and "404" in operations["getMedia"]


def test_a_renamed_field(serve_fake, verify_served, contract, tmp_path: Path) -> None:
    def rename(_path: str, body: Any) -> Any:
        body["data"]["processing_state"] = body["data"].pop("processing_status")
        return body

    report = verify_served(serve_fake(lambda p: p.endswith(STATUS), rename), contract, tmp_path)
    assert ("missing-field", "getMediaProcessingStatus", "data.processing_status") in findings(report)
    lacks = {(u["operation"], u["field"]) for u in report["undeclared_fields"]}
    assert ("getMediaProcessingStatus", "data.processing_state") in lacks


def test_a_new_enum_value(serve_fake, verify_served, contract, tmp_path: Path) -> None:
    def new_status(_path: str, body: Any) -> Any:
        body["data"]["processing_status"] = "upscaling"
        return body

    # Without the paid job: waiting on a status it does not know would last until its timeout.
    served = serve_fake(lambda p: p.endswith(STATUS), new_status)
    report = verify_served(served, contract, tmp_path, allow_spend=False)
    found = [f for f in report["findings"] if f["kind"] == "unknown-enum-value"]
    assert [(f["operation"], f["field"]) for f in found] == [
        ("getMediaProcessingStatus", "data.processing_status")
    ]
    assert "'upscaling'" in found[0]["detail"] or '"upscaling"' in found[0]["detail"]


def test_a_number_as_a_string_where_no_wire_form_is_declared(
    serve_fake, verify_served, contract, tmp_path: Path
) -> None:
    def as_string(_path: str, body: Any) -> Any:
        body["data"]["scene_count"] = str(body["data"].get("scene_count") or 2)
        return body

    report = verify_served(serve_fake(lambda p: p.startswith("/story/"), as_string), contract, tmp_path)
    assert findings(report) == [("undeclared-wire-form", "getStory", "data.scene_count")]
    assert report["summary"]["wire_forms_undeclared"] == 1
    # The story's declared forms are still counted as expected, not reported.
    assert ("getStory", "data.is_transition", "word", True) in {
        (w["operation"], w["field"], w["form"], w["declared"]) for w in report["wire_forms"]
    }


def test_a_status_code_the_document_lacks(serve_fake, verify_served, contract, tmp_path: Path) -> None:
    served = serve_fake()
    served.fake.faults.server_errors(n=1, status=503, path="/health", method="GET")
    report = verify_served(served, contract, tmp_path)
    assert ("undocumented-status", "getHealth", "") in findings(report)
    assert len(report["findings"]) == 1
    health = next(o for o in report["operations"] if o["operation"] == "getHealth")
    assert health["statuses"]["503"] == 1
