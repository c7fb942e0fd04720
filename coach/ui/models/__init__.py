"""Item models and wording helpers, apart from the screens that show them.

A screen builds widgets and wires them to these; what a row says, and how the
diary's entries become table cells, is decided here and unit-tested without a
window (see docs/architecture.md, "Models out of screens").
"""
