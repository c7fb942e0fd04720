"""Plain words for durations, reminders and the programme (no Qt).

Shared by the screens, the command line and the report, so they never disagree.
"""
