"""The role model and the evaluators share the CEAF scorer through ``strife.scoring`` and never
import each other in a ring (issue 9: one direction of dependency)."""

from __future__ import annotations

import ast
from pathlib import Path

import strife

ROOT = Path(strife.__file__).parent


def _package_edges() -> dict[str, set[str]]:
    """strife sub-package → sub-packages it imports (lazy imports inside functions count)."""
    edges: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        package = path.relative_to(ROOT).parts[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "strife" and len(parts) > 1 and parts[1] != package:
                    edges.setdefault(package, set()).add(parts[1])
    return edges


def _reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        for nxt in edges.get(stack.pop(), set()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def test_roles_never_reach_eval() -> None:
    edges = _package_edges()
    assert "scoring" in edges["roles"]  # the shared scorer is used, not copied
    assert "eval" not in _reachable(edges, "roles")


def test_scoring_is_a_leaf_of_roles_and_eval() -> None:
    reach = _reachable(_package_edges(), "scoring")
    assert not reach & {"roles", "eval", "pipeline", "nlp", "extract"}
