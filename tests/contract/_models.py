"""The generated model classes of the contract tests: their names, attributes and declared types."""

from __future__ import annotations

import importlib
import re
from typing import Any

from _schema import components


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def expected_model_class_names() -> dict[str, str]:
    """Generated class name -> the document location it comes from.

    openapi-python-client names a component's class after the component, and an inline enum
    after its parent schema plus the property (``MediaUpdateRequest.rating`` ->
    ``MediaUpdateRequestRating``).
    """
    names = {name: f"#/components/schemas/{name}" for name in components()}
    for parent, schema in components().items():
        for prop, prop_schema in schema.get("properties", {}).items():
            # An inline enum or inline object (e.g. Asset.args) gets a class of its own.
            if "enum" in prop_schema or (prop_schema.get("type") == "object" and "$ref" not in prop_schema):
                names[parent + pascal(prop)] = f"#/components/schemas/{parent}/properties/{prop}"
    return names


def model_class(name: str) -> Any:
    models = importlib.import_module("vimmerse_openapi.models")
    return getattr(models, name)


def py_attr(key: str) -> str:
    """The attribute of a generated model for the JSON key ``key`` (the generator's own naming:
    ``MotionType`` -> ``motion_type``, ``type`` -> ``type_``)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(key, prefix="field"))


def declared_types(cls: type) -> dict[str, Any]:
    """A generated model's field annotations, resolved (attribute name -> type)."""
    import typing

    models = importlib.import_module("vimmerse_openapi.models")
    # The package imports its models on first use (PEP 562): ask for each by name.
    namespace = {name: getattr(models, name) for name in models.__all__}
    hints = typing.get_type_hints(cls, {**vars(typing), **namespace})
    return {k: v for k, v in hints.items() if not k.startswith("_") and k != "additional_properties"}


def holds(value: Any, annotation: Any) -> bool:
    """``value`` is of the declared ``annotation``, exactly: ``int`` is not ``bool``, ``str`` is not an
    enum member, ``list[X]`` checks every item, a model checks each of its own fields."""
    import enum
    import types
    import typing

    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return any(holds(value, a) for a in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    if annotation is Any:
        return True
    if origin is list:
        (item,) = typing.get_args(annotation)
        return type(value) is list and all(holds(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if annotation in (str, int, float, bool):
        return type(value) is annotation
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return isinstance(value, annotation)
    if isinstance(annotation, type) and hasattr(annotation, "from_dict"):
        return isinstance(value, annotation) and not type_errors(value)
    raise AssertionError(f"holds() does not know {annotation!r}")


def type_errors(model: Any, where: str = "") -> list[str]:
    """Every field of a parsed model (nested ones included) whose value is not of its declared type."""
    errors = []
    for name, annotation in declared_types(type(model)).items():
        value = getattr(model, name)
        if not holds(value, annotation):
            errors.append(f"{where}{type(model).__name__}.{name} = {value!r} is not {annotation}")
    return errors
