"""The Reminders screen's parts: one reminder's row and the form's weekday toggle.

``coach/ui/reminders_screen.py`` (the list) and ``coach/ui/reminder_editor.py``
(the form) put them together; their data and words are in
``coach/ui/models/reminder_form.py``.
"""
