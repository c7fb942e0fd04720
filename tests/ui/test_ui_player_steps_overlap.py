"""The steps' box is as tall as the steps at the width and size they are shown:
at large text the caution under them never covers their last line."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QApplication
from test_ui_player_issue13 import _ProbedCues

from coach.content.model import Routine, RoutineStep, Text
from coach.engine.timeline import build_timeline
from coach.i18n import install_translator
from coach.platform.cues import NO_DEVICE, NO_ENGINE
from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

from fakes import make_window


def _overlaps(screen) -> list[str]:
    """What the user would see wrong: a cut steps box or a caution drawn over it."""
    problems = []
    area, label = screen.instructions_area, screen.instructions
    needed = label.heightForWidth(label.width())
    if area.viewport().height() + 2 < needed:
        problems.append(f"steps need {needed} px at {label.width()} px, "
                        f"box shows {area.viewport().height()}")
    if screen.caution.isVisible():
        top = screen.caution.mapTo(screen, screen.caution.rect().topLeft()).y()
        bottom = area.mapTo(screen, area.rect().bottomLeft()).y()
        if top <= bottom:
            problems.append(f"caution top {top} at or above the steps' bottom {bottom}")
    return problems


@pytest.mark.parametrize("height", [680, 700])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_large_text_caution_stays_under_the_last_step(qtbot, qapp, height, language):
    install_translator(qapp, language)  # "Дальше: …" is longer: two lines, not one
    app = QApplication.instance()
    original = app.property(BASE_SIZE_PROPERTY)
    apply_theme(app, "dark", 1.5)  # before the window, as the app starts with it
    window, _clock, history = make_window(language=language)
    qtbot.addWidget(window)
    window.services.cues = _ProbedCues(NO_DEVICE, NO_ENGINE)  # the notice above takes a line
    try:
        window.resize(1024, height)
        window.show()
        qtbot.waitExposed(window)
        # A user's routine: the wall lean, then lying with the legs raised.
        routine = Routine(id="mine", title=Text((("en", "Mine"), ("ru", "Мой"))),
                          summary=Text.plain(""), kind="routine", prepare_s=5,
                          steps=(RoutineStep("wall-lean", 20),
                                 RoutineStep("legs-raised", 30)))
        timeline = build_timeline(routine, window.services.library.exercises)
        window.routines.timelines["mine"] = timeline
        assert window.open_routine("mine")
        screen = window.player_screen
        screen.play_button.click()
        while screen.player.segment.kind != "exercise":
            screen.player.skip()
        assert screen.player.segment.exercise.id == "wall-lean"
        assert screen.caution.text()
        with contextlib.suppress(qtbot.TimeoutError):  # the box is sized once laid out
            qtbot.waitUntil(lambda: not _overlaps(screen), timeout=1000)
        assert not _overlaps(screen)
    finally:
        window.show_home()
        apply_theme(app, "light", 1.0, base_point_size=original)
        install_translator(qapp, "en")
        history.close()
