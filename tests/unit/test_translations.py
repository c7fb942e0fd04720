"""English and Russian: the catalogue is complete, no screen text bypasses it, the
content has both languages, the language is chosen as documented, and the voice speaks
Russian. The catalogue tools and `coach list` in a process are in
tests/integration/test_translation_tools.py; the screens in Russian in
tests/ui/test_translations_on_screen.py.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from coach.content.loader import load_library
from coach.content.model import Text
from coach.content.resources import routines_dir
from coach.engine.announce import phrase_for, russian_duration
from coach.engine.timeline import build_timeline
from coach.i18n import catalogue_path, resolve_language
from coach.i18n.language import cli_language, language_from_env, language_from_settings

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
    """Every ``Context.tr("...")``, ``QT_TRANSLATE_NOOP`` and constant ``translate`` in coach/,
    read with ``ast``.

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
            elif isinstance(func, ast.Name) and func.id == "translate" \
                    and all(isinstance(arg, ast.Constant) for arg in node.args):
                # translate("Context", "text"[, "disambiguation"]): Qt's own words
                # (coach/i18n/qt_gaps.py); calls with variables translate, not mark.
                context, text, *rest = (arg.value for arg in node.args)
                found.add((context, text, rest[0] if rest else ""))
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
    # the helpers of the screens' parts (coach/ui/settings, routines, history)
    "check", "add_row", "time_edit", "caption", "line_field", "spin_field", "problem_label",
    "__init__",
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
