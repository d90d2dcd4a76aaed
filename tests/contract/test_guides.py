"""The vendor's guides against openapi.yaml: every fact compared, every difference a recorded decision.

``tools/read_guides.py`` reads the two guides into ``tests/fixtures/guides/guides.json``;
``tools/compare_guides.py`` compares that reading with the document. A difference without an
``x-vimmerse-decisions`` record next to the fact fails here, naming the operation, the field and
both values, so a guide that changes (or an edit of the document) cannot drift silently.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from types import ModuleType
from typing import Any

import pytest
import yaml
from _schema import REPO_ROOT, SPEC_PATH

SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


def _tool(name: str) -> ModuleType:
    tools = str(REPO_ROOT / "tools")
    if tools not in sys.path:
        sys.path.append(tools)  # the modules a tool imports; appended, so none shadows an installed one
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


read_guides = _tool("read_guides")
compare_guides = _tool("compare_guides")


def _guides() -> dict[str, Any]:
    return json.loads(compare_guides.FIXTURE.read_text(encoding="utf-8"))


def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def test_the_fixture_is_what_the_reader_makes_of_the_guides() -> None:
    if not sorted(SEEDS_DIR.glob("*.txt")):
        pytest.skip(f"the guides are not present in {SEEDS_DIR} (they are never committed)")
    assert read_guides.render(read_guides.read(SEEDS_DIR)) == compare_guides.FIXTURE.read_text(
        encoding="utf-8"
    ), "tests/fixtures/guides/guides.json is out of date: run tools/read_guides.py"


def test_the_reading_covers_the_fifteen_guide_operations() -> None:
    operations = [(op["method"], op["path"]) for g in _guides()["guides"].values() for op in g["operations"]]
    assert len(operations) == len(set(operations)) == 15
    paths = _spec()["paths"]
    for method, path in operations:
        assert method.lower() in paths.get(path, {}), f"{method} {path}: in a guide, not in openapi.yaml"


def test_every_difference_between_the_guides_and_the_document_is_a_recorded_decision(
    capsys: pytest.CaptureFixture[str],
) -> None:
    items = compare_guides.compare(_guides(), _spec())
    differences = [item for item in items if item.differs]
    unrecorded = [compare_guides.describe(item) for item in differences if not item.recorded]
    with capsys.disabled():
        print(
            f"\nguides vs openapi.yaml: {len(items)} items compared, {len(differences)} differ: "
            f"{len(differences) - len(unrecorded)} recorded, {len(unrecorded)} unrecorded"
        )
    assert len(items) >= 130
    assert not unrecorded, "differences without an x-vimmerse-decisions record:\n" + "\n".join(unrecorded)


def _op(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    return next(
        op for item in spec["paths"].values() for op in item.values() if op.get("operationId") == op_id
    )


def test_a_new_difference_is_open_until_recorded() -> None:
    """The check is not vacuous: changing one fact of the document opens exactly that difference."""
    spec = _spec()
    story = spec["components"]["schemas"]["StoryVideosRequest"]["properties"]
    story["duration"]["maximum"] = 12
    opened = [i for i in compare_guides.compare(_guides(), spec) if i.differs and not i.recorded]
    assert [(i.operation, i.subject, i.about) for i in opened] == [
        ("generateStoryVideos", "field duration", "range")
    ]
    assert opened[0].guide == [1, 10] and opened[0].document == [1, 12]


def test_a_record_settles_only_the_guide_value_it_names() -> None:
    """A record written for one statement of the guide does not settle a changed statement."""
    guides = _guides()
    spec = _spec()
    images = next(
        op for op in guides["guides"]["story"]["operations"] if op["path"] == "/story/images-2-video"
    )
    idea = next(f for f in images["fields"] if f["name"] == "idea")
    before = [
        i for i in compare_guides.compare(guides, spec) if i.subject == "field idea" and i.about == "default"
    ]
    assert before and all(i.recorded for i in before if i.operation == "createStoryFromImages")
    changed = copy.deepcopy(guides)
    changed_idea = next(
        f
        for op in changed["guides"]["story"]["operations"]
        if op["path"] == "/story/images-2-video"
        for f in op["fields"]
        if f["name"] == "idea"
    )
    changed_idea["default"] = idea["default"] + " (reworded)"
    after = [
        i
        for i in compare_guides.compare(changed, spec)
        if i.operation == "createStoryFromImages" and i.subject == "field idea" and i.about == "default"
    ]
    assert after and not any(i.recorded for i in after)


def test_a_field_the_guide_documents_and_the_document_lacks_is_found() -> None:
    spec = _spec()
    del spec["components"]["schemas"]["ImagesToVideoRequest"]["properties"]["motion_type"]
    opened = {
        (i.operation, i.subject)
        for i in compare_guides.compare(_guides(), spec)
        if i.differs and not i.recorded
    }
    assert ("createStoryFromImages", "field motion_type") in opened
    assert ("createStoryFromImages", "sample line 187 sends motion_type") in opened


@pytest.mark.parametrize(
    ("value", "readable"),
    [("", True), ("No", True), ("1", True), (True, True), ("maybe", False), ([], False)],
)
def test_answers_are_compared_by_the_documents_reading_rules(value: object, readable: bool) -> None:
    assert compare_guides._readable({"type": "boolean"}, value)[0] is readable


def test_the_guides_example_answers_are_all_compared() -> None:
    items = compare_guides.compare(_guides(), _spec())
    answered = {i.operation for i in items if i.about == "answer"}
    # Every operation whose guide shows an answer (the Media page folds all but processMedia's).
    assert {
        "createStoryFromIdea",
        "createStoryFromImages",
        "createStory",
        "generateStoryElements",
        "generateStoryScenes",
        "generateStoryVideos",
        "getStory",
        "processMedia",
        # The Story guide's webhook payload, against the webhook of each story job it documents.
        "storyFromIdeaFinishedWebhook",
        "storyFromImagesFinishedWebhook",
        "storyVideosFinishedWebhook",
    } <= answered


def test_the_document_has_no_duplicate_keys() -> None:
    """YAML keeps the last of two equal keys silently: a second x-vimmerse-decisions would hide the first."""

    class Loader(yaml.SafeLoader):
        pass

    duplicates = []

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        keys = [loader.construct_object(key) for key, _ in node.value]
        duplicates.extend(
            f"{key} (line {k.start_mark.line + 1})"
            for (k, _), key in zip(node.value, keys, strict=True)
            if keys.count(key) > 1
        )
        return yaml.SafeLoader.construct_mapping(loader, node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=Loader)
    assert duplicates == []
