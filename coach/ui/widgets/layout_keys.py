"""Letter shortcuts that also work under a Russian keyboard layout.

Why: a shortcut for "L" matches the key that types "l". With the Russian
layout active the same physical key types "д", so L/R/B did nothing for a
user who writes in Russian. Each Latin letter is bound together with the
Cyrillic letter on the same key of the standard ЙЦУКЕН layout, and, where a
screen shows Russian words, with the initial of the Russian word (Л for
"Левая", П for "Правая", О for "Обе") and the Latin letter on that key (K,
G, J), so the key printed Л works whichever layout is active. Qt names a
letter key by its capital letter, so these are plain strings for
``QKeySequence``.
"""

from __future__ import annotations

# The letters on the same physical key: QWERTY and ЙЦУКЕН, both ways.
_PAIRS = {"L": "Д", "R": "К", "B": "И", "K": "Л", "G": "П", "J": "О"}
SAME_KEY = {**_PAIRS, **{cyrillic: latin for latin, cyrillic in _PAIRS.items()}}


def letter_keys(latin: str, *initials: str) -> tuple[str, ...]:
    """``latin`` and each of ``initials``, each with the letter on its key in the
    other layout: ("L", "Л") gives L, Д, Л, K. No repeats."""
    keys: list[str] = []
    for letter in (latin, *initials):
        for key in (letter.upper(), SAME_KEY.get(letter.upper())):
            if key and key not in keys:
                keys.append(key)
    return tuple(keys)
