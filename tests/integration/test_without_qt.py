"""What runs without Qt, checked in a fresh process: `coach list`, `coach validate`, the
start-on-login switch, and the safety texts they and the exports use. Loading Qt would
cost a terminal user a second.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_the_safety_module_loads_without_qt():
    """The command line imports it; it must not pull Qt in."""
    code = ("import sys, coach.content.safety as s; s.all_levels_text(s.emergency_number());"
            "print('PySide6.QtCore' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_list_does_not_load_qt():
    code = ("import sys; from coach.app import main; main(['list']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), "
            "[m for m in sys.modules if m.startswith('PySide6')]")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "evening-stretch" in result.stdout


def test_validate_does_not_load_qt():
    code = ("import sys; from coach.app import main; main(['validate']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_autostart_does_not_load_qt():
    code = ("import sys; from coach.platform.autostart import Autostart; Autostart().is_enabled();"
            " assert not any(m.startswith('PySide6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_hot_keys_second_launch_loads_only_what_handing_over_needs():
    """`coach --cramp` with the app running: parse, connect, send, exit. Qt would cost
    a quarter of a second, and `dataclasses` (with `inspect`, `ast`, `dis`) 3 ms of the
    time between the key and the night screen."""
    code = ("import sys; import coach.app; from coach.platform.instance import fast_client;"
            " print(sorted(m for m in ('PySide6', 'inspect', 'dataclasses', 'yaml', 'sqlite3')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
