"""Translation of the interface: one way to mark a string, and loading the catalogue.

Every user-visible string goes through a *context class* (``class HomeText(Tr)``)
and its ``tr``: ``HomeText.tr("Cramp now")``, ``HomeText.tr("%n minute(s)", "", n)``.
``pyside6-lupdate`` reads these calls (the context is the class name written
before ``.tr``) into ``translations/calf_coach_ru.ts``; at run time ``tr`` asks
``QCoreApplication.translate`` with the same context. Why not ``QObject.tr``:

- PySide6 takes ``self.tr``'s context from the object's *runtime* class, so a
  subclass silently loses every translation;
- English has no catalogue, so a plural source ("%n minute(s)") would show
  its "(s)"; ``tr`` here turns it into "minute" / "minutes";
- pure modules (formatting, reminder words, safety text) are also used by the
  command line, which must not load Qt: this module imports nothing from Qt
  until a translator is installed, and ``tr`` uses Qt only when the
  application already loaded it. A command that prints translated words
  (``coach export-ics``) reads the same catalogue without Qt, for the length
  of a ``with catalogue_without_qt(language):`` block.

lupdate's Python parser marks a plural only for ``X.tr(text, comment, n)``
(not for ``translate(ctx, text, comment, n)`` with a variable ``n``), hence
the classes. Constants defined at import time are marked with
``QT_TRANSLATE_NOOP("Context", "text")`` and translated where they are shown,
with ``Context.tr(CONSTANT)``.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from coach.i18n.language import DEFAULT, choose_language

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "translations"
CATALOGUE_NAME = "calf_coach"
_ENGLISH_PLURAL = re.compile(r"\(s\)")
#: The catalogue read without Qt while a ``catalogue_without_qt`` block runs.
_without_qt: dict[tuple[str, str, str], str] | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language; English (with its plural) when there is none."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if _without_qt is not None:  # plural messages stay English here (see qm_catalogue)
        found = _without_qt.get((context, text, disambiguation or "")) if n < 0 else None
        result = found or (text.replace("%n", str(n)) if n >= 0 else text)
    elif qtcore is not None:
        result = qtcore.QCoreApplication.translate(context, text, disambiguation, n)
    else:
        result = text.replace("%n", str(n)) if n >= 0 else text
    if n >= 0 and "(s)" in result:  # an English source: "%n minute(s)"
        result = _ENGLISH_PLURAL.sub("" if n == 1 else "s", result)
    return result


class Tr:
    """Base of a translation context: ``class PlayerText(Tr)`` -> context "PlayerText"."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``text`` for lupdate in ``context`` without translating it yet (import time)."""
    return text


# --- choosing and loading the language (these need Qt) ------------------------------


def resolve_language(setting: str) -> str:
    """"en" or "ru" for the ``language`` setting: ``choose_language`` with Qt's system list."""
    return choose_language(setting, system_languages=_qt_ui_languages)


def _qt_ui_languages() -> list[str]:
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


_installed: list[QTranslator] = []


@contextlib.contextmanager
def catalogue_without_qt(language: str) -> Iterator[None]:
    """Within the block, ``tr`` answers from our catalogue for ``language``, read without Qt.

    For commands that must not load Qt. Scoped, so nothing stays switched on
    for the rest of the process (or of a test run).
    """
    global _without_qt
    from coach.i18n.qm_catalogue import read_catalogue

    previous = _without_qt
    _without_qt = {} if language == DEFAULT else read_catalogue(catalogue_path(language))
    try:
        yield
    finally:
        _without_qt = previous


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / f"{CATALOGUE_NAME}_{language}.qm"


def install_translator(app: QCoreApplication | None, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (dialog buttons, context menus) for ``language``.

    Replaces what an earlier call installed, so tests can switch languages;
    English removes them. Also makes ``language`` the default QLocale, so dates
    in Qt's own widgets match the rest of the text. Returns the translators
    that loaded (a missing file is logged, and that part stays English).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == DEFAULT:
        return []
    sources = [(catalogue_path(language).parent, catalogue_path(language).stem),
               (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                f"qtbase_{language}")]
    for folder, stem in sources:
        translator = QTranslator(app)
        if translator.load(stem, str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation %s in %s", stem, folder)
    return list(_installed)
