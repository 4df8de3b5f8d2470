"""The rule tree (conditions inside all/any/not groups) and its versioned JSON form.

Plain dataclasses: they know nothing of data.  :mod:`.evaluate` turns them into masks and
:mod:`.describe` into words.  The JSON form is the public ``segmentdesk.segment/1`` format.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Mapping
from typing import Any, Union

from ..atomic_file import write_text_atomic
from ..errors import RuleError
from .operators import ALL_OPERATORS, value_shape

FORMAT = "segmentdesk.segment/1"


@dataclass
class Condition:
    """A leaf: ``field · op · value`` (value in its JSON form)."""

    field: str
    op: str
    value: Any = None

    def to_json(self) -> dict[str, Any]:
        node: dict[str, Any] = {"field": self.field, "op": self.op}
        if self.value is not None:
            node["value"] = copy.deepcopy(self.value)
        return node

    def key(self) -> str:
        """The condition's canonical key: equal keys mean the same test (see :func:`node_key`)."""
        return node_key(self)


@dataclass
class Group:
    """``all`` (and), ``any`` (or) or ``not`` (exactly one child) over child nodes."""

    kind: str = "all"
    children: list[Node] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        if self.kind == "not":
            return {"not": self.children[0].to_json()}
        return {self.kind: [c.to_json() for c in self.children]}

    def key(self) -> str:
        """The group's canonical key: equal keys mean the same rule (see :func:`node_key`)."""
        return node_key(self)


Node = Union[Condition, Group]


def node_key(node: Node) -> str:
    """The one key of a rule: its JSON form with sorted keys and no spaces.

    Every cache and comparison keyed by a rule uses it (mask cache, references, live counts, undo
    merging), so two rules that serialise alike are the same rule everywhere.  It does not follow
    ``in_segment`` references; :func:`members_key` adds the rules they name.
    """
    return json.dumps(node.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def shape_key(node: Node) -> str:
    """The rule's key with every value left out: the fields, operators and grouping only.

    Edits that keep the shape (a value typed) merge into one undo step.
    """
    def strip(doc: dict[str, Any]) -> Any:
        if "field" in doc:
            return [doc["field"], doc["op"]]
        return {k: ([strip(c) for c in v] if isinstance(v, list) else strip(v)) for k, v in doc.items()}
    return json.dumps(strip(node.to_json()), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def members_key(node: Node, segments: Mapping[str, Segment]) -> str:
    """What the members of ``node`` depend on: its key and, through ``in_segment`` conditions, the keys of
    the rules they refer to (looked up by name in ``segments``, in turn).  Over the same data and
    reference date, equal keys mean equal members; a missing segment is written as ``?``."""
    parts = [node_key(node)]
    seen: set[str] = set()
    todo: list[Node] = [node]
    while todo:
        for cond in iter_conditions(todo.pop()):
            name = str(cond.value)
            if cond.field != "segment" or name in seen:
                continue
            seen.add(name)
            referred = segments.get(name)
            parts.append(name + "=" + (node_key(referred.rule) if referred is not None else "?"))
            if referred is not None:
                todo.append(referred.rule)
    return "\n".join(parts)


@dataclass(frozen=True)
class Persona:
    """The user's picture of a segment's typical customer: a made-up name and a few lines of their own.

    Kept with the segment (its JSON's optional ``persona``), so it follows renames, undo, Save As and
    segment files; the key figures on a persona card are the segment's, computed, never stored."""

    name: str = ""
    text: str = ""

    def __bool__(self) -> bool:
        return bool(self.name.strip() or self.text.strip())

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "text": self.text}


@dataclass
class Segment:
    """A named rule. A rule of ``{"all": []}`` matches every customer."""

    name: str
    rule: Group = field(default_factory=Group)
    description: str = ""
    persona: Persona = field(default_factory=Persona)

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"format": FORMAT, "name": self.name}
        if self.description:
            doc["description"] = self.description
        doc["rule"] = self.rule.to_json()
        if self.persona:
            doc["persona"] = self.persona.to_json()
        return doc

    def copy(self, name: str | None = None) -> Segment:
        return Segment(name or self.name, node_from_json(self.rule.to_json()), self.description, self.persona)

    def with_rule(self, rule: Group) -> Segment:
        """This segment (name, description, persona) with ``rule`` instead of its own."""
        return Segment(self.name, rule, self.description, self.persona)


def node_from_json(node: Any, *, where: str = "rule") -> Node:
    """Parse one node of the rule tree; raises :class:`RuleError` saying where it is wrong."""
    if not isinstance(node, dict):
        raise RuleError(f"{where}: expected an object, got {type(node).__name__}.", where=where)
    for kind in ("all", "any"):
        if kind in node:
            children = node[kind]
            if not isinstance(children, list):
                raise RuleError(f"{where}.{kind}: expected a list.", where=where)
            return Group(kind, [node_from_json(c, where=f"{where}.{kind}[{i}]") for i, c in enumerate(children)])
    if "not" in node:
        return Group("not", [node_from_json(node["not"], where=f"{where}.not")])
    if "field" in node and "op" in node:
        if not isinstance(node["field"], str) or not isinstance(node["op"], str):
            raise RuleError(f"{where}: field and op must be text.", where=where)
        if node["op"] not in ALL_OPERATORS:
            raise RuleError(f"{where}: unknown operator {node['op']!r}.", where=where, op=node["op"])
        return Condition(node["field"], node["op"], node.get("value"))
    raise RuleError(f"{where}: expected a group (all/any/not) or a condition (field, op).", where=where)


def segment_from_json(doc: Any) -> Segment:
    """Parse a segment document, reading every known format version."""
    if not isinstance(doc, dict):
        raise RuleError("A segment file must hold one JSON object.")
    fmt = doc.get("format", FORMAT)
    if fmt != FORMAT:
        raise RuleError(f"Unsupported segment format {fmt!r} (this version reads {FORMAT}).", format=fmt)
    name = doc.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RuleError("The segment has no name.")
    rule = node_from_json(doc.get("rule", {"all": []}))
    if isinstance(rule, Condition):
        rule = Group("all", [rule])
    return Segment(name.strip(), rule, str(doc.get("description") or ""), _persona_from_json(doc.get("persona")))


def _persona_from_json(doc: Any) -> Persona:
    if doc is None:
        return Persona()
    if not isinstance(doc, dict) or not all(isinstance(doc.get(k, ""), str) for k in ("name", "text")):
        raise RuleError("persona: expected an object with text 'name' and 'text'.", where="persona")
    return Persona(doc.get("name", ""), doc.get("text", ""))


def load_segment_file(path: str | Path) -> Segment:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleError(f"Cannot read segment file {path}: {exc}", path=str(path)) from exc
    return segment_from_json(doc)


def save_segment_file(segment: Segment, path: str | Path) -> None:
    """Write ``segment`` as a ``.segment.json`` file, atomically (raises OSError)."""
    write_text_atomic(path, json.dumps(segment.to_json(), ensure_ascii=False, indent=2) + "\n")


def iter_conditions(node: Node):
    """Every condition under ``node``, depth first."""
    if isinstance(node, Condition):
        yield node
    else:
        for child in node.children:
            yield from iter_conditions(child)


def map_conditions(node: Node, change: Callable[[Condition], Condition | None]) -> Node | None:
    """``node`` with each condition replaced by ``change(condition)`` (None: kept as it is); the
    unchanged parts are shared, and None is returned when no condition changed."""
    if isinstance(node, Condition):
        return change(node)
    children, touched = [], False
    for child in node.children:
        new = map_conditions(child, change)
        children.append(child if new is None else new)
        touched |= new is not None
    return Group(node.kind, children) if touched else None


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def is_incomplete(cond: Condition) -> bool:
    """True while the condition still lacks the value its operator needs ("Region is one of" with nothing
    chosen, a range with a bound left out).  A value that is there but wrong is not incomplete: that stays
    an error the user is told about."""
    shape = value_shape(cond.op)
    v = cond.value
    if shape == "none":
        return False
    if shape == "list":
        return _blank(v) or (isinstance(v, list) and all(_blank(x) for x in v))
    if shape == "pair":
        return _blank(v) or (isinstance(v, list) and len(v) == 2 and (_blank(v[0]) or _blank(v[1])))
    return _blank(v)


def without_incomplete(node: Node) -> Node:
    """The rule as it counts: incomplete conditions left out, and so are groups (and ``not``s) that held
    nothing else.  A rule left with nothing matches everyone, as a new segment does; groups that were
    empty to begin with keep their meaning.  Returns ``node`` itself when nothing is incomplete."""
    pruned = _prune(node)
    return Group("all", []) if pruned is None else pruned


def _prune(node: Node) -> Node | None:
    if isinstance(node, Condition):
        return None if is_incomplete(node) else node
    if not node.children:
        return node
    kept = [c for c in (_prune(child) for child in node.children) if c is not None]
    if not kept:
        return None
    if len(kept) == len(node.children) and all(k is c for k, c in zip(kept, node.children)):
        return node
    return Group(node.kind, kept)
