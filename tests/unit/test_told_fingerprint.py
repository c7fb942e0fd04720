"""Fingerprints of what the user was told stay the same across versions.

They are kept in a file between starts: a different digest would tell the
user again about every ignored settings entry after an update.
"""

from __future__ import annotations

import hashlib

from coach.store.told import fingerprint


def test_fingerprints_match_the_ones_earlier_versions_stored():
    for text in ("settings.yaml: unknown entry 'colour' ignored", "снуз: 15", ""):
        assert fingerprint(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
