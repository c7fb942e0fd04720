"""Words of Qt's own file dialog that Qt's Russian catalogue lacks.

Why: Qt 6.11's file dialog says "&Look in:" and "Files of &type:" where its
catalogue (``qtbase_ru.qm``, shipped with PySide6) still has the older "Look
in:" and "Files of type:", and a few newer words have no translation at all. The
Save and Open dialogs (the doctor's report, CSV export, routine import and
export) showed English labels, an English "Folder" for every folder and English
errors in an app set to Russian. Marked here, these words go into our own
catalogue (``translations/calf_coach_ru.ts``) under Qt's contexts, where Qt finds
them. lupdate reads this module; nothing needs to import it.
"""

from __future__ import annotations

from coach.i18n import QT_TRANSLATE_NOOP, translate

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory not found."),
    QT_TRANSLATE_NOOP("QFileDialog", "Please verify the correct directory name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "File not found."),
    QT_TRANSLATE_NOOP("QFileDialog", "Please verify the correct file name was given."),
)
FILE_TYPES = (  # the file list's Type column
    # With Qt's disambiguation, which lupdate reads from ``translate`` only.
    translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
