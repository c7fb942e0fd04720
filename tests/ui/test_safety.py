"""The warnings in three levels: their words, their order, and the number to call.

Pure checks of ``coach.content.safety`` (no Qt; that it loads without Qt is
tests/integration/test_without_qt.py), then where a person meets
them outside the night screen: "When to get help" from home, the player's
panel for relief and after-cramp routines, and the emergency number setting.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.content.loader import load_library
from coach.content.safety import (
    AFTER_CRAMP_ROUTINE_ID,
    EMERGENCY,
    LEVELS,
    SOON,
    TODAY,
    all_levels_text,
    disclaimer_text,
    emergency_number,
    level_text,
    needs_warnings,
    signs_sentence,
    territory_of,
)
from coach.store.settings import Settings

from fakes import shown_window

# --- the words ------------------------------------------------------------------------


def test_levels_come_most_urgent_first():
    assert [level.key for level in LEVELS] == ["emergency", "today", "soon"]


def test_emergency_level_names_the_number_and_every_emergency_sign():
    text = level_text(EMERGENCY, "112")
    assert text.startswith("Call an emergency number now: 112")
    for words in ("fainting or loss of consciousness", "jerking of the body",
                  "eyes rolling back", "foaming or heavy salivation",
                  "a seizure, not a calf cramp", "sudden chest pain",
                  "sudden breathlessness", "coughing blood", "suddenly cold, pale or blue"):
        assert words in text.lower(), words


def test_get_checked_today_says_a_swollen_calf_is_never_massaged():
    text = level_text(TODAY, "112").lower()
    assert text.startswith("get checked today")
    assert "swollen, warm, red or painful to touch" in text
    assert "blood clot" in text and "do not massage" in text
    assert "more than 10 minutes" in text
    assert "injury" in text and "snap" in text and "cannot bear weight" in text


def test_see_a_doctor_soon_covers_sleep_weakness_walking_pain_and_medicines():
    text = level_text(SOON, "112").lower()
    assert text.startswith("see a doctor soon")
    for words in ("disturb your sleep", "weakness, wasting or numbness",
                  "pain on walking that eases with rest", "new medicine",
                  "doctor who prescribed it", "never stop a medicine on your own"):
        assert words in text, words


def test_no_level_promises_a_cure_or_names_a_drug():
    text = all_levels_text("112").lower() + disclaimer_text().lower()
    for word in ("cure", "prevents", "mg", "tablet", "dose"):
        assert word not in text, word
    assert "not a doctor" in disclaimer_text()


def test_signs_sentence_is_one_capitalised_line():
    line = signs_sentence(EMERGENCY)
    assert "\n" not in line and line[0].isupper() and line.endswith(".")


# --- the number to call -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "number"), [
    ("ru_RU.UTF-8", "103 or 112"), ("en_GB.UTF-8", "999"), ("en_US.UTF-8", "911"),
    ("fr_CA.UTF-8", "911"), ("de_DE.UTF-8", "112"), ("fr_FR", "112"), ("ru", "103 or 112"),
    ("C.UTF-8", "112"), ("", "112"),
])
def test_emergency_number_follows_the_locale(lang, number):
    assert emergency_number("", {"LANG": lang}) == number


def test_lc_all_and_lc_telephone_come_before_lang():
    env = {"LANG": "en_US.UTF-8", "LC_TELEPHONE": "en_GB.UTF-8"}
    assert emergency_number("", env) == "999"
    assert emergency_number("", {**env, "LC_ALL": "ru_RU.UTF-8"}) == "103 or 112"


def test_the_users_own_number_wins():
    assert emergency_number(" 0800 123 ", {"LANG": "en_US.UTF-8"}) == "0800 123"


def test_territory_of_reads_common_spellings():
    assert territory_of("pt_BR.UTF-8@euro") == "BR"
    assert territory_of("en-GB") == "GB"
    assert territory_of("en") == ""


def test_emergency_number_setting_is_validated_and_saved(tmp_path):
    settings = Settings.load(tmp_path / "settings.yaml")
    assert settings.get("emergency_number") == ""
    settings.set("emergency_number", "911")
    settings.save()
    assert Settings.load(tmp_path / "settings.yaml").get("emergency_number") == "911"
    for bad in ("call someone", "1" * 31, 112, "1\n2"):
        with pytest.raises(ValueError):
            settings.set("emergency_number", bad)


def test_a_bad_number_in_the_file_costs_only_that_setting(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("emergency_number: [1, 2]\ntext_scale: 1.5\n", encoding="utf-8")
    settings = Settings.load(path)
    assert settings.get("emergency_number") == ""
    assert settings.get("text_scale") == 1.5
    assert any("emergency_number" in line for line in settings.warnings)


# --- which routines carry the warnings ----------------------------------------------------


def test_every_relief_routine_and_the_after_cramp_routine_needs_the_warnings():
    library = load_library()
    relief = [r for r in library.routines.values() if r.kind == "relief"]
    assert relief, "the library has relief routines"
    assert all(needs_warnings(r) for r in relief)
    assert needs_warnings(library.routines[AFTER_CRAMP_ROUTINE_ID])
    assert not needs_warnings(library.routines["evening-stretch"])


# --- on screen -------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    body = shown_window(qtbot, 1024, 680)
    win, _clock = next(body)
    yield win
    for dialog in QApplication.topLevelWidgets():
        if dialog.objectName() == "HelpDialog":
            dialog.close()
    next(body, None)  # closes the diary


def assert_all_levels(text: str, number: str) -> None:
    for level in LEVELS:
        assert level_text(level, number).split("\n")[0] in text
        for sign in level.signs:
            assert sign[1:] in text, sign
    assert "not a doctor" in text


def test_when_to_get_help_from_home_shows_all_three_levels(window, qtbot):
    button = window.home.help_button
    assert button.isVisible() and button.text() == "When to get help"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "HelpDialog" and w.isVisible())
    assert_all_levels(dialog.text(), "112")
    assert dialog.titles["emergency"].text() == "Call an emergency number now: 112"
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_closes_the_help_dialog(window, qtbot):
    dialog = window.open_help()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_the_dialog_shows_the_number_from_the_settings(window):
    window.services.settings.set("emergency_number", "911")
    dialog = window.open_help()
    assert dialog.titles["emergency"].text() == "Call an emergency number now: 911"


def test_every_relief_routine_shows_the_warnings_in_the_player(window, qtbot):
    library = window.services.library
    for routine in library.routines.values():
        if not needs_warnings(routine):
            continue
        assert window.open_routine(routine.id)
        panel = window.player_screen.safety
        assert panel.isVisible(), routine.id
        assert panel.title.text() == "Call an emergency number now: 112", routine.id
        for sign in EMERGENCY.signs:
            assert sign in panel.signs.text().lower(), (routine.id, sign)
        window.show_home()


def test_the_players_more_opens_the_other_levels(window, qtbot):
    window.open_routine(AFTER_CRAMP_ROUTINE_ID)
    window.player_screen.safety.more_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "HelpDialog" and w.isVisible())
    assert_all_levels(dialog.text(), "112")


def test_an_ordinary_routine_has_no_warnings_panel(window):
    window.open_routine("evening-stretch")
    assert not window.player_screen.safety.isVisible()


def test_changing_the_number_in_settings_updates_the_screens(window, qtbot):
    window.open_routine(AFTER_CRAMP_ROUTINE_ID)
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    window.open_settings()
    edit = window.settings_screen.emergency_edit
    assert edit.placeholderText() == "Automatic: 112"
    edit.setFocus()
    qtbot.keyClicks(edit, "999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.services.settings.get("emergency_number") == "999"
    assert window.player_screen.safety.title.text().endswith(": 999")
    assert window.cramp_screen.emergency_title.text().endswith(": 999")
