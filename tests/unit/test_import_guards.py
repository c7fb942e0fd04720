"""A broken module of the app fails loudly: no ImportError guard hides it, in the app or the tests.

ImportError guards are for optional third-party modules only (QtMultimedia,
QtTextToSpeech, QtDBus...). Around the project's own modules a guard turned a
bug (a syntax error, a renamed function) into a quietly missing feature or a
skipped test.
"""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(PROJECT / "coach").rglob("*.py"), *(PROJECT / "tests").rglob("*.py"),
                  *(PROJECT / "tools").rglob("*.py"), *(PROJECT / "benchmarks").rglob("*.py")])
IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError"}


def _own(module: str | None) -> bool:
    return module is not None and (module == "coach" or module.startswith("coach."))


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(kind, ast.Name) and kind.id in IMPORT_ERRORS for kind in kinds)


def _imports_own_module(body: list[ast.stmt]) -> bool:
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.Import) and any(_own(alias.name) for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0 and _own(node.module):
            return True
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            return True  # a relative import inside the package is one of ours
    return False


def guarded_own_imports(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers) \
                and _imports_own_module(node.body):
            found.append(f"{name}:{node.lineno}: except ImportError around the app's own import")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "importorskip" and node.args \
                and isinstance(node.args[0], ast.Constant) and _own(str(node.args[0].value)):
            found.append(f"{name}:{node.lineno}: importorskip of the app's own module")
    return found


def test_no_import_guard_hides_a_broken_module_of_the_app():
    found = [line for path in SOURCES
             for line in guarded_own_imports(path.read_text(encoding="utf-8"),
                                             str(path.relative_to(PROJECT)))]
    assert found == []


def test_the_check_sees_each_form_it_forbids():
    forbidden = [
        "try:\n    from coach.store.paths import runtime_dir\nexcept ImportError:\n    pass\n",
        "try:\n    import coach.platform.cues\nexcept (ModuleNotFoundError, OSError):\n    pass\n",
        "import pytest\nm = pytest.importorskip('coach.content.loader')\n",
    ]
    allowed = [
        "try:\n    from PySide6 import QtMultimedia\nexcept ImportError:\n    pass\n",
        "import pytest\nm = pytest.importorskip('icalendar')\n",
        "try:\n    from coach.platform import cues\nexcept OSError:\n    pass\n",
    ]
    assert all(guarded_own_imports(code, "x.py") for code in forbidden)
    assert not any(guarded_own_imports(code, "x.py") for code in allowed)
