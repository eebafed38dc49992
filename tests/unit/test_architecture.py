"""The layers stay layers: what each floor of src/afterview may import (docs/architecture.md).

Read from the source with ``ast`` (every import, at the top of a module or inside a function), so
a lazy import that crosses a floor is caught as well as an eager one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "afterview"

# For each floor: the packages it must never import (directly or lazily).
FORBIDDEN = {
    "domain": ("PySide6", "tinydb", "plyer", "afterview.storage", "afterview.interchange", "afterview.core",
               "afterview.ui", "afterview.reminders", "afterview.cli", "afterview.commands", "afterview.app",
               "afterview.documents"),
    "interchange": ("PySide6", "tinydb", "afterview.storage", "afterview.core", "afterview.ui", "afterview.cli"),
    "storage": ("PySide6", "afterview.interchange", "afterview.core", "afterview.ui", "afterview.cli"),
    "reminders": ("PySide6", "afterview.storage", "afterview.core", "afterview.ui"),
    "core": ("PySide6", "afterview.ui", "afterview.cli", "afterview.commands", "afterview.app",
             "afterview.documents"),
    "documents": ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "tinydb", "afterview.storage", "afterview.core",
                  "afterview.ui", "afterview.cli", "afterview.commands", "afterview.app"),
}  # fmt: skip
# (commands.py is not here: its --self-test imports Qt on purpose, to prove the build carries it.)
TOP_LEVEL_QT_FREE = ("cli.py", "document_commands.py", "atomic.py", "paths.py", "i18n.py", "text.py", "errors.py")


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def crossing(module: str, forbidden: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in forbidden)


@pytest.mark.parametrize("floor", FORBIDDEN)
def test_no_floor_imports_what_sits_above_it(floor: str) -> None:
    wrong = {
        f"{path.relative_to(SRC)} imports {module}"
        for path in sorted((SRC / floor).rglob("*.py"))
        for module in imports_of(path)
        if crossing(module, FORBIDDEN[floor])
    }
    assert wrong == set()


def test_the_command_line_and_the_bottom_floor_import_no_qt() -> None:
    wrong = {
        f"{name} imports {module}"
        for name in TOP_LEVEL_QT_FREE
        for module in imports_of(SRC / name)
        if crossing(module, ("PySide6", "afterview.ui"))
    }
    assert wrong == set()


def test_the_window_reaches_the_data_only_through_the_session() -> None:
    wrong = {
        f"{path.relative_to(SRC)} imports {module}"
        for path in sorted((SRC / "ui").rglob("*.py"))
        for module in imports_of(path)
        if crossing(module, ("afterview.storage.repository", "tinydb", "afterview.commands"))
        and path.name != "session.py"
    }
    assert wrong == set()


def test_no_test_imports_another_test_module() -> None:
    tests = SRC.parents[1] / "tests"
    wrong = {
        f"{path.relative_to(tests)} imports {module}"
        for path in sorted(tests.rglob("test_*.py"))
        for module in imports_of(path)
        if module.startswith("tests.") and module.split(".")[-1].startswith("test_")
    }
    assert wrong == set()


def test_only_the_pdf_renderer_of_the_documents_loads_qt_and_the_verbs_load_it_lazily() -> None:
    """``afterview brief`` in text pays for no Qt: Qt is in documents/pdf.py alone, which the verbs
    (document_commands.py) import only inside the function that writes a PDF."""
    with_qt = {path.name for path in (SRC / "documents").glob("*.py") if crossing_any(imports_of(path), "PySide6")}
    assert with_qt == {"pdf.py"}
    tree = ast.parse((SRC / "document_commands.py").read_text(encoding="utf-8"))
    eager = {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(module.startswith("afterview.documents") for module in eager)


def crossing_any(modules: set[str], name: str) -> bool:
    return any(crossing(module, (name,)) for module in modules)
