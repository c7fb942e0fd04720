"""The translation tools and the command line in Russian, run as processes: the compiled
catalogue is current, the tools are found without a venv, and `coach list` and the
English words need neither Qt nor a catalogue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coach.i18n import catalogue_path

PROJECT = Path(__file__).resolve().parents[2]
TS_FILE = PROJECT / "translations" / "calf_coach_ru.ts"


def update_translations_tool():
    """tools/update_translations.py as a module (the tools folder is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", PROJECT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_compiled_catalogue_is_up_to_date(tmp_path):
    # PySide6 is a dependency, so its lrelease is next to this Python: no skip.
    lrelease = update_translations_tool().qt_tool("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease is missing next to " + sys.executable
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == catalogue_path("ru").read_bytes(), \
        "run tools/update_translations.py"


def test_the_translation_tools_are_found_without_an_activated_venv():
    """Only the system folders on PATH, as when the venv's python is run by its path."""
    env = {**os.environ, "PATH": os.pathsep.join(["/usr/bin", "/bin"])}
    result = subprocess.run([sys.executable, str(PROJECT / "tools" / "update_translations.py"),
                             "--check"], cwd=PROJECT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr


def test_coach_list_prints_russian_titles_without_loading_qt():
    code = ("import sys; from coach.app import main; main(['list']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), "
            "[m for m in sys.modules if m.startswith('PySide6')]")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "ru_RU.UTF-8"
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False, env=env, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert "Вечерняя растяжка перед сном" in result.stdout
    assert "Evening stretch before bed" not in result.stdout


def test_english_words_and_plurals_without_qt_or_a_catalogue():
    code = ("import sys; from coach.words.durations import duration_words as d; "
            "print(d(1), '|', d(40), '|', d(60), '|', d(300)); "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 second | 40 seconds | 1 minute | 5 minutes"
