"""The History screen's parts (``coach/ui/history_screen.py`` puts them together).

The headline tiles, the rows of buttons, the diary's table view, the changes
to cramps and the files saved from History each have a module; the table's
model and its words are in ``coach/ui/models/``.
"""
