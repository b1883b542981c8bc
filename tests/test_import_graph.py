"""strife's modules import in one direction: the import graph, read from the source, has no cycle.

The graph is built with ``ast`` from every ``import`` in ``src/strife`` — at module level, inside
functions and under ``TYPE_CHECKING`` alike, since a deferred import is still a dependency.
Two levels are checked: modules, and the packages directly under ``strife`` (so that, say,
``ingest`` and ``batch`` never lean on each other through different modules).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "strife"


def module_names() -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def imported(
    module: str, path: Path, node: ast.Import | ast.ImportFrom, known: set[str]
) -> set[str]:
    """The strife modules one import statement loads (``from pkg import sub`` → ``pkg.sub``)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    base = node.module or ""
    if node.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    submodules = {f"{base}.{alias.name}" for alias in node.names} & known
    if submodules:
        return submodules
    return {base} if base in known else set()


def import_graph() -> dict[str, set[str]]:
    names = module_names()
    known = set(names)
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in names.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                graph[module] |= imported(module, path, node, known) - {module}
    return graph


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    def top(module: str) -> str:
        return ".".join(module.split(".")[:2])

    packages: dict[str, set[str]] = defaultdict(set)
    for source, targets in graph.items():
        for target in targets:
            if top(source) != top(target):
                packages[top(source)].add(top(target))
    return packages


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    nodes = set(graph) | {t for ts in graph.values() for t in ts}
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_ring() -> None:
    ring = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(ring) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_deferred_and_relative_imports(tmp_path: Path) -> None:
    graph = import_graph()
    assert "strife.ingest.readers" in graph["strife.ingest.sources"]
    assert len(graph) > 50  # the walk found the package, not an empty tree


@pytest.mark.parametrize("level", ["modules", "packages"])
def test_no_import_cycle(level: str) -> None:
    graph = import_graph()
    if level == "packages":
        graph = package_graph(graph)
    assert cycles(graph) == [], f"import cycles between {level}"
