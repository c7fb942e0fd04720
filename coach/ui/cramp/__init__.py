"""The parts of Cramp now, one module each; ``coach.ui.cramp_screen`` puts them together.

Each page, the night look and type, the hold timer's display and the keys
are modules of their own; which step comes next and what the steps say are
decided in pure modules (``steps``, ``texts``) with their own unit tests
(docs/architecture.md, "Models out of screens").
"""
