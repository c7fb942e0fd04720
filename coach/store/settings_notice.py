"""What the user is told about the settings file, worded when shown.

The settings decide the language, so they load before the translation does:
every sentence is kept as its English template (marked for translation here)
and worded when read, in the language installed then.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store.settings_schema import Invalid


class SettingsFileText(Tr):
    """Translation context for what the user is told about a damaged settings file."""


NOT_READ = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file could not be read ({reason}); the default settings are used for now.")
RESTORED_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and has been put aside as {name}; the last good copy "
    "was restored.")
RESTORED_NOT_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and could not be moved aside; the last good copy was "
    "restored.")
DEFAULTS_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and has been put aside as {name}; the default settings "
    "are used.")
DEFAULTS_NOT_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and could not be moved aside; the default settings are "
    "used.")
RESTORED_MISSING = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was missing; the last good copy was restored.")
IGNORED = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Some entries in your settings file were not understood and are ignored for now (the "
    "app uses its defaults instead); they stay in the file as you wrote them:")
REMINDER_ENTRY = QT_TRANSLATE_NOOP("SettingsFileText", "reminder {number}: {reason}")
IGNORED_BRIEF = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Some entries in your settings file were not understood and are ignored for now; "
    "Settings shows which and why.")

#: A sentence as its English template and the values to fill in.
Notice = tuple[str, dict[str, str]]


def worded(notice: Notice) -> str:
    """A notice in the language installed now."""
    template, values = notice
    return SettingsFileText.tr(template).format(**values)


def reason(exc: ValueError) -> str:
    """What is wrong, in the language installed now (English for a plain ValueError)."""
    if isinstance(exc, Invalid):
        template = exc.template  # marked with QT_TRANSLATE_NOOP where it is raised
        return SettingsFileText.tr(template).format(**exc.values)
    return str(exc)


@dataclass(frozen=True)
class Ignored:
    """One entry of the file that was not used: ``what`` (a key and its value, or a
    reminder's number) and why."""

    what: str
    why: ValueError
    reminder: bool = False

    @property
    def english(self) -> str:
        """The line in English: the log's, and the record of what the user was told."""
        if self.reminder:
            return f"reminder {self.what}: {self.why}"
        return f"{self.what} ({self.why})"

    def worded(self) -> str:
        """The line in the language installed now."""
        if self.reminder:
            return SettingsFileText.tr(REMINDER_ENTRY).format(number=self.what,
                                                              reason=reason(self.why))
        return f"{self.what} ({reason(self.why)})"
