"""Files the user takes elsewhere: the reminders as iCalendar, the diary as CSV (no Qt)."""
