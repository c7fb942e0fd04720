"""The layering and safety rules of docs/architecture.md, checked on the source.

They are what keeps the command line fast without Qt, the screens out of the
pure layers, and the app from ever loading unsafe YAML or talking to the
network; a rule broken by accident fails here with the file and line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
COACH = PROJECT / "coach"

#: Engine modules that need Qt's timers (QtCore only); the rest of the engine is pure.
ENGINE_WITH_QT = {"coach.engine.player", "coach.engine.scheduler", "coach.engine.hold_timer"}
UNSAFE_YAML = {"Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader",
               "CUnsafeLoader", "full_load", "full_load_all", "unsafe_load", "unsafe_load_all"}
NETWORK_MODULES = {"urllib.request", "http.client", "http.server", "socketserver", "ftplib",
                   "smtplib", "requests", "httpx", "aiohttp", "websockets"}
NETWORK_NAMES = {"QNetworkAccessManager", "QTcpSocket", "QTcpServer", "QUdpSocket",
                 "QSslSocket", "AF_INET", "AF_INET6", "create_connection"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every module an import names, at any depth (function-level imports too)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:  # `from coach import ui` names coach.ui
                yield node.lineno, f"{node.module}.{alias.name}"


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_problems(module: str, tree: ast.AST) -> list[str]:
    """What ``module`` imports against the layering rules."""
    pure = (_within(module, "coach.content") or _within(module, "coach.store")
            or (_within(module, "coach.engine") and module not in ENGINE_WITH_QT))
    core = any(_within(module, p) for p in ("coach.content", "coach.engine", "coach.store"))
    found = []
    for line, name in imports(tree):
        if pure and _within(name, "PySide6"):
            found.append(f"{module}:{line}: imports {name} (a module without Qt)")
        if core and _within(name, "coach.platform"):
            found.append(f"{module}:{line}: imports {name} (the core knows no desktop)")
        if (_within(name, "coach.ui") and not _within(module, "coach.ui")
                and module != "coach.app"):
            found.append(f"{module}:{line}: imports {name} (only the app wires the screens)")
    return found


def safety_problems(module: str, tree: ast.AST) -> list[str]:
    """Unsafe YAML loading or a network client in ``module``."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "yaml" and node.attr in UNSAFE_YAML):
            found.append(f"{module}:{node.lineno}: yaml.{node.attr} (safe loading only)")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "getattr" and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant) and node.args[1].value in UNSAFE_YAML):
            found.append(f"{module}:{node.lineno}: {node.args[1].value} (safe loading only)")
        if isinstance(node, ast.Attribute | ast.Name):
            name = node.attr if isinstance(node, ast.Attribute) else node.id
            if name in NETWORK_NAMES:
                found.append(f"{module}:{node.lineno}: {name} (the app opens no network "
                             "connection)")
    for line, name in imports(tree):
        if any(_within(name, network) for network in NETWORK_MODULES) or (
                name.rsplit(".", 1)[-1] in NETWORK_NAMES):
            found.append(f"{module}:{line}: imports {name} (the app opens no network "
                         "connection)")
    return found


def _sources() -> list[tuple[str, ast.AST]]:
    return [(module_name(path), ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for path in sorted(COACH.rglob("*.py"))]


def fakes_problems(module: str, tree: ast.AST) -> list[str]:
    """An import of ``coach.testing`` (fakes for tests and benchmarks) from the app."""
    if _within(module, "coach.testing"):
        return []
    return [f"{module}:{line}: imports {name} (fakes for tests and benchmarks, never the app)"
            for line, name in imports(tree) if _within(name, "coach.testing")]


def test_no_module_of_the_app_imports_the_testing_fakes() -> None:
    """A FakeClock wired in by mistake would freeze the user's reminders and countdowns."""
    assert [problem for module, tree in _sources()
            for problem in fakes_problems(module, tree)] == []
    assert fakes_problems("coach.engine.scheduler", ast.parse(
        "from coach.testing.clock import FakeClock\n"))
    assert fakes_problems("coach.app", ast.parse("def f():\n    from coach import testing\n"))
    assert not fakes_problems("coach.testing.clock", ast.parse(
        "from coach.testing import clock\n"))


def test_the_layers_import_only_downwards_and_the_pure_ones_no_qt():
    assert [problem for module, tree in _sources()
            for problem in layer_problems(module, tree)] == []


def test_no_unsafe_yaml_and_no_network_client_anywhere_in_the_app():
    assert [problem for module, tree in _sources()
            for problem in safety_problems(module, tree)] == []


def test_the_checks_see_each_form_they_forbid():
    def layers(module: str, code: str) -> list[str]:
        return layer_problems(module, ast.parse(code))

    def safety(code: str) -> list[str]:
        return safety_problems("coach.x", ast.parse(code))

    assert layers("coach.content.x", "def f():\n    from PySide6.QtCore import QTimer\n")
    assert layers("coach.engine.schedule", "import PySide6.QtCore\n")
    assert layers("coach.store.x", "from coach.platform import tray\n")
    assert layers("coach.platform.tray", "from coach import ui\n")
    assert layers("coach.platform.cues", "from coach.ui.main_window import MainWindow\n")
    assert not layers("coach.engine.player", "from PySide6.QtCore import QTimer\n")
    assert not layers("coach.app", "from coach.ui.main_window import MainWindow\n")
    assert not layers("coach.ui.home_screen", "from coach.ui.theme import x\n")
    assert not layers("coach.platform.tray", "from PySide6.QtWidgets import QMenu\n")

    assert safety("import yaml\nyaml.load(text, Loader=yaml.FullLoader)\n")
    assert safety("import yaml\nyaml.unsafe_load(text)\n")
    assert safety("import yaml\nL = getattr(yaml, 'CLoader', None)\n")
    assert safety("import urllib.request\n")
    assert safety("from PySide6.QtNetwork import QTcpSocket\n")
    assert safety("import socket\nsocket.socket(socket.AF_INET)\n")
    assert not safety("import yaml\nyaml.load(text, Loader=getattr(yaml, 'CSafeLoader', "
                      "yaml.SafeLoader))\n")
    assert not safety("import yaml\nyaml.safe_load(text)\n")
    assert not safety("import socket\nsocket.socket(socket.AF_UNIX)\n")
    assert not safety("from PySide6.QtNetwork import QLocalServer\n")


def documented_modules() -> dict[str, set[str]]:
    """The module map of docs/architecture.md: package -> the files its table names."""
    doc = (PROJECT / "docs" / "architecture.md").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    current: str | None = None
    for line in doc.split("## Main flows")[0].splitlines():
        if line.startswith("### "):
            heading = line[4:]
            current = "" if heading.startswith("The top of") else heading.split("`")[1]
            found[current] = set()
        elif current is not None and line.startswith("| `"):
            found[current].add(line.split("`")[1])
    return found


def test_the_module_map_names_every_module_and_no_module_that_is_gone() -> None:
    """A newcomer reads the map first: a module missing from it, or a row for a
    module that was split or renamed, sends them the wrong way."""
    documented = documented_modules()
    actual: dict[str, set[str]] = {"": set()}
    for path in COACH.rglob("*.py"):
        parts = path.relative_to(COACH).parts
        if len(parts) == 1:
            actual[""].add(parts[0])
            continue
        package = f"coach/{parts[0]}"
        inner = "/".join(parts[1:])
        actual.setdefault(package, set())
        if inner == "__init__.py" and package != "coach/i18n":
            continue  # a package's docstring says what it is; its table lists the modules
        if inner.endswith("/__init__.py"):
            inner = inner[: -len("__init__.py")]  # listed as `instance/`
        actual[package].add(inner)
    assert set(documented) == set(actual), "a package without a module-map section, or the reverse"
    for package, modules in actual.items():
        where = package or "the top of coach/"
        missing = sorted(modules - documented[package])
        gone = sorted(documented[package] - modules)
        assert missing == [], f"not in the module map under {where}: {missing}"
        assert gone == [], f"in the module map under {where} but not in the code: {gone}"


#: The longest a module may be before its docstring has to say why.
MODULE_LINES = 400
#: The reason's marker, at the start of a line of the module docstring.
LONG_BECAUSE = "Long because"
#: TEMPORARY while they are being split (issue 15); empty when that lands.
BEING_SPLIT: set[str] = {
}


def test_a_long_module_says_why_it_is_long() -> None:
    """Small modules with one job: a module over about 400 lines either splits or
    says at its top why it stays whole, so a newcomer knows it is on purpose."""
    unexplained = []
    for path in sorted(COACH.rglob("*.py")):
        name = path.relative_to(PROJECT).as_posix()
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= MODULE_LINES or name in BEING_SPLIT:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if not any(line.startswith(LONG_BECAUSE) for line in doc.splitlines()):
            unexplained.append(f"{name} ({text.count(chr(10))} lines)")
    assert unexplained == [], f"over {MODULE_LINES} lines, no '{LONG_BECAUSE}': {unexplained}"


#: A ceiling on ``Any`` in the app (issue 15): where a real type exists, it is
#: written instead. What is left is honest (Qt's item-model API, values of mixed
#: types such as every setting's default, SQLite rows, validated JSON arguments).
#: Lower it when you remove one; never raise it to get a change through: name the
#: type, or ``object`` and narrow it.
MAX_ANY_USES = 10


def any_uses(tree: ast.AST) -> list[int]:
    """The lines where ``Any`` (or ``typing.Any``) is used; imports, comments and text
    do not count."""
    return [node.lineno for node in ast.walk(tree)
            if (isinstance(node, ast.Name) and node.id == "Any")
            or (isinstance(node, ast.Attribute) and node.attr == "Any"
                and isinstance(node.value, ast.Name) and node.value.id == "typing")]


def test_the_any_counter_sees_uses_not_words() -> None:
    source = ("from typing import Any\nimport typing\n"
              "def f(x: Any) -> typing.Any: ...  # Any\n"
              "question = 'Any cramps last night?'\n")
    assert any_uses(ast.parse(source)) == [3, 3]


def test_any_does_not_spread() -> None:
    """Types that say what a value is are checked; ``Any`` switches the checks off."""
    uses = [f"{module}:{line}" for module, tree in _sources() for line in any_uses(tree)]
    assert len(uses) <= MAX_ANY_USES, (
        f"{len(uses)} uses of Any (at most {MAX_ANY_USES}); name the type instead, or use "
        f"object and narrow it: {uses}")
