"""English and Russian: the catalogue is complete and current, no screen text bypasses it,
the content has both languages, and the window, plurals and voice really come out in Russian.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from coach.content.loader import load_library
from coach.content.model import Text
from coach.content.resources import routines_dir
from coach.engine.announce import phrase_for, russian_duration
from coach.engine.timeline import build_timeline
from coach.i18n import catalogue_path, install_translator, resolve_language, translate
from coach.i18n.language import cli_language, language_from_env, language_from_settings
from coach.store.history import History
from coach.store.settings import Settings
from coach.testing.clock import FakeClock
from coach.ui.main_window import MainWindow, Services

from fakes import RecordingAwake, RecordingCues

PROJECT = Path(__file__).resolve().parents[2]
TS_FILE = PROJECT / "translations" / "calf_coach_ru.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")
RUSSIAN_FORMS = 3  # one, few, many


# --- the catalogue -------------------------------------------------------------------


def catalogue() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "ru"
    return [(ctx.findtext("name") or "", msg) for ctx in root.findall("context")
            for msg in ctx.findall("message")]


def marked_in_code() -> tuple[set[tuple[str, str, str]], list[str]]:
    """Every ``Context.tr("...")`` and ``QT_TRANSLATE_NOOP`` in coach/, read with ``ast``.

    Read independently of lupdate, whose Python parser silently skips calls it
    does not understand: a string missing from the .ts shows up here.
    """
    found: set[tuple[str, str, str]] = set()
    unreadable: list[str] = []
    for path in sorted((PROJECT / "coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            where = f"{path.relative_to(PROJECT)}:{node.lineno}"
            if isinstance(func, ast.Attribute) and func.attr == "tr" \
                    and isinstance(func.value, ast.Name):
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    second = node.args[1] if len(node.args) > 1 else None
                    comment = second.value if isinstance(second, ast.Constant) else ""
                    found.add((func.value.id, first.value, comment or ""))
                elif not isinstance(first, ast.Name):  # a constant marked elsewhere is fine
                    unreadable.append(where)
                if node.keywords:
                    unreadable.append(f"{where} (keywords: lupdate drops the call)")
            elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), where
                found.add((context.value, text.value, ""))
    return found, unreadable


def test_every_string_in_the_code_is_in_the_catalogue_and_nothing_else():
    in_code, unreadable = marked_in_code()
    in_ts = {(ctx, msg.findtext("source") or "", msg.findtext("comment") or "")
             for ctx, msg in catalogue()}
    assert not unreadable, "tr() calls lupdate cannot read"
    assert sorted(in_code - in_ts) == [], "run tools/update_translations.py"
    assert sorted(in_ts - in_code) == [], "run tools/update_translations.py"


def test_every_russian_translation_is_finished():
    unfinished = []
    for ctx, msg in catalogue():
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished.append((ctx, source))
            continue
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != RUSSIAN_FORMS or not all(f.strip() for f in forms):
                unfinished.append((ctx, source))
        elif not (translation.text or "").strip():
            unfinished.append((ctx, source))
    assert unfinished == []


def test_translations_keep_the_placeholders():
    """A lost "{when}" or "%n" would show a wrong or empty value to the user."""
    broken = []
    for ctx, msg in catalogue():
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        forms = ([f.text or "" for f in translation.findall("numerusform")]
                 if msg.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) \
                    or ("%n" in source) != ("%n" in form) \
                    or source.count("\n") != form.count("\n"):
                broken.append((ctx, source, form))
    assert broken == []


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


def test_the_catalogue_ships_inside_the_package():
    assert catalogue_path("ru").is_file()
    assert catalogue_path("ru").parent.parent == PROJECT / "coach"  # the wheel carries coach/


# --- nothing bypasses the catalogue -------------------------------------------------

#: Calls whose string arguments a user sees (or hears from a screen reader).
TEXT_CALLS = {
    "setText", "setWindowTitle", "setAccessibleName", "setAccessibleDescription", "setToolTip",
    "setPlaceholderText", "setSpecialValueText", "setSuffix", "setPrefix", "addItem",
    "addButton", "showMessage", "notify", "say", "_say", "information", "warning",
    "QPushButton", "QLabel", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMessageBox", "DayToggle", "plain_label", "make_button", "_button",
    "_nav_button", "_toggle", "_check", "_choice", "_label", "_label_text", "_row", "_group",
    "_add", "_show_save_error", "inhibit", "set_next_text", "show_message",
}
#: Literal arguments that are not words: keys, object names, property names.
NOT_TEXT = {"C", "Ctrl+Q", "primary", "onText", "offText", "value", "English", "Русский"}
UI_FILES = [*sorted((PROJECT / "coach" / "ui").rglob("*.py")),
            PROJECT / "coach" / "platform" / "tray.py",
            PROJECT / "coach" / "platform" / "notifications.py",
            PROJECT / "coach" / "app.py"]


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_words(node: ast.AST) -> bool:
    """A bare string with letters in it, an f-string, or a sum of strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        identifier = re.fullmatch(r"[a-z]+(_[a-z]+)+", node.value)  # a settings key
        return bool(re.search(r"[^\W\d_]", node.value)) and node.value not in NOT_TEXT \
            and not identifier
    if isinstance(node, ast.JoinedStr):  # words written around the values
        return any(_literal_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    return False


def test_no_user_visible_literal_bypasses_translation():
    offenders = []
    for path in UI_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _call_name(node) not in TEXT_CALLS:
                continue
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "log":
                continue  # the log is for developers, in English
            arguments = [*node.args, *(k.value for k in node.keywords
                                       if k.arg in ("name", "text", "accessible", "tip"))]
            offenders += [f"{path.relative_to(PROJECT)}:{node.lineno}: {ast.unparse(arg)}"
                          for arg in arguments if _literal_words(arg)]
    assert offenders == []


# --- content ---------------------------------------------------------------------------


def _text_fields(data: object, where: str):
    """(where, value) for every translatable field in a parsed routine or exercise file."""
    keys = ("name", "title", "summary", "when", "caution", "note")
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys:
                yield f"{where}.{key}", value
            elif key == "steps" and isinstance(value, list) \
                    and not any(isinstance(v, dict) and "exercise" in v for v in value):
                for i, step in enumerate(value):  # an exercise's instructions
                    yield f"{where}.steps[{i}]", step
            else:
                yield from _text_fields(value, f"{where}.{key}")
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _text_fields(item, f"{where}[{i}]")


def test_every_text_field_of_the_content_has_english_and_russian():
    missing = []
    count = 0
    for path in sorted(routines_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, value in _text_fields(data, path.name):
            count += 1
            if not (isinstance(value, dict) and str(value.get("en", "")).strip()
                    and str(value.get("ru", "")).strip()):
                missing.append(where)
    assert count > 60  # every exercise step is in there
    assert missing == []


def test_the_loaded_library_is_russian_everywhere():
    library = load_library()
    assert not library.errors
    texts: list[Text] = []
    for exercise in library.exercises.values():
        texts += [exercise.name, *exercise.steps, *([exercise.caution] if exercise.caution
                                                    else [])]
    for routine in library.routines.values():
        texts += [routine.title, routine.summary, *([routine.when] if routine.when else []),
                  *(step.note for step in routine.steps if step.note)]
    english_only = [t.get("en") for t in texts if t.get("ru") == t.get("en")]
    assert english_only == []
    assert library.routine("evening-stretch").title.get("ru") == "Вечерняя растяжка перед сном"


# --- choosing the language ----------------------------------------------------------


@pytest.mark.parametrize(("env", "expected"), [
    ({}, None),
    ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LANG": "ru_UA.UTF-8"}, "ru"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
    ({"LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ru:en"}, "ru"),
    ({"LANG": "C", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE under C
    ({"LANGUAGE": "ru"}, "ru"),
])
def test_language_from_the_locale_variables(env, expected):
    assert language_from_env(env) == expected


def test_the_setting_wins_over_the_locale(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text("language: ru\n", encoding="utf-8")
    assert cli_language({"LANG": "en_US.UTF-8"}, settings) == "ru"
    settings.write_text("language: system\n", encoding="utf-8")
    assert cli_language({"LANG": "ru_RU.UTF-8"}, settings) == "ru"
    settings.write_text("language: [broken\n", encoding="utf-8")
    assert language_from_settings(settings) == "system"
    assert cli_language({}, tmp_path / "missing.yaml") == "en"


def test_resolve_language_follows_the_setting_then_the_environment(monkeypatch):
    assert resolve_language("ru") == "ru"
    assert resolve_language("en") == "en"
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert resolve_language("system") == "ru"
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert resolve_language("system") == "en"


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


# --- the voice ----------------------------------------------------------------------


def test_spoken_phrases_in_russian():
    library = load_library()
    timeline = build_timeline(library.routine("evening-stretch"), library.exercises)
    prepare, first = timeline.segments[0], timeline.segments[1]
    assert phrase_for("segment", prepare, "ru") == \
        "Приготовьтесь. Первое упражнение: Растяжка икры у стены, левая нога"
    assert phrase_for("segment", first, "ru_RU") == \
        "Растяжка икры у стены, левая нога, держите 10 секунд"
    rest = next(s for s in timeline.segments if s.kind == "rest")
    assert phrase_for("segment", rest, "ru").startswith("Отдохните 10 секунд. Дальше: ")
    assert phrase_for("switch_sides", None, "ru") == "Смените ногу"
    assert phrase_for("halfway", None, "ru") == "Половина позади"
    assert phrase_for("done", None, "ru") == "Готово. Отлично!"


@pytest.mark.parametrize(("seconds", "words"), [
    (1, "1 секунду"), (2, "2 секунды"), (5, "5 секунд"), (11, "11 секунд"),
    (21, "21 секунду"), (60, "1 минуту"), (90, "1 минуту 30 секунд"),
    (120, "2 минуты"), (300, "5 минут"), (1260, "21 минуту"),
])
def test_spoken_russian_durations(seconds, words):
    assert russian_duration(seconds) == words


def test_no_catalogue_string_is_left_english_by_mistake():
    """A translation identical to its English source is allowed only for names and symbols."""
    same = {msg.findtext("source") for _ctx, msg in catalogue()
            if msg.get("numerus") != "yes"
            and (msg.find("translation").text or "") == msg.findtext("source")}
    assert same <= {"{screen} — {app}"}, same


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
