"""A guide's examples: its JSON answers and webhook payloads, and its Python code samples with the
requests they make."""

from __future__ import annotations

import ast
import contextlib
import itertools
import json
import re
from typing import Any

_URL = re.compile(
    r'(?P<var>\w+)\s*=\s*f?"(?:https?://api\.vimmerse\.net|\{BASE_URL\})(?P<path>/[^"?]*)(?:\?(?P<query>[^"]*))?"'
)
_CALL = re.compile(r"requests\.(?:(?P<short>get|post|put|delete)\(|request\(\s*\"(?P<method>[A-Z]+)\")")


# ---------------------------------------------------------------------------- answers
def example_answer(text: str) -> tuple[Any, bool]:
    """An example answer as JSON, and whether the page folded an object in it.

    Redoc prints a folded object as ``"data": {`` then ``}`` on the next line; an empty one as
    ``{ }``. The Story page prefixes keys with ``- `` and, where it cut a long value, leaves the
    comma before the closing brace.
    """
    lines = [line.strip() for line in text.strip().splitlines()]
    collapsed = any(a.endswith("{") and b.startswith("}") for a, b in itertools.pairwise(lines))
    body = "\n".join(lines)
    body = re.sub(r"(^|[{\[,]\s*)[-•] ", r"\1", body, flags=re.MULTILINE)
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    return json.loads(body), collapsed


def json_block(lines: list[str], start: int) -> tuple[str, int]:
    """The text of the JSON value opening at ``lines[start]`` and the index after it.

    Braces are counted outside strings; the Story page glues the next paragraph to the final
    brace (``}Generates a story…``), which is cut off.
    """
    depth = 0
    out = []
    in_string = False
    for index in range(start, len(lines)):
        line = lines[index]
        for pos, char in enumerate(line):
            if in_string:
                if char == "\\":
                    continue
                if char == '"' and line[pos - 1] != "\\":
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    out.append(line[: pos + 1])
                    return "\n".join(out), index + 1
        out.append(line)
    raise ValueError(f"unterminated JSON from line {start + 1}")


# ---------------------------------------------------------------------------- samples
def _literal(node: ast.expr, names: dict[str, Any]) -> Any:
    """A payload value: literals, ``json.dumps(…)`` (kept as the JSON text the sample sends), names."""
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "json.dumps" and len(node.args) == 1:
        return json.dumps(_literal(node.args[0], names))
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.Dict):
        if any(key is None for key in node.keys):
            raise ValueError("a ** spread in a dict")
        return {_literal(k, names): _literal(v, names) for k, v in zip(node.keys, node.values, strict=True)}  # type: ignore[arg-type]
    if isinstance(node, ast.List):
        return [_literal(item, names) for item in node.elts]
    return ast.literal_eval(node)


def _payload(code: str) -> tuple[dict[str, Any] | None, str | None]:
    """The ``payload = {...}`` the sample sends, or why it cannot be read as Python."""
    match = re.search(r"^\s*payload\s*=\s*\{", code, re.MULTILINE)
    if match is None:
        return None, None
    start = code.index("{", match.start())
    depth = 0
    for pos in range(start, len(code)):
        depth += {"{": 1, "}": -1}.get(code[pos], 0)
        if depth == 0:
            break
    source = code[start : pos + 1]
    names: dict[str, Any] = {}
    assignments = re.finditer(r"^(\w+) = (json\.dumps\(\{.*?^\}\))", code[:start], re.MULTILINE | re.DOTALL)
    for assigned in assignments:
        with contextlib.suppress(SyntaxError, ValueError):
            names[assigned[1]] = _literal(ast.parse(assigned[2], mode="eval").body, {})
    try:
        tree = ast.parse(source, mode="eval")
        value = _literal(tree.body, names)
    except SyntaxError as exc:
        return None, f"not Python: {exc.msg} (line {exc.lineno} of the payload)"
    except ValueError as exc:
        return None, f"not a literal: {exc}"
    return value, None


def code_samples(text: str) -> list[dict[str, Any]]:
    """Every code sample that calls the API: its line, method, path, query, payload and files."""
    found = []
    for url in _URL.finditer(text):
        call = _CALL.search(text, url.end())
        if call is None:
            continue
        line = text.count("\n", 0, url.start()) + 1
        # The sample's request: from its URL to the end of the call's line.
        end = text.find("\n", call.end())
        code = text[url.start() : end]
        if _URL.search(code, url.end() - url.start()) is not None:
            continue  # another URL between this one and the call: that one is the sample's
        method = (call["short"] or call["method"]).upper()
        sample: dict[str, Any] = {"line": line, "method": method, "path": url["path"].rstrip("/") or "/"}
        if url["query"]:
            sample["query"] = dict(pair.split("=", 1) for pair in url["query"].split("&"))
        payload, unreadable = _payload(code)
        if payload is not None:
            sample["payload"] = payload
        if unreadable is not None:
            sample["unreadable"] = unreadable
            # What a reader still sees: the keys the payload names.
            named = code[code.index("payload") :]
            sample["keys"] = re.findall(r"^\s*['\"](\w+)['\"]\s*:", named, re.MULTILINE)
        files = re.findall(r'\("(\w+)", \("([^"]+)", open\(', code)
        if files:
            sample["files"] = [[field, name] for field, name in files]
        sent = re.search(r"requests\.\w+\((?P<args>[^\n]*)\)", text[call.start() : end + 1])
        if sent is not None:
            sample["sends"] = sorted(set(re.findall(r"\b(data|json|files)=", sent["args"])))
        found.append(sample)
    return found


def path_template(path: str) -> str:
    """``/story/{STORY_ID}`` -> ``/story/{story_id}``: the guides' placeholders in lower case."""
    return re.sub(r"\{(\w+)\}", lambda m: "{" + m[1].lower() + "}", path)


def webhooks(text: str) -> list[dict[str, Any]]:
    """The webhook payload a guide prints: a JSON object right after 'containing …'."""
    found = []
    for match in re.finditer(r"^\{\n\"customer_id\".*?^\}", text, re.MULTILINE | re.DOTALL):
        found.append({"line": text.count("\n", 0, match.start()) + 1, "example": json.loads(match[0])})
    return found
