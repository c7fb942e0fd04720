"""Small hand-built content for engine tests, so they do not depend on the YAML files."""

from __future__ import annotations

from coach.content.model import Exercise, Text


def exercise(ex_id: str, sides: str = "both") -> Exercise:
    return Exercise(id=ex_id, name=Text.plain(ex_id.replace("-", " ").capitalize()),
                    steps=(Text.plain("Do it gently."),), sides=sides,  # type: ignore[arg-type]
                    illustrations=(), source="test")


LIBRARY = {e.id: e for e in (exercise("wall-calf-stretch"), exercise("toe-pull-straight-leg"),
                             exercise("wall-lean", "none"), exercise("legs-raised", "none"))}
