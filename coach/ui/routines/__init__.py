"""The routine editor's parts and home's row of routine buttons.

``coach/ui/routine_editor.py`` (the editor page) and
``coach/ui/routine_actions.py`` (what the buttons do) put these together; the
words they show are in ``coach/ui/models/routine_words.py``.
"""
