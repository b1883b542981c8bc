"""No import cycle inside strife.geo: the gazetteer's data structure, its builder and its
cache import in one direction (structure ← builder ← cache ← resolver)."""

from __future__ import annotations

import ast
from pathlib import Path

GEO = Path(__file__).resolve().parents[2] / "src" / "strife" / "geo"


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in GEO.glob("*.py"):
        module = f"strife.geo.{path.stem}"
        edges = graph.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                edges.update(n for n in names if n.startswith("strife.geo."))
            elif isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name.startswith("strife.geo."))
    return {m: {e for e in edges if e in graph or e.rsplit(".", 1)[0] in graph}
            for m, edges in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            nxt = nxt if nxt in graph else nxt.rsplit(".", 1)[0]
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_geo_has_no_import_cycle():
    graph = _graph()
    assert "strife.geo.gazetteer_build" in graph["strife.geo.gazetteer_cache"]
    assert not any(e.startswith("strife.geo.gazetteer_") for e in graph["strife.geo.gazetteer"])
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])
