"""Stop PySide6 from reading the source of every module imported after it.

Why: PySide6 supports ``from __feature__ import snake_case, true_property``,
switchable per module. To know which modules may switch, its import hook
calls ``inspect.getsource(module)`` on *every* module imported after PySide6
(ours, the standard library's, PyYAML's...) and looks for the word "PySide6".
That reads each file into ``linecache`` and walks ``sys.modules`` for each of
them: about 35 ms of the app's start-up (150 modules before the first paint,
measured with ``benchmarks/profile_startup.py``) and 2 MB of cached text.

Calf Coach never selects a ``__feature__``, so every module runs with the
default feature set (0) whatever that scan says: a module the scan marks
"ignore" (-1) keeps the current set, which is also 0. Answering "uses
PySide" without reading the file gives every module the same behaviour the
scan would, for nothing. If a future PySide6 renames the private function,
``skip_feature_scan`` does nothing and says so in the log; nothing breaks.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

_FEATURE_MODULE = "shibokensupport.feature"
_SCAN_FUNCTION = "_mod_uses_pyside"


def _uses_pyside(_module: ModuleType) -> bool:
    """The scan's answer for a module that imports PySide6: no feature (0), not ignored."""
    return True


def skip_feature_scan() -> bool:
    """Import PySide6 and replace its per-module source scan; True if it was replaced."""
    import PySide6  # noqa: F401  (installs the import hook this replaces)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _SCAN_FUNCTION, None)):
        log.info("PySide6 has no %s.%s; start-up keeps its source scan",
                 _FEATURE_MODULE, _SCAN_FUNCTION)
        return False
    setattr(feature, _SCAN_FUNCTION, _uses_pyside)
    return True
