"""A module-level name bound twice in one module: the later binding replaces the earlier one for every function
that reads it, including those written beside the first (a regex of one rule silently read by another's code)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for p in (ROOT / "pipeline").rglob("*.py")) + [ROOT / "cli.py"]


def _bound_twice(source: str) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


def test_the_check_sees_a_name_bound_twice():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A (lines 1 and 4)"]
    assert _bound_twice("A = 1\nB = 2\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_name_is_bound_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
