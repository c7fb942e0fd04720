"""The safety texts load without Qt: the command line and the exports use them."""

from __future__ import annotations

import subprocess
import sys


def test_the_safety_module_loads_without_qt():
    """The command line imports it; it must not pull Qt in."""
    code = ("import sys, coach.content.safety as s; s.all_levels_text(s.emergency_number());"
            "print('PySide6.QtCore' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
