"""Rule trees by *row path*: the row indices from the top group down, as the builder shows them.

A "none" group is ``{"not": {"any": [...]}}`` and a "not all" group ``{"not": {"all": [...]}}``;
their rows are the children of the group inside the ``not``.  Moving a row works on a copy of
the rule, so an undo step keeps the rule before and the rule after.  Qt-free: the builder's drag
and drop and its keyboard moves both go through these functions.
"""
from __future__ import annotations

import copy

from .model import Condition, Group, Node

MAX_DEPTH = 3          # deeper rules are hard to read; the JSON format allows them, the builder stops here

RowPath = tuple[int, ...]


def group_mode(node: Group) -> tuple[str, list[Node]]:
    """(mode, children) of a group node: all, any, none (= not any) or not_all (= not all)."""
    if node.kind in ("all", "any"):
        return node.kind, list(node.children)
    inner = node.children[0]
    if isinstance(inner, Group) and inner.kind in ("any", "all"):
        return ("none" if inner.kind == "any" else "not_all"), list(inner.children)
    return "none", [inner]


def build_group(mode: str, children: list[Node]) -> Group:
    if mode == "none":
        return Group("not", [Group("any", children)])
    if mode == "not_all":
        return Group("not", [Group("all", children)])
    return Group(mode, children)


def editor_rows(group: Group) -> list[Node]:
    """The list that holds ``group``'s rows as its editor shows them (changing it changes the group)."""
    if group.kind != "not":
        return group.children
    inner = group.children[0]
    if not (isinstance(inner, Group) and inner.kind in ("all", "any")):
        inner = group.children[0] = Group("any", [inner])        # {"not": x} is shown as "none of: x"
    return inner.children


def node_at(rule: Group, path: RowPath) -> Node:
    """The node at a row path (raises IndexError for a path the rule does not have)."""
    node: Node = rule
    for index in path:
        if not isinstance(node, Group) or not 0 <= index < len(editor_rows(node)):
            raise IndexError(f"no row at {path}")
        node = editor_rows(node)[index]
    return node


def node_height(node: Node) -> int:
    """Levels of groups in ``node``: 0 for a condition, 1 for a group of conditions, 2 with a group inside…"""
    if isinstance(node, Condition):
        return 0
    return 1 + max((node_height(child) for child in group_mode(node)[1]), default=0)


def can_move(source: RowPath, height: int, target: RowPath, position: int | None = None) -> bool:
    """May the row at ``source`` (``height`` levels of groups) go into the group at ``target``, before its row
    ``position`` (None: anywhere in it)?  Never into itself or its own sub-groups, never nested deeper than
    MAX_DEPTH (moving up or sideways is always fine), and not to where it already is."""
    if not source or target[:len(source)] == source:
        return False
    if height and len(target) + 1 > len(source) and len(target) + height >= MAX_DEPTH:
        return False
    return not (position is not None and target == source[:-1] and position in (source[-1], source[-1] + 1))


def move_node(rule: Group, source: RowPath, target: RowPath, position: int) -> tuple[Group, RowPath]:
    """A copy of ``rule`` with the row at ``source`` moved into the group at ``target`` before its row
    ``position`` (counted as the rows stand before the move), and the moved row's new path.

    Raises IndexError if a path is not in the rule or ``target`` is not a group; check :func:`can_move` first.
    """
    rule = copy.deepcopy(rule)
    group = node_at(rule, target)
    if not isinstance(group, Group) or not 0 <= position <= len(editor_rows(group)):
        raise IndexError(f"no place {position} in a group at {target}")
    node = editor_rows(node_at(rule, source[:-1])).pop(source[-1])
    if target == source[:-1] and position > source[-1]:
        position -= 1
    editor_rows(group).insert(position, node)
    level = len(source) - 1               # a later sibling of the moved row, or inside one, moves up by one
    if len(target) > level and target[:level] == source[:-1] and target[level] > source[-1]:
        target = target[:level] + (target[level] - 1,) + target[level + 1:]
    return rule, target + (position,)
