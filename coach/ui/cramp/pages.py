"""The pages of Cramp now, in the order the screen adds them to its stack."""

from __future__ import annotations

PAGE_STEPS, PAGE_DIARY, PAGE_MORE, PAGE_QUESTION, PAGE_ADVICE, PAGE_STANDING = range(6)
