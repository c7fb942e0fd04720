"""Work the first frame does not need waits for it, and still happens when nothing paints."""

from __future__ import annotations

import linecache
import sys
import types

from coach.runtime import pyside_feature_scan

from fakes import make_window


def test_work_after_the_first_paint_runs_once_the_window_has_painted(qtbot):
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    calls: list[str] = []
    window.after_first_paint(lambda: calls.append("reminders"), at_latest_ms=60_000)
    assert calls == [], "nothing runs before the first frame"
    window.show()
    qtbot.waitUntil(lambda: calls == ["reminders"], timeout=5000)
    window.after_first_paint(lambda: calls.append("later"), at_latest_ms=60_000)
    qtbot.waitUntil(lambda: calls == ["reminders", "later"], timeout=5000)
    history.close()


def test_work_after_the_first_paint_still_runs_when_the_window_never_paints(qtbot):
    window, _clock, history = make_window()  # hidden, as in the tray
    qtbot.addWidget(window)
    calls: list[int] = []
    window.after_first_paint(lambda: calls.append(1), at_latest_ms=10)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    window.show()
    qtbot.waitUntil(lambda: window.paint_hooks.painted, timeout=5000)
    qtbot.wait(50)
    assert calls == [1], "a callback runs once, not again at the paint"
    history.close()


def test_modules_imported_after_pyside6_are_not_read_for_feature_switches(tmp_path,
                                                                          monkeypatch):
    assert pyside_feature_scan.skip_feature_scan()
    module_file = tmp_path / "cc_probe_module.py"
    module_file.write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import cc_probe_module  # noqa: F401

    assert str(module_file) not in linecache.cache
    monkeypatch.delitem(sys.modules, "cc_probe_module")


def test_an_unknown_pyside6_keeps_its_scan_and_says_so(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    with caplog.at_level("INFO"):
        assert not pyside_feature_scan.skip_feature_scan()
    assert "keeps its source scan" in caplog.text
