"""The package's shape: no import cycles between its modules, and no module too big to hold one idea."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import grimp

import segmentdesk

MAX_LINES = 500
PACKAGE_DIR = Path(segmentdesk.__file__).parent


def strongly_connected_components(nodes: Iterable[str], imports: Callable[[str], Iterable[str]]) -> list[set[str]]:
    """Groups of modules that import each other in a circle (Tarjan's algorithm, without recursion);
    a module importing itself counts as a circle of one."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(imports(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in imports(node):
                        found.append(component)
    return found


def test_the_cycle_finder_finds_circles_and_only_circles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": set(), "f": {"f"}, "g": {"a"}}
    found = strongly_connected_components(graph, lambda m: graph[m])
    assert sorted(sorted(c) for c in found) == [["a", "b", "c"], ["f"]]


def test_no_module_imports_itself_back_through_others():
    # Imports under TYPE_CHECKING count: a circle of type hints is still a circle of ideas.
    graph = grimp.build_graph("segmentdesk", cache_dir=None)
    cycles = strongly_connected_components(graph.modules, graph.find_modules_directly_imported_by)
    assert not cycles, "modules that import each other in a circle: " + "; ".join(
        " ↔ ".join(sorted(c)) for c in cycles)


def test_no_module_is_longer_than_500_lines():
    sizes = {str(p.relative_to(PACKAGE_DIR.parent)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE_DIR.rglob("*.py")}
    assert sizes, "no modules found"
    too_long = {path: n for path, n in sizes.items() if n > MAX_LINES}
    assert not too_long, f"modules over {MAX_LINES} lines: {too_long}"


# What only ui/session.py (and the parts of the Session split out as ui/session_*.py) may do: announce a
# change, ask for a recount, write the project or set its fields.
_SESSION_ONLY = [
    re.compile(r"\bchanged\.emit\("),
    re.compile(r"\blive_counts\.(refresh\(|updated\b|pending_changed\b)"),
    re.compile(r"\bproject\.log\("),
    re.compile(r"\bsession\.(project|path|dirty|current_index|as_of|small_segment_threshold|edit_count)"
               r"(\.\w+)*\s*=[^=]"),
    re.compile(r"\bproject\.\w+\s*=[^=]"),
]
_OWN_CHANGED_SIGNAL = re.compile(r"^\s*changed = Signal\(", re.MULTILINE)


def test_only_the_session_announces_changes_and_changes_the_project():
    offenders = []
    for path in sorted((PACKAGE_DIR / "ui").rglob("*.py")):
        if path.name in ("session.py", "live_counts.py") or path.name.startswith("session_"):
            continue
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            for pattern in _SESSION_ONLY:
                # A widget's own ``changed`` signal (an editor telling its group) is its own business.
                if pattern.pattern.startswith(r"\bchanged") and _OWN_CHANGED_SIGNAL.search(text) \
                        and "session" not in line:
                    continue
                if pattern.search(line):
                    offenders.append(f"{path.relative_to(PACKAGE_DIR)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
