"""Guards for the layering rule: only the UI imports Streamlit."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Files allowed to import streamlit: the app itself and modules named ui_*.py.
UI_FILES = {"app.py"}
PURE_FILES = sorted(
    p
    for p in [*ROOT.glob("dashboard/**/*.py"), *ROOT.glob("geodata/**/*.py")]
    if p.name not in UI_FILES and not p.name.startswith("ui_") and "bench" not in p.parts
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_architecture_finds_pure_modules():
    names = {p.name for p in PURE_FILES}
    assert {"extract.py", "merge.py", "corpus.py", "temporal.py"} <= names


@pytest.mark.parametrize("path", PURE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_architecture_pure_module_never_imports_streamlit(path):
    assert "streamlit" not in _imports(path)
