"""The window is built and used without PySide6 creating every Qt class it knows.

When Python is asked for an object Qt is still building (an application-wide
event filter sees every one; ``QChildEvent.child()`` on a child just added),
PySide6 cannot name its class and creates the Python classes, with their enum
classes, of every Qt class loaded, to look for it: 18 ms before the first
frame and memory held all day (docs/benchmarks.md). Checked in a fresh
process, since those classes are made once per process. ``QWizard``'s enum
``WizardButton`` is the witness: the app never uses a wizard.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

COUNT_WITNESS = """
import enum, sys
made = []
_new = enum.EnumType.__new__
def _watch(mcls, name, bases, namespace, **kw):
    if name == "WizardButton":
        made.append(name)
    return _new(mcls, name, bases, namespace, **kw)
enum.EnumType.__new__ = _watch
"""

USE_THE_WINDOW = """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from PySide6.QtTest import QTest
app = QApplication([])
from fakes import make_window
window, clock, history = make_window()
window.resize(1024, 680)
window.show()
app.processEvents()
buttons = [b for b in window.home.findChildren(QPushButton) if b.isVisible()]
for button in buttons[:3]:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Tab)
window.open_cramp()
app.processEvents()
history.close()
print("witness made" if made else "witness not made")
"""

APP_WIDE_FILTER = """
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication([])
class Everything(QObject):
    def eventFilter(self, watched, event):
        return False
everything = Everything()
app.installEventFilter(everything)
QListWidget()
print("witness made" if made else "witness not made")
"""


def _run(code: str, tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(PROJECT), str(PROJECT / "tests")]))
    for key in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{key}_HOME"] = str(tmp_path / key.lower())
    result = subprocess.run([sys.executable, "-c", COUNT_WITNESS + code], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_witness_shows_a_scan_of_every_class(tmp_path):
    """The check can fail: an application-wide Python filter makes PySide6 scan."""
    assert _run(APP_WIDE_FILTER, tmp_path) == "witness made"


def test_building_and_using_the_window_scans_no_class(tmp_path):
    """Home, the focus moving over its buttons (the Enter/Space filter follows it)
    and the night screen: no scan of every Qt class."""
    assert _run(USE_THE_WINDOW, tmp_path) == "witness not made"
