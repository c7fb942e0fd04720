"""The window, the reminder pop-up, the tray menu and the plurals really come out in
Russian (the catalogue itself is checked in tests/unit/test_translations.py).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from coach.content.loader import load_library
from coach.i18n import install_translator, translate
from coach.store.history import History
from coach.store.settings import Settings
from coach.testing.clock import FakeClock
from coach.ui.main_window import MainWindow, Services

from fakes import RecordingAwake, RecordingCues

PROJECT = Path(__file__).resolve().parents[2]
TS_FILE = PROJECT / "translations" / "calf_coach_ru.ts"


def catalogue() -> list[tuple[str, ET.Element]]:
    """Every message of the Russian catalogue, with its context."""
    root = ET.parse(TS_FILE).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.findall("context")
            for msg in ctx.findall("message")]


# --- the interface in Russian -----------------------------------------------------


@pytest.fixture
def russian(qapp):
    """The Russian catalogue installed for one test; English (and the locale) after it."""
    locale = QLocale()
    loaded = install_translator(qapp, "ru")
    assert len(loaded) >= 1  # ours; Qt's own is there when PySide6 ships it
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def russian_window(russian, qtbot):
    clock = FakeClock(datetime(2026, 11, 24, 21, 30, tzinfo=ZoneInfo("Europe/Berlin")))
    history = History()
    services = Services(library=load_library(), clock=clock, settings=Settings.load(),
                        history=history, cues=RecordingCues(), screen_awake=RecordingAwake(),
                        language="ru")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 680)
    window.show()
    qtbot.waitExposed(window)
    yield window, clock
    history.close()


def english_words() -> set[str]:
    """Every English source whose Russian differs: none of them may be left on a screen."""
    words = set()
    for _ctx, msg in catalogue():
        translation = msg.find("translation")
        if msg.get("numerus") != "yes" and translation is not None \
                and translation.text != msg.findtext("source"):
            words.add(msg.findtext("source") or "")
    return words - {""}


def shown_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        texts += [t for t in (child.toolTip(), child.accessibleName()) if t]
    return texts


def assert_russian(widget: QWidget) -> None:
    english = english_words()
    left_over = [t for t in shown_texts(widget) if t in english]
    assert left_over == []


def test_every_screen_is_in_russian(russian_window):
    window, clock = russian_window
    assert window.home.cramp_button.text() == "Свело ногу   (C)"
    assert window.cramp_action.text() == "Свело ногу"
    assert "Вечерняя растяжка перед сном" in window.home.routines.item(0).text() \
        or any("Вечерняя растяжка" in window.home.routines.item(i).text()
               for i in range(window.home.routines.count()))
    assert_russian(window.home)

    window.open_routine("evening-stretch")
    assert window.windowTitle() == "Вечерняя растяжка перед сном — Calf Coach"
    player = window.player_screen
    assert player.play_button.text() == "Начать"
    assert player.heading.text() == "Приготовьтесь"
    assert player.instructions.text().startswith(
        "Сейчас будет: Растяжка икры у стены, левая нога\n\n"
        "Почему этот комплекс: Hallegraeff и соавт.")
    assert player.sound_button.text() in ("Звук вкл.", "Звук выкл.")
    assert_russian(player)

    window.open_cramp()
    cramp = window.cramp_screen
    assert window.windowTitle() == "Свело ногу — Calf Coach"
    assert cramp.emergency_title.text().startswith("Немедленно вызовите скорую: ")
    assert cramp.emergency_signs.text().startswith("Обморок или потеря сознания")
    first = window.services.library.exercise("toe-pull-straight-leg")
    assert cramp.heading.text() == first.name.get("ru")
    caution = first.caution.get("ru")
    assert cramp.caution.text() == f"Осторожно: {caution[:1].lower()}{caution[1:]}"
    assert cramp.position.text() == "Шаг 1 из 6"
    assert_russian(cramp)
    cramp.toggle_more()
    assert cramp.more_text().startswith("Покажитесь врачу сегодня же")
    assert "Обратитесь к врачу в ближайшее время" in cramp.more_text()
    assert_russian(cramp)
    cramp.close_more()
    cramp.next_step()
    assert cramp.question_title.text() == "Одна икра отекла, горячая или покраснела?"
    assert cramp.yes_button.text() == "Да  (Y)"
    assert_russian(cramp)
    cramp.answer_swollen_yes()
    assert "тромб" in cramp.advice_text.text()
    assert_russian(cramp)
    cramp.offer_standing()
    assert "Включите свет." in cramp.standing_text.text()
    assert_russian(cramp)
    cramp.stay_seated()
    clock.advance(125)
    cramp.cramp_gone()
    assert cramp.diary_title.text() == "Записать судорогу в дневник?"
    assert cramp.diary_duration.text() == (
        "Началась в 21:30 и длилась примерно 2 минуты; время и длительность записаны "
        "автоматически.")
    assert_russian(cramp)
    cramp.skip_entry()

    window.open_reminders()
    assert window.reminders_screen.title.text() == "Напоминания"
    # The default reminder's label was written in English into the settings file.
    assert window.reminders_screen.rows[0].summary.text() == \
        "21:30, Каждый день, Вечерняя растяжка"
    assert_russian(window.reminders_screen)
    window.reminders_screen.add_reminder()
    assert window.reminders_screen.editor.heading.text() == "Новое напоминание"
    assert_russian(window.reminders_screen.editor)
    window.reminders_screen.editor.cancelled.emit()

    window.open_history()
    history = window.history_screen
    assert history.title.text() == "Дневник"
    assert history.add_button.text() == "Добавить судорогу"
    assert_russian(history)
    history.add_cramp()
    assert history.editor.title.text() == "Добавить судорогу"
    assert_russian(history.editor)

    window.open_settings()
    assert window.windowTitle() == "Настройки — Calf Coach"
    assert_russian(window.settings_screen)


def test_the_reminder_popup_and_tray_menu_in_russian(russian, qtbot):
    from coach.engine.schedule import Occurrence
    from coach.platform.tray import Tray
    from coach.ui.reminder_window import ReminderWindow

    popup = ReminderWindow(snooze_minutes=5)
    qtbot.addWidget(popup)
    due = datetime(2026, 11, 24, 21, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    popup.show_occurrence(Occurrence("evening", due, due.date()), "Вечер", "Растяжка")
    assert popup.heading.text() == "Пора на вечернюю растяжку"
    assert popup.snooze_button.text() == "Отложить на 5 мин"
    assert popup.snooze_button.accessibleName() == "Напомнить снова через 5 минут"
    assert_russian(popup)
    tray = Tray(available_fn=lambda: True)
    assert tray.open_action.text() == "Открыть Calf Coach"
    assert tray.quit_action.text() == "Выйти"


@pytest.mark.parametrize(("count", "minutes", "cramps", "nights"), [
    (1, "1 минута", "1 судорога", "за 1 ночь"),
    (2, "2 минуты", "2 судороги", "за 2 ночи"),
    (5, "5 минут", "5 судорог", "за 5 ночей"),
    (11, "11 минут", "11 судорог", "за 11 ночей"),
    (21, "21 минута", "21 судорога", "за 21 ночь"),
    (22, "22 минуты", "22 судороги", "за 22 ночи"),
])
def test_russian_plural_forms(russian, count, minutes, cramps, nights):
    from coach.words.durations import duration_words

    assert duration_words(60 * count) == minutes
    assert translate("ChartText", "%n cramp(s)", "", count) == cramps
    assert translate("ChartText", "on %n night(s)", "", count) == nights


def test_english_plural_forms_without_the_catalogue(qapp):
    install_translator(qapp, "en")
    assert translate("DurationText", "%n minute(s)", "", 1) == "1 minute"
    assert translate("DurationText", "%n minute(s)", "", 21) == "21 minutes"
    assert translate("HistoryText", "evening(s) stretched in a row", "", 1) == \
        "evening stretched in a row"


def test_reminder_words_in_russian(russian):
    from coach.engine.schedule import Occurrence
    from coach.words.reminders import days_text, next_reminder_text, when_text

    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 11, 24, 19, 20, tzinfo=berlin)  # a Tuesday
    due = datetime(2026, 11, 24, 21, 30, tzinfo=berlin)
    assert next_reminder_text(Occurrence("r", due, due.date()), now) == \
        "Следующее напоминание: сегодня вечером в 21:30, через 2 ч 10 мин"
    assert when_text(due + timedelta(days=3), now) == "в пятницу в 21:30"
    assert when_text(datetime(2026, 11, 25, 1, 0, tzinfo=berlin), now, countdown=False) == \
        "этой ночью в 01:00"
    assert when_text(due + timedelta(days=20), now) == "14 декабря в 21:30"
    assert days_text(["mon", "tue", "wed", "thu", "fri"]) == "По будням"
    assert days_text(["sat"]) == "По субботам"


def test_the_reminders_page_says_how_closing_really_behaves_in_both_languages(russian_window):
    """Closing the window keeps Calf Coach running: no "do not close Calf Coach"."""
    window, _clock = russian_window
    window.open_reminders()
    note = window.reminders_screen.note.text()
    assert "Не закрывайте" not in note
    assert "закрыть окно" in note and "Выйти" in note
    from coach.ui.reminders_screen import HOW_THEY_ARRIVE
    assert "Keep Calf Coach running" not in HOW_THEY_ARRIVE
    assert "Closing the window does not stop them" in HOW_THEY_ARRIVE


# --- Qt's own file dialog -------------------------------------------------------------


def _english_left(dialog: QWidget) -> list[str]:
    """Labels and buttons of ``dialog`` that show Latin words and no Russian."""
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisibleTo(dialog)]
    return [t for t in texts if any("a" <= c.lower() <= "z" for c in t)
            and not any("а" <= c.lower() <= "я" for c in t)]


def test_the_save_and_open_dialogs_speak_russian(russian, qtbot, tmp_path):
    """Qt 6.11's catalogue lacks "&Look in:", "Files of &type:" and the folder type;
    ours fills them in (coach/i18n/qt_gaps.py)."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtGui import QAbstractFileIconProvider
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "x", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux desktops show
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Папка:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "&Типы файлов:"
    assert _english_left(dialog) == []
    provider = QAbstractFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path))) == "Папка"
    assert translate("QFileDialog", "File not found.") == "Файл не найден."
