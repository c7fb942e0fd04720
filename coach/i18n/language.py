"""Which language to use, from the settings file and the environment, without Qt.

``coach list`` prints routine titles in the user's language but must stay fast
and must not load Qt, so the choice is made here from plain data: the
``language`` key of the settings file, then the locale variables the way
gettext (and Qt on Linux) read them. ``choose_language`` is the one rule:
the GUI (``coach.i18n.resolve_language``), ``coach list`` and the exports all
call it, so they cannot disagree; only the GUI passes Qt's list of system
languages, asked when the environment says nothing (Windows, macOS).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

#: Languages with a complete catalogue and complete content, English first.
AVAILABLE = ("en", "ru")
DEFAULT = "en"
#: The variables that name the messages locale, strongest first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_code(name: str) -> str:
    """``ru_RU.UTF-8`` / ``ru-RU`` / ``ru_RU@euro`` -> ``ru``; empty for nothing usable."""
    code = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0]
    return code.lower()


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for, if we have it; None when it says nothing.

    The messages locale is the first set of LC_ALL, LC_MESSAGES, LANG. "C" or
    "POSIX" means English and, as in gettext, LANGUAGE is then ignored.
    Otherwise LANGUAGE ("ru:en") is a list of preferences tried first. A
    locale we have no catalogue for gives English.
    """
    env = os.environ if environ is None else environ
    messages = next((env[v] for v in LOCALE_VARIABLES if env.get(v, "").strip()), "")
    wanted = [p for p in env.get("LANGUAGE", "").split(":") if p.strip()]
    if not messages and not wanted:
        return None
    if language_code(messages) in ("c", "posix"):
        return DEFAULT
    for name in [*wanted, messages]:
        code = language_code(name)
        if code in AVAILABLE:
            return code
    return DEFAULT


def language_from_settings(path: Path) -> str:
    """The ``language`` key of the settings file: "en", "ru" or "system" (also when unreadable)."""
    try:
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception:  # unreadable, damaged or no YAML parser: follow the system
        return "system"
    value = data.get("language") if isinstance(data, dict) else None
    return value if value in AVAILABLE else "system"


def choose_language(setting: str, environ: Mapping[str, str] | None = None,
                    system_languages: Callable[[], Iterable[str]] | None = None) -> str:
    """"en" or "ru": the setting when it names one, else the environment, else the system.

    ``system_languages`` (the GUI passes Qt's UI languages) is asked only when
    the setting is "system" and the locale variables say nothing; without it,
    English.
    """
    if setting in AVAILABLE:
        return setting
    from_env = language_from_env(environ)
    if from_env is not None:
        return from_env
    for name in system_languages() if system_languages is not None else ():
        code = language_code(name)
        if code in AVAILABLE:
            return code
    return DEFAULT


def cli_language(environ: Mapping[str, str] | None = None,
                 settings_file: Path | None = None) -> str:
    """The language for terminal output, read from the settings file without loading Qt."""
    if settings_file is None:
        from coach.store.paths import settings_path

        settings_file = settings_path()
    return choose_language(language_from_settings(settings_file), environ)
