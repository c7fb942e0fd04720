"""Home's row for the user's own routines, and what its buttons do.

``RoutineActions`` (``coach/ui/routines/home_row.py``) is the row of buttons
under home's list (New routine, Edit, Duplicate, Delete, Import, Export) with
one line for what just happened (a deletion to undo, an import's problems).
``RoutineManager``, here, does the work for the main window: it opens the
editor, writes and deletes files through ``coach.content.routine_writer``,
and asks the window to reload the library afterwards. Messages are said in
that line, never in a modal box; the only dialogs are the system's file
choosers.

Built-in routines are never changed: Edit opens them read-only (with the way
to a copy), Delete is not offered for them. Delete does not ask first; it
keeps the file's bytes and offers Undo (also Ctrl+Z on home) until the next
action, so a slip costs nothing and a deliberate delete costs one key.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from coach.content.user_folder import is_user_file
from coach.ui.models.routine_words import RoutineActionsText, copy_title, read_only_reason
from coach.ui.routines.home_row import RoutineActions
from coach.ui.widgets.key_repeat import key_once

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow
    from coach.ui.routine_editor import RoutineEditor

log = logging.getLogger(__name__)


class RoutineManager(QObject):
    """New, edit, duplicate, delete (with undo), import and export, for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._editing_path: Path | None = None
        self._deleted: tuple[Path, bytes, str] | None = None
        self._actions: RoutineActions | None = None

    # ----- wiring -----------------------------------------------------------
    @staticmethod
    def folder() -> Path:
        from coach.store.paths import user_routines_dir

        return user_routines_dir()

    @property
    def _language(self) -> str:
        return self._window.services.language

    def attach_home(self, actions: RoutineActions, home: QWidget) -> None:
        self._actions = actions
        actions.newRequested.connect(self.new_routine)
        actions.editRequested.connect(self.edit)
        actions.duplicateRequested.connect(self.duplicate)
        actions.deleteRequested.connect(self.delete)
        actions.undoRequested.connect(self.undo_delete)
        actions.importRequested.connect(self.choose_import)
        actions.exportRequested.connect(self.choose_export)
        key_once(QKeySequence.StandardKey.Undo, home, self.undo_delete)
        self.refresh_user_ids()

    def attach_editor(self, editor: RoutineEditor) -> None:
        editor.saveRequested.connect(self.save)
        editor.playRequested.connect(self._play)
        editor.duplicateRequested.connect(lambda: self.duplicate(editor.routine().id, editor))

    def user_ids(self) -> set[str]:
        folder = self.folder()
        return {rid for rid, routine in self._window.services.library.routines.items()
                if is_user_file(routine.path, folder)}

    def refresh_user_ids(self) -> None:
        if self._actions is not None:
            self._actions.user_ids = self.user_ids()
            self._actions.set_current(self._actions.current)

    def _say(self, text: str, undo: bool = False) -> None:
        """On home's line under the buttons (the status bar only when home is not built)."""
        if self._actions is not None:
            self._actions.say(text, undo)
            log.info("routines: %s", text)
        else:
            self._window.notify(text)

    def _titles_except(self, routine_id: str) -> list[str]:
        return [r.title.get(self._language)
                for rid, r in self._window.services.library.routines.items()
                if rid != routine_id]

    # ----- opening the editor --------------------------------------------------
    def new_routine(self) -> None:
        from coach.content import routine_writer as writer  # at the first edit, not with home

        self._forget_deleted()
        self._editing_path = None
        routine = writer.EditableRoutine(id="", title="", summary="", prepare_s=5)
        self._window.open_editor().load(routine, new=True,
                                        other_titles=self._titles_except(""))

    def edit(self, routine_id: str) -> None:
        """The user's routine, editable if its file allows; a built-in one read-only."""
        from coach.content import routine_writer as writer  # at the first edit, not with home

        self._forget_deleted()
        routine = self._window.services.library.routine(routine_id)
        if routine is None:
            return
        if not is_user_file(routine.path, self.folder()):
            reason = RoutineActionsText.tr(
                "This routine comes with Calf Coach and cannot be changed. "
                "Duplicate makes your own copy to edit.")
            self._editing_path = None
            self._window.open_editor().load(writer.from_model(routine), read_only_reason=reason)
            return
        opened = writer.open_for_editing(Path(routine.path))
        editable = opened.routine or writer.from_model(routine)
        reason = ""
        if opened.read_only_reason:
            reason = RoutineActionsText.tr(
                "This file was written by hand and the editor cannot keep it exactly as it is "
                "({reason}), so it is shown read-only. Duplicate makes an editable copy; "
                "the file itself stays as it is.").format(reason=read_only_reason(opened))
        self._editing_path = Path(routine.path)
        self._window.open_editor().load(editable, read_only_reason=reason,
                                        other_titles=self._titles_except(routine_id))

    def duplicate(self, routine_id: str, editor: RoutineEditor | None = None) -> None:
        """A new routine with the chosen one's steps, its title marked as a copy."""
        from coach.content import routine_writer as writer  # at the first edit, not with home

        self._forget_deleted()
        routine = self._window.services.library.routine(routine_id)
        if routine is None:
            return
        copy = None
        if is_user_file(routine.path, self.folder()):
            copy = writer.open_for_editing(Path(routine.path)).routine
        copy = copy or writer.from_model(routine)
        copy.id = ""
        copy.title = copy_title(copy.title, self._language)
        self._editing_path = None
        self._window.open_editor().load(copy, new=True, other_titles=self._titles_except(""))

    # ----- saving ---------------------------------------------------------------
    def save(self, play: bool) -> None:
        from coach.content import routine_writer as writer  # at the first edit, not with home

        editor = self._window.editor_screen
        routine = editor.routine()
        folder = self.folder()
        if not writer.text_in(routine.summary, self._language).strip():
            routine.summary = writer.with_text(routine.summary, self._language,
                                               RoutineActionsText.tr("My own routine"))
        if self._editing_path is None:
            taken = set(self._window.services.library.routines)
            if folder.is_dir():
                taken |= {p.stem for p in folder.iterdir()}
            routine.id = writer.new_routine_id(writer.text_in(routine.title, "en"), taken)
            path = folder / f"{routine.id}.yaml"
        else:
            path = self._editing_path
        try:
            writer.save_routine(routine, path, folder)
        except writer.InvalidRoutine as exc:  # a bug: the editor made what does not validate
            log.error("the editor made an invalid routine: %s", exc)
            editor.show_problem(RoutineActionsText.tr(
                "Not saved: the routine did not pass the checks ({error}).").format(error=exc))
            return
        except OSError as exc:
            editor.show_problem(RoutineActionsText.tr("Not saved: {error}").format(
                error=exc.strerror or exc))
            return
        self._editing_path = path
        self._window.reload_library(select=routine.id)
        self.refresh_user_ids()
        self._say(RoutineActionsText.tr("Saved “{title}”.").format(
            title=writer.text_in(routine.title, self._language)))
        if play:  # home is not in view: the status bar says it was saved
            self._window.open_routine(routine.id)
            self._window.notify(RoutineActionsText.tr("Saved “{title}”.").format(
                title=writer.text_in(routine.title, self._language)))
        else:
            self._window.show_home()

    def _play(self, routine_id: str) -> None:
        self._window.open_routine(routine_id)

    # ----- deleting ---------------------------------------------------------------
    def delete(self, routine_id: str) -> None:
        routine = self._window.services.library.routine(routine_id)
        if routine is None or not is_user_file(routine.path, self.folder()):
            return
        path = Path(routine.path)
        title = routine.title.get(self._language)
        try:
            data = path.read_bytes()
            os.remove(path)
        except OSError as exc:
            self._say(RoutineActionsText.tr("Could not delete “{title}”: {error}").format(
                title=title, error=exc.strerror or exc))
            return
        self._deleted = (path, data, routine_id)
        self._window.reload_library()
        self.refresh_user_ids()
        self._say(RoutineActionsText.tr("Deleted “{title}”.").format(title=title), undo=True)

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        path, data, routine_id = self._deleted
        from coach.store.atomic import write_atomic

        if path.exists():  # something new took the name meanwhile: never overwrite it
            self._say(RoutineActionsText.tr("Cannot undo: {file} exists again.").format(
                file=path.name))
            self._deleted = None
            return
        try:
            write_atomic(path, data)
        except OSError as exc:
            self._say(RoutineActionsText.tr("Could not undo: {error}").format(
                error=exc.strerror or exc))
            return
        self._deleted = None
        self._window.reload_library(select=routine_id)
        self.refresh_user_ids()
        self._say(RoutineActionsText.tr("The routine is back."))

    def _forget_deleted(self) -> None:
        if self._deleted is not None:
            self._deleted = None
            if self._actions is not None:
                self._actions.say("")

    # ----- import and export --------------------------------------------------------
    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self._window, RoutineActionsText.tr("Import a routine"), str(Path.home()),
            RoutineActionsText.tr("Routine files (*.yaml *.yml)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Check and copy one routine file in; its problems are listed as ``file:line: ...``."""
        from coach.content import routine_writer as writer  # at the first edit, not with home

        self._forget_deleted()
        try:
            result = writer.import_routine(path, self.folder(), self.user_ids())
        except OSError as exc:
            self._say(RoutineActionsText.tr("Not imported: {error}").format(
                error=exc.strerror or exc))
            return False
        if result.clash:
            self._say(RoutineActionsText.tr(
                "Not imported: you already have a routine with the id “{id}”. Delete it "
                "first, or change the id in the file.").format(id=result.clash))
            return False
        if result.problems:
            shown = list(result.problems[:8])
            if len(result.problems) > 8:
                shown.append("\u2026")
            self._say(RoutineActionsText.tr("Not imported: the file has problems:") + "\n"
                      + "\n".join(shown))
            return False
        self._window.reload_library(select=result.routine_id)
        self.refresh_user_ids()
        routine = self._window.services.library.routine(result.routine_id)
        title = routine.title.get(self._language) if routine else result.routine_id
        self._say(RoutineActionsText.tr("Imported “{title}”.").format(title=title))
        return True

    def choose_export(self, routine_id: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._window.services.library.routine(routine_id) is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self._window, RoutineActionsText.tr("Export the routine"),
            str(Path.home() / f"{routine_id}.yaml"),
            RoutineActionsText.tr("Routine files (*.yaml *.yml)"))
        if name:
            self.export_file(routine_id, Path(name))

    def export_file(self, routine_id: str, target: Path) -> bool:
        """Write the routine's file, as it is, to ``target`` (never over a special file)."""
        from coach.content import routine_writer as writer  # at the first edit, not with home

        self._forget_deleted()
        routine = self._window.services.library.routine(routine_id)
        if routine is None:
            return False
        from coach.content.resources import routines_dir

        source = Path(routine.path)
        if not source.is_absolute():  # a built-in routine: "routines/<file>"
            source = routines_dir() / source.name
        try:
            writer.export_routine(source, target)
        except OSError as exc:
            self._say(RoutineActionsText.tr("Not exported: {error}").format(
                error=getattr(exc, "strerror", None) or exc))
            return False
        self._say(RoutineActionsText.tr("Exported to {file}.").format(file=target))
        return True
