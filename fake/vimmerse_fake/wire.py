"""The service's wire forms: answers written as the service writes them, and read back.

openapi.yaml states, on each answer property the service was seen to send in another form than its
declared type, which forms (``x-vimmerse-wire``), and under ``components.x-vimmerse-wire-forms``
what each form is: ``numeric-string`` (``"1"`` for 1), ``word`` (``"No"`` for false), ``blank``
(``""`` where there is no value). The fake builds every answer in the declared types, validates
it, and then, playing the service (``FakeConfig.wire == "service"``, the default), writes these
fields in those forms, so a client tested against the fake meets what the service sends.

Each operation's answer schema is walked once into a ``Plan`` (only the branches that lead to a
property with wire forms); an answer whose schema has none is passed through unparsed.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from .document import Document, Operation

_MAX_DEPTH = 32


@dataclass(frozen=True)
class Forms:
    """``components.x-vimmerse-wire-forms``: the words a boolean is written in (the first of each
    list is what a writer sends)."""

    true_words: tuple[str, ...]
    false_words: tuple[str, ...]

    @classmethod
    def of(cls, document: Document) -> Forms:
        forms = (document.raw.get("components") or {}).get("x-vimmerse-wire-forms") or {}
        word = forms.get("word") or {}
        return cls(tuple(word.get("true") or ("true",)), tuple(word.get("false") or ("false",)))


@dataclass
class Plan:
    """Where in an answer the wire forms apply: a property's forms, its object's properties, or
    an array's items."""

    forms: frozenset[str] = frozenset()
    properties: dict[str, Plan] = field(default_factory=dict)
    items: Plan | None = None

    def __bool__(self) -> bool:
        return bool(self.forms or self.properties or self.items)


def plan_of(document: Document, schema: Any, depth: int = 0) -> Plan:
    """The wire plan of ``schema``: empty when nothing below it has ``x-vimmerse-wire``."""
    node = document.resolve(schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return Plan()
    plan = Plan()
    for name, prop in (node.get("properties") or {}).items():
        sub = plan_of(document, prop, depth + 1)
        forms = (prop.get("x-vimmerse-wire") or {}) if isinstance(prop, dict) else {}
        sub.forms = frozenset(forms)
        if sub:
            plan.properties[name] = sub
    if node.get("type") == "array" or "items" in node:
        items = plan_of(document, node.get("items"), depth + 1)
        plan.items = items or None
    return plan


#: How many written answers are kept, and the largest kept (a bigger one is written each time).
_MEMO_SIZE = 512
_MEMO_MAX_BODY = 16 * 1024


class Writer:
    """Writes the fake's (declared-type) JSON answers in the service's wire forms."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.forms = Forms.of(document)
        self._plans: dict[tuple[str, int], Plan] = {}
        self._memo = functools.lru_cache(maxsize=_MEMO_SIZE)(self._memoised)

    def plan(self, op: Operation, status: int) -> Plan:
        key = (op.operation_id, status)
        if key not in self._plans:
            responses = op.raw.get("responses") or {}
            response = self.document.resolve(responses.get(str(status), responses.get(status))) or {}
            media = ((response.get("content") or {}).get("application/json")) or {}
            self._plans[key] = plan_of(self.document, media.get("schema"))
        return self._plans[key]

    def body(self, op: Operation, status: int, body: bytes) -> bytes:
        """``body`` (a JSON answer of ``op`` with ``status``) as the service writes it."""
        plan = self.plan(op, status)
        if not plan or not body:
            return body
        if len(body) > _MEMO_MAX_BODY:
            return self._written(plan, body)
        return self._memo(op.operation_id, status, body)

    def _written(self, plan: Plan, body: bytes) -> bytes:
        value = json.loads(body)
        return json.dumps(self.value(plan, value), separators=(",", ":"), ensure_ascii=False).encode()

    def _memoised(self, operation_id: str, status: int, body: bytes) -> bytes:
        # Polling repeats the same answers: the last ones are kept (by their bytes) rather than
        # parsed and encoded again, which was a fifth of the fake's work per GET of a media.
        return self._written(self._plans[operation_id, status], body)

    def value(self, plan: Plan, value: Any) -> Any:
        if isinstance(value, dict):
            out = dict(value)
            for name, sub in plan.properties.items():
                if name in out:
                    out[name] = self.value(sub, out[name])
                elif "blank" in sub.forms:
                    out[name] = ""
            return out
        if isinstance(value, list) and plan.items is not None:
            return [self.value(plan.items, item) for item in value]
        if value is None and "blank" in plan.forms:
            return ""
        if isinstance(value, bool):
            if "word" in plan.forms:
                return self.forms.true_words[0] if value else self.forms.false_words[0]
            return value
        if isinstance(value, int | float) and "numeric-string" in plan.forms:
            # JSON's spelling of the number: int.__repr__ is json.dumps' for integers (and cheaper).
            return int.__repr__(value) if isinstance(value, int) else json.dumps(value)
        return value


_NUMBER = r"^\s*-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$"


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


def as_written(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the document whose answers accept what the service writes.

    Each property with ``x-vimmerse-wire`` becomes ``anyOf`` its declared schema and a string in
    each of its forms (``""``; a numeric string of its type; a word of ``word``'s lists, in any
    case), so a validator checks a live answer strictly everywhere else. JSON Schema's ``pattern``
    has no case-insensitive flag: the words are spelled out as character classes.
    """
    out: dict[str, Any] = json.loads(json.dumps(spec))
    forms = out.get("components", {}).get("x-vimmerse-wire-forms", {})
    words = [w for key in ("true", "false") for w in forms.get("word", {}).get(key, ())]
    for schema in out.get("components", {}).get("schemas", {}).values():
        for name, prop in (schema.get("properties") or {}).items():
            wire = prop.get("x-vimmerse-wire") if isinstance(prop, dict) else None
            if not wire:
                continue
            declared = {k: v for k, v in prop.items() if k != "x-vimmerse-wire"}
            written: list[dict[str, Any]] = [declared]
            if "blank" in wire:
                written.append({"type": "string", "enum": [""]})
            if "numeric-string" in wire:
                digits = r"^\s*-?[0-9]+\s*$" if prop.get("type") == "integer" else _NUMBER
                written.append({"type": "string", "pattern": digits})
            if "word" in wire:
                written.append({"type": "string", "pattern": "^(" + "|".join(map(_any_case, words)) + ")$"})
            schema["properties"][name] = {"anyOf": written, "x-vimmerse-wire": wire}
    return out
