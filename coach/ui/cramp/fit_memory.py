"""The night type's answers kept on disk, so the first Cramp now after a start fits at once.

Why: ``NightType`` remembers each fit for as long as the app runs, but the first
show after a start had nothing to remember and searched: five layouts, 17 ms in
Russian at 150 % text, most of what made the first hot-key press slower there
than in English. The answer found for the same window size, type and words is
read back from here and checked with one layout before it is used, so a stale or
foreign file costs a search, never a cut-off word.

This is a cache: a missing, unreadable or malformed file counts as empty (logged),
and it is replaced atomically a second after a new answer, off the path to the
screen's first frame.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from coach.store.atomic import write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "night-type.json"
VERSION = 2  # 2: sizes halfway between the steps (answers of 1 are searched again)
KEEP = 64  # answers kept; the oldest go first
WRITE_AFTER_MS = 1000

#: A fit's answer: the type's scale, the buttons' own scale (None: the same), the hint shown.
Fit = tuple[float, float | None, bool]


def _scale(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1


def _answer(value: object) -> Fit | None:
    """A stored answer, or None if it is not one (any kept scale is checked on screen)."""
    if not isinstance(value, list) or len(value) != 3:
        return None
    tighten, buttons, hint = value
    if not _scale(tighten) or not (buttons is None or _scale(buttons)) \
            or not isinstance(hint, bool):
        return None
    return float(tighten), None if buttons is None else float(buttons), hint


class FitMemory:
    """Answers by key (a fingerprint of what the fit depends on), read once, written later."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._answers: dict[str, Fit] | None = None  # None: not read yet
        self._timer: QTimer | None = None  # the write waiting for its second

    @classmethod
    def in_cache(cls) -> FitMemory:
        from coach.store.paths import cache_dir

        return cls(cache_dir() / FILE_NAME)

    def get(self, key: str) -> Fit | None:
        return self._read().get(key)

    def put(self, key: str, fit: Fit, owner: QObject) -> None:
        """Keep ``fit`` and write the file a second later (while ``owner`` lives)."""
        answers = self._read()
        answers.pop(key, None)
        answers[key] = fit
        while len(answers) > KEEP:
            del answers[next(iter(answers))]
        # A timer of the owner's, so nothing fires once the screen is gone. (Not
        # QTimer.singleShot(ms, owner, self.write): PySide6 did not keep that bound
        # method alive, and the call after a second crashed the test suite.)
        if self._timer is None or not shiboken6.isValid(self._timer):
            self._timer = QTimer(owner)
            self._timer.setSingleShot(True)
            self._timer.setInterval(WRITE_AFTER_MS)
            self._timer.timeout.connect(self.write)
            app = QCoreApplication.instance()
            if app is not None:  # quitting within that second still keeps the answer
                app.aboutToQuit.connect(self._write_if_waiting)
        if not self._timer.isActive():
            self._timer.start()

    def _write_if_waiting(self) -> None:
        if self._timer is not None and shiboken6.isValid(self._timer) \
                and self._timer.isActive():
            self._timer.stop()
            self.write()

    def write(self) -> None:
        data = {"version": VERSION,
                "fits": {key: list(fit) for key, fit in self._read().items()}}
        try:
            write_atomic(self.path, json.dumps(data, indent=0) + "\n")
        except OSError as exc:
            log.warning("night type: could not keep the fitted sizes in %s: %s", self.path, exc)

    def _read(self) -> dict[str, Fit]:
        if self._answers is None:
            self._answers = self._load()
        return self._answers

    def _load(self) -> dict[str, Fit]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.info("night type: %s ignored (%s); the sizes are fitted again", self.path, exc)
            return {}
        fits = data.get("fits") if isinstance(data, dict) and data.get("version") == VERSION \
            else None
        if not isinstance(fits, dict):
            log.info("night type: %s ignored (not this version's file)", self.path)
            return {}
        answers = {key: answer for key, value in fits.items()
                   if isinstance(key, str) and (answer := _answer(value)) is not None}
        if len(answers) != len(fits):
            log.info("night type: %d malformed answers in %s ignored",
                     len(fits) - len(answers), self.path)
        return answers
