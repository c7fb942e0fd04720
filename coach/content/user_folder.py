"""Whether a routine is one of the user's own files (the ones they may edit and delete).

Apart from ``routine_writer`` because home asks it for every routine when it is
built, before the first frame, and the writer (with its YAML comment handling
and templates) is only needed once the user edits something.
"""

from __future__ import annotations

import os
from pathlib import Path


def is_user_file(path: str, user_folder: Path) -> bool:
    """True for a routine loaded from the user's folder (built-in ones are not changed)."""
    if not path or not os.path.isabs(path):
        return False
    try:
        return Path(path).resolve().parent == Path(user_folder).resolve()
    except OSError:
        return False
