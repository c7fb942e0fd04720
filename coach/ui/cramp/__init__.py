"""Cramp now: the relief steps for someone in pain in a dark room, then a one-tap diary entry.

``screen.CrampScreen`` puts the pages together and walks them; each page, the
night look and type, the hold timer's display and the keys are modules of
their own, and what the steps and their words are decided in pure modules
(``steps``, ``texts``) with their own unit tests (docs/architecture.md).
"""
