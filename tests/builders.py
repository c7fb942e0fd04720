"""Small hand-built content for engine tests, so they do not depend on the YAML files."""

from __future__ import annotations

from coach.content.model import Exercise, Text


def exercise(ex_id: str, sides: str = "both", position: str = "standing",
             touches_calf: bool = False, action: str = "hold") -> Exercise:
    return Exercise(id=ex_id, name=Text.plain(ex_id.replace("-", " ").capitalize()),
                    steps=(Text.plain("Do it gently."),), sides=sides,  # type: ignore[arg-type]
                    illustrations=(), source="test", position=position,  # type: ignore[arg-type]
                    touches_calf=touches_calf, action=action)  # type: ignore[arg-type]


LIBRARY = {e.id: e for e in (exercise("wall-calf-stretch"),
                             exercise("toe-pull-straight-leg", position="sitting"),
                             exercise("wall-lean", "none"),
                             exercise("legs-raised", "none", "lying", action="rest"))}
