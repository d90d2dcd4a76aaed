from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_model,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class WorkflowErrorLogRequest:
    """Body of `logWorkflowError`.

    Attributes:
        error_message (str): The error your script met.
        context (WorkflowErrorContext | None): Anything that helps find the cause of a script error, e.g. `workflow_id`, `script_name`.
    """

    error_message: str
    context: WorkflowErrorContext | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "error_message",
        "context",
    )
    _KEYS = frozenset(
        (
            "error_message",
            "context",
        )
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["error_message"] = wire(self.error_message)
        if self.context is not None:
            field_dict["context"] = wire(self.context)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.error_message = required(
            (v if (v := g("error_message")).__class__ is str or v is None else read_str(v)),
            "WorkflowErrorLogRequest",
            "error_message",
        )
        obj.context = (
            WorkflowErrorContext.from_dict(v)
            if (v := g("context")).__class__ is dict
            else read_model(WorkflowErrorContext.from_dict, v)
        )
        obj._raw = src_dict
        return obj


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.workflow_error_context import WorkflowErrorContext
