"""The reminders screen and the home screen's "next reminder" line, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach.content.loader import load_library
from coach.store.settings import DAYS, Settings
from coach.ui.home_screen import HomeScreen
from coach.ui.models.reminder_form import NO_DAY, NO_LABEL, new_reminder_id
from coach.ui.reminders_screen import HOW_THEY_ARRIVE, RemindersScreen

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


@pytest.fixture(scope="module")
def library():
    return load_library()


class Harness:
    """The screen in a shown window, with every emitted list recorded."""

    def __init__(self, qtbot, library, reminders: list[dict]) -> None:
        self.qtbot = qtbot
        self.host = QWidget()
        self.screen = RemindersScreen(library, reminders)
        QVBoxLayout(self.host).addWidget(self.screen)
        qtbot.addWidget(self.host)
        self.host.resize(1024, 600)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.host.activateWindow()
        self.emitted: list[list[dict]] = []
        self.screen.remindersChanged.connect(self.emitted.append)
        self.closed = 0
        self.screen.closed.connect(self._closed)

    def _closed(self) -> None:
        self.closed += 1

    def focus(self) -> QWidget:
        return QApplication.focusWidget() or self.host.focusWidget() or self.host

    def press(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, target: QWidget, limit: int = 40) -> None:
        """Press Tab until ``target`` has focus (fails if it is not reachable)."""
        for _ in range(limit):
            if self.focus() is target:
                return
            self.press(Qt.Key.Key_Tab)
        assert self.focus() is target, f"{target.accessibleName()!r} not reachable with Tab"

    @property
    def last(self) -> list[dict]:
        assert self.emitted, "remindersChanged was not emitted"
        return self.emitted[-1]


@pytest.fixture
def first_run(qtbot, library):
    """The screen over the settings of a first run (conftest gives an empty config folder)."""
    settings = Settings.load()
    return Harness(qtbot, library, settings.get("reminders")), settings


def focusable_controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    return [w for w in widget.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(widget)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)]  # inner parts


def test_first_run_reminder_shows_in_words(first_run):
    harness, _ = first_run
    screen = harness.screen
    assert screen.title.text() == "Reminders"
    assert screen.note.text() == HOW_THEY_ARRIVE
    assert len(screen.rows) == 1
    row = screen.rows[0]
    assert row.summary.text() == "21:30, Every day, Evening stretch"
    assert row.detail.text() == "Routine: Evening stretch before bed"
    assert row.switch.isChecked()
    assert row.switch.accessibleName() == "Reminder on"
    assert not screen.empty_label.isVisible()
    assert harness.emitted == [], "showing must not change anything"


def test_add_a_reminder_with_the_keyboard_and_save_it_in_settings(first_run):
    harness, settings = first_run
    screen = harness.screen
    screen.open()
    harness.tab_to(screen.add_button)
    harness.press(Qt.Key.Key_Space)
    editor = screen.editor
    assert screen.editing and editor.heading.text() == "New reminder"
    assert harness.focus() is editor.time_edit
    harness.type("0715")  # the hour part is full after two digits; the minutes follow
    assert editor.time_edit.time().toString("HH:mm") == "07:15"
    harness.tab_to(editor.weekdays_button)
    harness.press(Qt.Key.Key_Space)
    assert editor.days() == WEEKDAYS
    harness.tab_to(editor.day_buttons["sat"])
    harness.press(Qt.Key.Key_Space)  # a toggle on its own: Saturday too
    harness.tab_to(editor.label_edit)
    assert editor.label_edit.text() == "Evening stretch before bed"  # the routine's title
    editor.label_edit.selectAll()
    harness.type("Morning lean")
    harness.press(Qt.Key.Key_Return)

    assert not screen.editing
    assert len(harness.emitted) == 1
    added = harness.last[-1]
    assert added == {"id": "r-1", "time": "07:15", "days": [*WEEKDAYS, "sat"],
                     "routine": "evening-stretch", "label": "Morning lean", "enabled": True}
    assert harness.last[0]["id"] == "evening"
    settings.set("reminders", harness.last)  # raises ValueError on a bad list
    settings.save()
    assert Settings.load().get("reminders") == harness.last
    texts = [row.summary.text() for row in screen.rows]
    assert texts == ["07:15, Mon, Tue, Wed, Thu, Fri, Sat, Morning lean",
                     "21:30, Every day, Evening stretch"]
    assert harness.focus() is screen.row_for("r-1").edit_button
    assert screen.status.text() == "Added: 07:15, Mon, Tue, Wed, Thu, Fri, Sat, Morning lean."


def test_edit_the_time(first_run):
    harness, settings = first_run
    screen = harness.screen
    screen.rows[0].edit_button.click()
    assert screen.editing and screen.editor.heading.text() == "Edit reminder"
    assert harness.focus() is screen.editor.time_edit
    harness.type("2215")
    harness.press(Qt.Key.Key_Enter)
    assert harness.last == [{"id": "evening", "time": "22:15", "days": list(DAYS),
                             "routine": "evening-stretch", "label": "Evening stretch",
                             "enabled": True}]
    settings.set("reminders", harness.last)
    assert screen.rows[0].summary.text() == "22:15, Every day, Evening stretch"


def test_switch_a_reminder_off_and_on(first_run):
    harness, settings = first_run
    screen = harness.screen
    screen.rows[0].switch.setFocus()
    harness.press(Qt.Key.Key_Space)
    assert harness.last[0]["enabled"] is False
    settings.set("reminders", harness.last)
    row = screen.rows[0]
    assert not row.switch.isChecked()
    assert row.detail.text().endswith("(off)")
    assert harness.focus() is row.switch, "focus stays on the switch after the list redraws"
    harness.press(Qt.Key.Key_Space)
    assert harness.last[0]["enabled"] is True
    assert len(harness.emitted) == 2


def test_remove_then_undo(first_run):
    harness, settings = first_run
    screen = harness.screen
    screen.rows[0].remove_button.click()
    assert harness.last == []
    settings.set("reminders", harness.last)
    assert screen.rows == []
    assert screen.empty_label.isVisible()
    assert screen.status.text() == "Removed: 21:30, Every day, Evening stretch."
    assert screen.undo_button.isVisible()
    assert harness.focus() is screen.undo_button, "one key takes it back"
    harness.press(Qt.Key.Key_Space)
    assert [r["id"] for r in harness.last] == ["evening"]
    settings.set("reminders", harness.last)
    assert not screen.undo_button.isVisible()
    assert screen.rows[0].summary.text() == "21:30, Every day, Evening stretch"


def test_quick_choices_set_the_days(first_run):
    harness, _ = first_run
    screen = harness.screen
    screen.add_reminder()
    editor = screen.editor
    editor.weekdays_button.click()
    assert editor.days() == WEEKDAYS
    assert editor.day_buttons["mon"].isChecked() and not editor.day_buttons["sat"].isChecked()
    editor.weekends_button.click()
    assert editor.days() == ["sat", "sun"]
    editor.every_day_button.click()
    assert editor.days() == list(DAYS)


def test_no_day_is_said_inline_and_save_refused(first_run, qtbot):
    harness, _ = first_run
    screen = harness.screen
    screen.rows[0].edit_button.click()
    editor = screen.editor
    assert not editor.error_label.isVisible()
    for day in DAYS:
        editor.day_buttons[day].setFocus()
        harness.press(Qt.Key.Key_Space)
    assert editor.days() == []
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == NO_DAY
    with qtbot.assertNotEmitted(editor.saved):
        editor.save_button.click()
    assert screen.editing and harness.emitted == []
    assert harness.focus() is editor.day_buttons["mon"], "focus goes to what needs fixing"
    harness.press(Qt.Key.Key_Space)
    assert not editor.error_label.isVisible()
    editor.save_button.click()
    assert harness.last[0]["days"] == ["mon"]


def test_empty_label_is_refused_inline(first_run, qtbot):
    harness, _ = first_run
    screen = harness.screen
    screen.rows[0].edit_button.click()
    editor = screen.editor
    editor.label_edit.setFocus()
    editor.label_edit.selectAll()
    harness.press(Qt.Key.Key_Delete)
    assert not editor.error_label.isVisible(), "no scolding while the user types"
    with qtbot.assertNotEmitted(editor.saved):
        harness.press(Qt.Key.Key_Return)
    assert editor.error_label.text() == NO_LABEL
    assert harness.focus() is editor.label_edit
    harness.type("Stretch")
    assert not editor.error_label.isVisible()
    harness.press(Qt.Key.Key_Return)
    assert harness.last[0]["label"] == "Stretch"


def test_escape_cancels_the_form_then_goes_back(first_run):
    harness, _ = first_run
    screen = harness.screen
    screen.rows[0].edit_button.click()
    harness.type("0600")
    harness.press(Qt.Key.Key_Escape)
    assert not screen.editing
    assert harness.emitted == []
    assert harness.focus() is screen.rows[0].edit_button
    assert harness.closed == 0
    harness.press(Qt.Key.Key_Escape)
    assert harness.closed == 1
    screen.back_button.click()
    assert harness.closed == 2


def test_label_follows_the_routine_until_the_user_writes_one(first_run):
    harness, _ = first_run
    screen = harness.screen
    screen.add_reminder()
    editor = screen.editor
    combo = editor.routine_combo
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert "Cramp now" not in titles, "relief guides are not routines to be reminded of"
    assert titles == sorted(titles, key=str.casefold)
    combo.setCurrentIndex(combo.findData("wall-lean-three-times"))
    assert editor.label_edit.text() == "Wall lean, three times a day"
    editor.label_edit.setText("Lean")
    combo.setCurrentIndex(combo.findData("evening-stretch"))
    assert editor.label_edit.text() == "Lean"


def test_unknown_keys_and_a_missing_routine_survive_an_edit(qtbot, library):
    reminder = {"id": "x", "time": "20:00", "days": ["sun"], "routine": "gone-routine",
                "label": "Old one", "enabled": True, "future_key": 7}
    harness = Harness(qtbot, library, [reminder])
    screen = harness.screen
    assert screen.rows[0].summary.text() == "20:00, Sundays, Old one"
    assert screen.rows[0].detail.text() == "Routine: gone-routine (not found)"
    screen.rows[0].edit_button.click()
    assert screen.editor.routine_combo.currentText() == "gone-routine (not found)"
    screen.editor.save_button.click()
    assert harness.last == [reminder]


def test_new_ids_never_repeat():
    assert new_reminder_id([]) == "r-1"
    assert new_reminder_id([{"id": "r-1"}, {"id": "evening"}, {"id": "r-3"}]) == "r-2"


def test_set_reminders_and_next_text_do_not_emit(first_run):
    harness, _ = first_run
    screen = harness.screen
    screen.set_next_text("Next: tonight at 21:30")
    assert screen.next_label.isVisible()
    assert screen.next_label.text() == "Next: tonight at 21:30"
    screen.set_next_text("")
    assert not screen.next_label.isVisible()
    screen.set_reminders([])
    assert screen.rows == [] and screen.empty_label.isVisible()
    assert harness.emitted == []


def test_every_control_is_named_and_reachable_with_tab(qtbot, library):
    run = {"id": "r-1", "time": "07:00", "days": ["sat"], "routine": "warm-up-before-sport",
           "label": "Run", "enabled": False}
    reminders = [*Settings.load().get("reminders"), run]
    harness = Harness(qtbot, library, reminders)
    screen = harness.screen
    screen.rows[0].remove_button.click()  # so Undo is on screen too
    for page in ("list", "editor"):
        if page == "editor":
            screen.add_reminder()
        controls = focusable_controls(screen)
        assert controls, page
        unnamed = [w for w in controls if not w.accessibleName()]
        assert unnamed == [], f"{page}: {[type(w).__name__ for w in unnamed]}"
        reached: list[QWidget] = []
        for _ in range(3 * len(controls) + 5):
            reached.append(harness.focus())
            harness.press(Qt.Key.Key_Tab)
        missing = [w.accessibleName() for w in controls if w not in reached]
        assert missing == [], f"{page}: not reachable with Tab: {missing}"


def test_tab_order_follows_the_screen(first_run):
    harness, _ = first_run
    screen = harness.screen
    screen.add_button.click()
    screen.editor.save_button.click()  # a second row, created after the buttons
    screen.open()
    order = []
    for _ in range(9):
        order.append(harness.focus())
        harness.press(Qt.Key.Key_Tab)
    first, second = screen.rows
    assert order[:8] == [first.switch, first.edit_button, first.remove_button,
                         second.switch, second.edit_button, second.remove_button,
                         screen.add_button, screen.back_button]


def test_user_text_is_plain_text(qtbot, library):
    reminder = {"id": "h", "time": "21:00", "days": list(DAYS), "routine": "evening-stretch",
                "label": "<b>Bold</b> &amp; <a href='x'>link</a>", "enabled": True}
    harness = Harness(qtbot, library, [reminder])
    screen = harness.screen
    screen.set_next_text("<i>Next</i>")
    screen.rows[0].edit_button.click()
    labels = screen.findChildren(QLabel)
    assert labels
    rich = [label.accessibleName() or label.text() for label in labels
            if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
    assert screen.rows[0].summary.text().endswith("<b>Bold</b> &amp; <a href='x'>link</a>")


# ----- the home screen's line ----------------------------------------------


@pytest.fixture
def home(qtbot, library):
    screen = HomeScreen(library, {}, "en")
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_home_shows_the_next_reminder_line(home):
    home.set_next_reminder_text("Next reminder: tonight at 21:30, in 3 h 10 min")
    assert home.next_reminder.text() == "Next reminder: tonight at 21:30, in 3 h 10 min"
    assert home.next_reminder.textFormat() == Qt.TextFormat.PlainText
    assert home.next_reminder.isVisible()
    # Everything that was there stays.
    assert home.cramp_button.isVisible() and home.routine_ids()


def test_home_reminders_button_asks_for_the_reminders_screen(home, qtbot):
    button = home.reminders_button
    assert button.accessibleName()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(home.remindersRequested, timeout=1000):
        button.click()
    button.setFocus()
    with qtbot.waitSignal(home.remindersRequested, timeout=1000):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_home_reminders_button_comes_after_the_routine_buttons_with_tab(home, qtbot):
    home.focus_list()
    qtbot.keyClick(home.routines, Qt.Key.Key_Tab)
    assert (QApplication.focusWidget() or home.focusWidget()) is home.routine_actions.new_button
    home.routine_actions.export_button.setFocus()
    qtbot.keyClick(home.routine_actions.export_button, Qt.Key.Key_Tab)
    assert (QApplication.focusWidget() or home.focusWidget()) is home.reminders_button


ENGLISH_TITLED = {"id": "r1", "time": "21:30", "days": ["mon"], "routine": "evening-stretch",
                  "label": "Evening stretch before bed", "enabled": True}


def test_a_label_that_is_the_routine_title_follows_the_interface_language(qtbot, library):
    """Saved under English, shown under Russian: the title in Russian, not a mix."""
    screen = RemindersScreen(library, [ENGLISH_TITLED], "ru")
    qtbot.addWidget(screen)
    [row] = screen.rows
    assert "Вечерняя растяжка перед сном" in row.summary.text()
    assert "Evening stretch before bed" not in row.summary.text()
    screen.edit_reminder("r1")
    assert screen.editor.label_edit.text() == "Вечерняя растяжка перед сном"
    assert screen.editor.value()["routine"] == "evening-stretch"  # the id is what is kept


def test_a_label_of_the_users_own_is_shown_as_written(qtbot, library):
    own = {**ENGLISH_TITLED, "label": "Stretch, then read"}
    screen = RemindersScreen(library, [own], "ru")
    qtbot.addWidget(screen)
    assert "Stretch, then read" in screen.rows[0].summary.text()


def test_a_reminder_in_the_quiet_hours_says_it_will_not_ring(first_run):
    """Nothing silent: 04:53 falls after bedtime (23:00 + 60 min, until 06:00), where the
    app never rings; the screen says so when it is added, not only by leaving it out."""
    harness, _ = first_run
    screen = harness.screen
    screen.open()
    harness.tab_to(screen.add_button)
    harness.press(Qt.Key.Key_Space)
    harness.type("0453")
    assert screen.editor.time_edit.time().toString("HH:mm") == "04:53"
    harness.tab_to(screen.editor.label_edit)
    harness.press(Qt.Key.Key_Return)
    assert not screen.editing
    assert screen.status.text().startswith("Added: 04:53")
    assert "quiet hours" in screen.status.text() and "will not ring" in screen.status.text()


def test_quiet_days_names_only_the_days_that_fall_in_quiet_hours():
    from coach.engine.schedule import DEFAULT_NIGHT, Night
    from coach.words.reminders import quiet_days, quiet_warning

    every_day = list(DAYS)
    assert quiet_days({"time": "21:30", "days": every_day}, DEFAULT_NIGHT) == []
    assert quiet_warning({"time": "21:30", "days": every_day}, DEFAULT_NIGHT) == ""
    assert quiet_days({"time": "03:00", "days": every_day}, DEFAULT_NIGHT) == every_day
    assert quiet_days({"time": "06:00", "days": every_day}, DEFAULT_NIGHT) == []  # morning
    assert quiet_days({"time": "03:00", "days": every_day, "before_bedtime": 30},
                      DEFAULT_NIGHT) == []  # before bedtime: never quiet
    # Bed at 02:30 on Friday evening (Saturday morning) only: 00:30 is quiet on the other
    # days but not on Saturday, when Friday's night has not yet reached its quiet hours.
    late_friday = Night.from_settings({**{day: "23:00" for day in DAYS}, "fri": "02:30"})
    days = quiet_days({"time": "00:30", "days": every_day}, late_friday)
    assert days == [day for day in DAYS if day != "sat"]
    warning = quiet_warning({"time": "00:30", "days": every_day}, late_friday)
    assert warning.startswith("On Mon, Tue, Wed, Thu, Fri, Sun it falls in your quiet hours")
