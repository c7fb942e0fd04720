"""Where the shipped content lives, in a wheel and in a source checkout.

The wheel carries ``assets/`` and ``routines/`` inside the package (see
pyproject's force-include); a source checkout has them beside ``coach/``.
Every asset lookup goes through ``asset_path`` so a path from content can
never leave ``assets/``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath


class AssetPathError(ValueError):
    """An asset reference that is absolute or climbs out of assets/."""


def _package_root() -> Path:
    return Path(str(resources.files("coach")))


@cache
def data_dir(name: str) -> Path:
    """Folder ``name`` (``assets`` or ``routines``) inside the package or the checkout."""
    inside = _package_root() / name
    if inside.is_dir():
        return inside
    return _package_root().parent / name


def assets_dir() -> Path:
    return data_dir("assets")


def routines_dir() -> Path:
    return data_dir("routines")


def check_relative(reference: str) -> PurePosixPath:
    """Validate a content-supplied relative path without touching the disk."""
    if not reference or "\\" in reference or "\x00" in reference:
        raise AssetPathError(f"invalid asset path {reference!r}")
    pure = PurePosixPath(reference)
    if pure.is_absolute() or ".." in pure.parts or reference.startswith("~"):
        raise AssetPathError(f"asset path {reference!r} leaves assets/")
    return pure


def asset_path(*parts: str) -> Path:
    """Resolve ``parts`` under ``assets/``; raise if the result escapes it (links included)."""
    base = assets_dir().resolve()
    for part in parts:
        check_relative(part)  # "/etc/passwd" as one part must not hide behind a join
    relative = check_relative("/".join(parts))
    target = (base / relative).resolve()
    if target != base and base not in target.parents:
        raise AssetPathError(f"asset path {'/'.join(parts)!r} leaves assets/")
    return target
