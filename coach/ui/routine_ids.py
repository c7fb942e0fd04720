"""The relief routines' ids and the Cramp now key, in a module without widgets.

Home, the night screen and the window all need them. They lived in
``home_screen``, so importing the night screen, or the window in a start that
shows no home (a cold ``coach --cramp``, a start in the background), imported
home and everything it draws with before the first frame.
"""

from __future__ import annotations

RELIEF_ROUTINE_ID = "cramp-relief"
# The standing relief steps: offered by the Cramp now screen only as an explicit
# choice after saying their conditions, never as a routine to pick on home.
STANDING_RELIEF_ROUTINE_ID = "cramp-relief-standing"
HIDDEN_ROUTINE_IDS = frozenset({RELIEF_ROUTINE_ID, STANDING_RELIEF_ROUTINE_ID})
CRAMP_KEY = "C"  # the main window's shortcut, shown on the button
