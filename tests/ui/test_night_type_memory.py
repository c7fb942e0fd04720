"""The night screen's fitted type kept on disk: the first Cramp now after a start needs
no search, and a stale, foreign or broken file never costs a cut-off word."""

from __future__ import annotations

import json

import pytest

from coach.ui.cramp.fit_memory import FILE_NAME, KEEP, VERSION, FitMemory
from coach.ui.cramp.night_type import NightType
from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

from fakes import make_window


@pytest.fixture
def large_text(qapp):
    """150 % of a 10 pt desktop font, as the night screen's users often have it."""
    original = qapp.property(BASE_SIZE_PROPERTY) or qapp.font().pointSizeF()
    apply_theme(qapp, "light", 1.0, base_point_size=10.0)
    apply_theme(qapp, "light", 1.5)
    yield
    apply_theme(qapp, "light", 1.0, base_point_size=original)


@pytest.fixture
def searches(monkeypatch) -> list[object]:
    """Every full search of the night type, counted."""
    seen: list[object] = []
    real_search = NightType._search
    monkeypatch.setattr(NightType, "_search", lambda self, compact, hint: (
        seen.append(hint), real_search(self, compact, hint))[1])
    return seen


def night_screen(qtbot, width: int = 800, height: int = 600):
    """A new window (as after a start) showing Cramp now; the screen and its diary."""
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.open_cramp()
    screen = window.cramp_screen
    qtbot.waitUntil(lambda: not screen._fit_pending, timeout=3000)
    return window, screen, history


def memory_file() -> FitMemory:
    return FitMemory.in_cache()


def sizes(screen) -> list[float]:
    return [screen.lines.font().pointSizeF(), screen.next_button.font().pointSizeF(),
            screen.emergency_title.font().pointSizeF()]


def test_the_first_cramp_now_after_a_start_uses_the_kept_type(qtbot, large_text, searches):
    window, screen, history = night_screen(qtbot)
    first = sizes(screen)
    assert searches, "the very first show searches"
    screen._night._memory.write()  # as a second after the search
    assert memory_file().path.exists()
    window.close()
    history.close()

    searches.clear()
    _window, again, history = night_screen(qtbot)  # the next start
    try:
        assert searches == [], "the kept answer was used"
        assert sizes(again) == first
        assert not again.cut_off_labels()
    finally:
        history.close()


def test_the_file_is_written_a_second_after_a_new_answer(qtbot, large_text):
    _window, _screen, history = night_screen(qtbot)
    try:
        path = memory_file().path
        qtbot.waitUntil(path.exists, timeout=3000)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["version"] == VERSION and data["fits"]
        assert all(len(answer) == 3 for answer in data["fits"].values())
    finally:
        history.close()


def kept_file_changed(qtbot, change) -> list[float]:
    """A first start that keeps its answers; ``change`` edits the kept file's data
    before the next start. Returns the first start's sizes."""
    window, screen, history = night_screen(qtbot)
    first = sizes(screen)
    memory = screen._night._memory
    memory.write()
    data = json.loads(memory.path.read_text(encoding="utf-8"))
    change(data)
    memory.path.write_text(json.dumps(data), encoding="utf-8")
    window.close()
    history.close()
    return first


def test_a_kept_answer_that_cuts_text_off_is_searched_again(qtbot, large_text, searches):
    def too_large(data: dict) -> None:
        assert any(answer[0] < 1.0 for answer in data["fits"].values()), "this window shrinks"
        data["fits"] = {key: [1.0, None, True] for key in data["fits"]}  # too large here

    first = kept_file_changed(qtbot, too_large)
    searches.clear()
    _window, again, history = night_screen(qtbot)
    try:
        assert searches, "checked, found cut off, searched"
        assert not again.cut_off_labels()
        assert sizes(again) == first
    finally:
        history.close()


def test_answers_kept_by_the_version_before_halfway_sizes_are_searched_again(
        qtbot, large_text, searches):
    """Version 1 tried only the coarse sizes; its answers still fit, so they would be
    kept for ever, smaller than the screen allows now."""
    kept_file_changed(qtbot, lambda data: data.update(version=1))
    searches.clear()
    _window, again, history = night_screen(qtbot)
    try:
        assert searches, "the old file was not used"
        assert not again.cut_off_labels()
    finally:
        history.close()


@pytest.mark.parametrize("content", [
    "not json {", '{"version": 99, "fits": {}}', '[1, 2]',
    '{"version": 2, "fits": {"k": [7, null, true], "j": "x", "m": [0.5, 0.5]}}'])
def test_a_broken_or_foreign_file_is_ignored_and_replaced(qtbot, large_text, searches,
                                                          content):
    path = memory_file().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    _window, screen, history = night_screen(qtbot)
    try:
        assert searches
        assert not screen.cut_off_labels()
        screen._night._memory.write()
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["version"] == VERSION and len(data["fits"]) >= 1
        assert all(0 < answer[0] <= 1 for answer in data["fits"].values())
    finally:
        history.close()


def test_an_unwritable_cache_is_logged_and_nothing_is_overwritten(qapp, caplog, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    memory = FitMemory(blocker / FILE_NAME)
    memory.put("key", (0.8, None, True), owner=qapp)
    memory.write()
    assert "could not keep the fitted sizes" in caplog.text
    assert blocker.read_text(encoding="utf-8").startswith("a file where")


def test_only_the_newest_answers_are_kept(qapp, tmp_path):
    memory = FitMemory(tmp_path / FILE_NAME)
    for index in range(KEEP + 5):
        memory.put(f"key {index}", (0.9, None, False), owner=qapp)
    memory.write()
    fits = json.loads(memory.path.read_text(encoding="utf-8"))["fits"]
    assert len(fits) == KEEP
    assert "key 0" not in fits and f"key {KEEP + 4}" in fits


def test_an_answer_waiting_to_be_written_is_written_when_the_app_quits(qapp, tmp_path):
    memory = FitMemory(tmp_path / FILE_NAME)
    memory.put("key", (0.7, 0.6, False), owner=qapp)
    assert not memory.path.exists(), "not on the way to the first frame"
    qapp.aboutToQuit.emit()
    fits = json.loads(memory.path.read_text(encoding="utf-8"))["fits"]
    assert fits == {"key": [0.7, 0.6, False]}
