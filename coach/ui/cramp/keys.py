"""The keyboard map of Cramp now: everything can be done without the mouse, half asleep.

Space and the arrows belong to the steps page (on the other pages they press
the focused answer and move between answers); Escape ends the cramp, skips
the diary or closes "More"; M opens the warnings; Y and N answer the
swollen-calf question; L, R, B and 1 to 5 fill the diary, under a Latin or a
Russian keyboard layout alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QWidget

from coach.ui.cramp.pages import (
    PAGE_ADVICE,
    PAGE_DIARY,
    PAGE_MORE,
    PAGE_QUESTION,
    PAGE_STANDING,
    PAGE_STEPS,
)
from coach.ui.widgets.flat_button import FlatButton
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.layout_keys import letter_keys

if TYPE_CHECKING:
    from coach.ui.cramp_screen import CrampScreen


def shortcut(key: Qt.Key | str, owner: QWidget, slot: Callable[[], object]) -> None:
    """``key`` calls ``slot`` while the focus is in ``owner``, once per press
    (``key_once``: a held Space must not skip through the steps)."""
    # A non-Latin layout may match the same physical key twice (its own
    # letter and the Latin fallback): both mean the same here (ambiguous).
    key_once(key, owner, slot, ambiguous=True)


class CrampKeys:
    """Binds the keys of ``screen`` and does what each means on the page shown."""

    def __init__(self, screen: CrampScreen) -> None:
        self._screen = screen
        self._bind()

    def _bind(self) -> None:
        screen = self._screen
        # Space and the arrows belong to the steps page only: on the diary page
        # they must press the focused button and move between choices.
        steps_page = screen.page_widget(PAGE_STEPS)
        for key, slot in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Right, self._right),
                          (Qt.Key.Key_Left, self._left)):
            shortcut(key, steps_page, slot)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, screen.page_widget(PAGE_DIARY), screen.save_entry)
        for page in (PAGE_MORE, PAGE_QUESTION, PAGE_ADVICE, PAGE_STANDING):
            widget = screen.page_widget(page)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut(key, widget, partial(self._enter_on, page))
            for arrow, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Up, -1),
                                (Qt.Key.Key_Right, 1), (Qt.Key.Key_Down, 1)):
                shortcut(arrow, widget, partial(self._move_focus, page, step))
        question = screen.page_widget(PAGE_QUESTION)
        # Y and N, and the same keys on a Russian layout (Н and Т sit on Y and N).
        for letter in ("Y", "Н"):
            shortcut(letter, question, screen.answer_swollen_yes)
        for letter in ("N", "Т"):
            shortcut(letter, question, screen.answer_swollen_no)
        bindings: list[tuple[Qt.Key | str, Callable[[], object]]] = [
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_M, screen.toggle_more),
        ]
        # L, R, B also under a Russian layout (Д, К, И), and Л, П, О, the
        # initials of the Russian words, under either (coach.ui.widgets.layout_keys).
        legs = screen.leg_group
        for latin, initial, leg in (("L", "Л", "left"), ("R", "П", "right"), ("B", "О", "both")):
            bindings += [(key, partial(self._pick, legs, leg))
                         for key in letter_keys(latin, initial)]
        for binding, action in bindings:
            shortcut(binding, screen, action)
        for level in range(1, 6):
            shortcut(str(level), screen, partial(self._pick, screen.severity_group, level))

    def _space(self) -> None:
        if self._screen.page == PAGE_STEPS:
            self._screen.next_step()

    def _right(self) -> None:
        if self._screen.page == PAGE_STEPS:
            self._screen.next_step()

    def _left(self) -> None:
        if self._screen.page == PAGE_STEPS:
            self._screen.previous_step()

    def _escape(self) -> None:
        screen = self._screen
        page = screen.page
        if page == PAGE_DIARY:
            screen.skip_entry()
        elif page == PAGE_MORE:
            screen.close_more()
        else:
            screen.cramp_gone()

    def _page_buttons(self, page: int) -> list[QAbstractButton]:
        widget = self._screen.page_widget(page)
        return [b for b in widget.findChildren(FlatButton) if b.isVisibleTo(widget)]

    def _enter_on(self, page: int) -> None:
        """Enter presses the focused answer; with none focused, the page's safe default."""
        screen = self._screen
        if screen.page != page:
            return
        focused = screen.focusWidget()
        if isinstance(focused, QAbstractButton) and focused in self._page_buttons(page):
            focused.click()
            return
        default = {PAGE_MORE: screen.more_page.more_back,
                   PAGE_ADVICE: screen.advice_page.advice_continue,
                   PAGE_STANDING: screen.seated_button}.get(page)
        if default is not None:  # the question has none: it needs a real answer
            default.click()

    def _move_focus(self, page: int, step: int) -> None:
        screen = self._screen
        buttons = sorted(self._page_buttons(page), key=lambda b: b.mapTo(screen, b.pos()).x())
        if not buttons:
            return
        focused = screen.focusWidget()
        if focused in buttons:
            index = min(len(buttons) - 1, max(0, buttons.index(focused) + step))
        else:
            index = 0 if step < 0 else len(buttons) - 1
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _pick(self, group: QButtonGroup, value: object) -> None:
        screen = self._screen
        if not screen.on_diary or screen.note.hasFocus():
            return
        screen.diary.pick(group, value)
