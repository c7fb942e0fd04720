"""What a second launch shows when the running Calf Coach does not answer.

A copy that is frozen (stopped, or its event loop blocked) still holds the
single-instance lock, so a second launch cannot become the app. Before, it
waited six seconds and printed a line on a terminal nobody sees, and the
person with a cramp got nothing. Now (``coach.app.run_gui``):

- ``coach --cramp`` opens a cramp screen of its own, at once: the relief
  steps matter more than there being one window. It is a *night screen
  beside the app*, read-only towards the app's state: no lock, no socket, no
  settings written, no content cache written, no reminders, no tray. It
  reads the settings file (language, text size, cramp sound) without the
  recovery steps that could move a damaged file aside under the running copy.
- Its diary entry is written to the same diary, only when the person taps
  Save, and only if the diary is already there in this version's format (so
  this process never creates, migrates, backs up or moves the diary aside:
  that stays the running copy's job). SQLite serialises the two writers; its
  busy timeout (5 s, ``coach.store.history``) waits for the frozen copy's
  lock if it was stopped mid-write. If the entry cannot be written, the
  person is told so in plain words; the relief steps were shown either way.
- Any other request (plain ``coach``, ``--routine``, ``--snooze``,
  ``--quit``) shows a small dialog that says the running copy is not
  responding and what to do, instead of silence; the exit code is 1.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach import APP_NAME
from coach.i18n import Tr
from coach.platform.instance.startup import Unanswered

if TYPE_CHECKING:
    from coach.store.settings_schema import Setting
    from coach.ui.cramp.entry import CrampEntry

log = logging.getLogger(__name__)

T = TypeVar("T")


class ReadSettings(TypedDict):
    """The settings this process reads, each of its setting's type (``settings_schema``);
    everything else belongs to the running copy."""

    language: str
    theme: str
    text_scale: float
    cramp_sound: bool


class UnansweredText(Tr):
    """Translation context for the messages shown when the running app does not answer."""


def read_settings(path: Path, cache_path: Path | None = None) -> ReadSettings:
    """The few settings this process needs, read without writing anything.

    ``Settings.load`` may move a damaged file aside or restore the backup, and
    remembers what it parsed in the cache; the running copy owns all of that.
    What the running copy left in the settings cache (``cache_path``) is used
    while the file is unchanged, which saves importing the YAML parser. A file
    that cannot be read or parsed, or a bad value, gives the default.
    """
    from coach.store import settings_cache
    from coach.store import settings_schema as schema

    values = ReadSettings(language=schema.LANGUAGE.default, theme=schema.THEME.default,
                          text_scale=schema.TEXT_SCALE.default,
                          cramp_sound=schema.CRAMP_SOUND.default)
    data = settings_cache.lookup(path, cache_path) if cache_path is not None else None
    if data is None:
        try:
            import yaml

            data = yaml.safe_load(path.read_bytes())
        except FileNotFoundError:
            return values
        except Exception as exc:  # unreadable or not YAML: the defaults still show the steps
            log.warning("settings not read (%s); using the defaults", exc)
            return values
    if not isinstance(data, dict):
        return values

    def read(setting: Setting[T], default: T) -> T:
        if setting.name in data:
            with contextlib.suppress(ValueError, TypeError):
                return setting.check(data[setting.name])
        return default

    return ReadSettings(language=read(schema.LANGUAGE, values["language"]),
                        theme=read(schema.THEME, values["theme"]),
                        text_scale=read(schema.TEXT_SCALE, values["text_scale"]),
                        cramp_sound=read(schema.CRAMP_SOUND, values["cramp_sound"]))


def diary_is_ready(path: Path) -> bool:
    """True when the diary exists in this version's format (nothing to create or migrate).

    Opened read-only, so looking cannot change it.
    """
    from coach.store.history import MIGRATIONS

    if not path.is_file():
        return False
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return False
    try:
        # A damaged file would make History move it aside: the running copy's job.
        check = db.execute("PRAGMA quick_check").fetchone()
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        db.close()
    return check is not None and check[0] == "ok" and version == len(MIGRATIONS)


def save_cramp(entry: CrampEntry, path: Path) -> str | None:
    """Write a ``CrampEntry`` to the diary beside the running copy; None, or why not."""
    if not diary_is_ready(path):
        return UnansweredText.tr("the diary is not ready in this version's format")
    from coach.store.history import History

    try:
        history = History(path)
    except Exception as exc:  # never lose the screen over the diary
        return str(exc)
    try:
        if history.read_only or history.notice:
            return history.notice or UnansweredText.tr("the diary cannot be written")
        history.add_cramp(entry.started, entry.duration_s, entry.leg, entry.severity,
                          entry.note)
    except Exception as exc:
        log.exception("could not record the cramp beside the running copy")
        return str(exc)
    finally:
        history.close()
    return None


def not_answering_text(pid: int | None) -> str:
    """The dialog's main sentence."""
    if pid:
        return UnansweredText.tr("Calf Coach is already running (process {pid}) but is not "
                                 "responding.").format(pid=pid)
    return UnansweredText.tr("Calf Coach is already running but is not responding.")


def advice_text() -> str:
    """What to do about it, and that the cramp steps still work."""
    return UnansweredText.tr(
        "Wait a moment and try again. If it stays like this, end that process (for example "
        "in the system monitor) and start Calf Coach again.\n\n"
        "\u201cCramp now\u201d still works: it opens its own window.")


def run_unanswered(args: Namespace, unanswered: Unanswered, log_path: Path | None) -> int:
    """Show the relief steps on their own, or say that the running copy is not answering."""
    log.warning("%s", unanswered.message())  # on the terminal too, if there is one
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from coach.ui.error_report import install_error_handler

    install_error_handler(app, log_path)
    settings = _prepare_app(app)
    if args.cramp:
        window = _cramp_window(settings)
        code = 0
    else:
        window = _not_answering_box(unanswered.pid)
        code = 1
    if os.environ.get("CALF_COACH_BENCH_READY"):  # tests, benchmarks: note the first paint
        from coach.runtime.bench_ready import install

        install(window)
    # Its one window closed, this process is done. exit(), not quit(): Qt 6's
    # quit() first asks every window to close and gives up if one refuses.
    window.installEventFilter(_QuitWhenClosed(window))
    if isinstance(window, QMessageBox):  # its buttons hide it without a close event
        window.finished.connect(lambda _result: QCoreApplication.exit(0))
    # Not also Qt's own quit when the last window closes: that posts a Quit event,
    # after which QApplication activates no window for the rest of the process
    # (seen in the tests, which run on in this process after this loop ends).
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    window.show()
    try:
        app.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    return code


class _QuitWhenClosed(QObject):
    """Ends the event loop as soon as the watched window is closed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            QCoreApplication.exit(0)
        return False


def _prepare_app(app: QApplication) -> ReadSettings:
    from PySide6.QtGui import QGuiApplication

    from coach import APP_ID
    from coach.i18n import install_translator, resolve_language
    from coach.store.paths import cache_dir, settings_path
    from coach.store.settings_cache import FILE_NAME
    from coach.ui.theme import apply_theme

    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    settings = read_settings(settings_path(), cache_dir() / FILE_NAME)
    language = resolve_language(str(settings["language"]))
    settings["language"] = language
    install_translator(app, language)
    apply_theme(app, str(settings["theme"]), float(settings["text_scale"]))
    return settings


def _cramp_window(settings: ReadSettings) -> QWidget:
    """The cramp screen as a window of its own; closing it ends this process."""
    from coach.content.loader import load_library
    from coach.engine.clock import SystemClock
    from coach.store.paths import history_path, user_routines_dir
    from coach.ui.cramp_screen import CrampScreen
    from coach.ui.main_window import screen_title
    from coach.ui.window_text import WindowText

    language = str(settings["language"])
    # No content cache: writing it is the running copy's business.
    library = load_library(user_dir=user_routines_dir())
    screen = CrampScreen(library, SystemClock(), language)
    screen.setWindowTitle(screen_title(WindowText.tr("Cramp now")))
    screen.resize(720, 640)

    def record(entry: CrampEntry) -> None:
        problem = save_cramp(entry, history_path())
        if problem is not None:
            log.warning("cramp entry not saved beside the running copy: %s", problem)
            QMessageBox.warning(screen, APP_NAME, WindowText.tr(
                "Could not save this entry in the diary: {error}").format(error=problem))

    screen.entrySaved.connect(record)
    screen.closed.connect(screen.close)
    if settings["cramp_sound"]:
        from coach.platform.cues import CuePlayer

        cues = CuePlayer(language=language)
        screen.cue.connect(cues.on_cue)
        screen._cues = cues  # type: ignore[attr-defined]  # lives as long as the screen
    screen.open()
    return screen


def _not_answering_box(pid: int | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, not_answering_text(pid),
                      QMessageBox.StandardButton.Close)
    box.setInformativeText(advice_text())
    box.setObjectName("NotAnsweringBox")
    return box
