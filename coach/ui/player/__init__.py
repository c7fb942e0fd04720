"""The player: one exercise at a time, large, readable from across the room.

``screen.PlayerScreen`` paints what the ``RoutinePlayer`` (coach/engine/player.py)
says; its layout for large text, its other pages, the sound and voice
switches and its words are modules of this package, the words pure with
their own unit tests (docs/architecture.md).
"""
