"""The translation context of the main window's own words (titles, status messages).

Apart from coach/ui/main_window.py so the window's controllers (diary and
settings persistence) say their messages in the same context without
importing the window.
"""

from __future__ import annotations

from coach.i18n import Tr


class WindowText(Tr):
    """Translation context for the main window: titles, status messages, the close hint."""
