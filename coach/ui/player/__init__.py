"""The parts of the player, one module each; ``coach.ui.player_screen`` puts them together.

Its layout for large text, its pages, the sound and voice switches and its
words are modules of this package, the words pure with their own unit tests
(docs/architecture.md, "Models out of screens").
"""
