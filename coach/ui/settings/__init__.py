"""The Settings screen's groups, one module each (``coach/ui/settings_screen.py`` stacks them).

Each group is a ``Section``: a titled box that builds its controls, shows the
stored values (``show_values``) and reports a change as ``changed(key, value)``.
The screen alone validates, stores and saves (``Settings.set`` and ``save``),
so every group changes settings the same way and a rejected value is told in
one place.
"""
