"""What the voice says for each player cue. Pure: no Qt, no audio.

Kept apart from the speech engine so the wording can be tested as plain strings,
and kept per language in one ``Phrasebook`` (plural rules differ, so durations are a
function of the phrasebook, not a format). The spoken language is an argument,
not the interface's installed catalogue, so a phrase can be tested (and spoken)
in any language without Qt; a new language is one more table here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from coach.content.model import DEFAULT_LANGUAGE
from coach.engine.timeline import Segment


@dataclass(frozen=True)
class Phrasebook:
    """Every spoken sentence of one language."""

    sides: dict[str, str]  # "left" -> "left leg"
    duration: Callable[[int], str]  # 90 -> "1 minute 30 seconds"
    hold: str  # "{what}, hold {duration}": a held stretch or press
    move: str  # "{what}, keep going for {duration}": walking, kneading, massage
    stay: str  # "{what}, stay like this for {duration}": lying, resting, warming
    prepare: str  # "Get ready. First: {what}"
    prepare_alone: str
    rest: str  # "Rest {duration}. Next: {what}"
    rest_alone: str  # "Rest {duration}"
    switch_sides: str
    halfway: str
    done: str


def english_duration(seconds: int) -> str:
    """``30`` -> ``30 seconds``; a minute or more in minutes: ``1 minute 30 seconds``."""
    def unit(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    if seconds < 60:
        return unit(seconds, "second")
    minutes, rest = divmod(seconds, 60)
    spoken = unit(minutes, "minute")
    return f"{spoken} {unit(rest, 'second')}" if rest else spoken


ENGLISH = Phrasebook(
    sides={"left": "left leg", "right": "right leg"},
    duration=english_duration,
    hold="{what}, hold {duration}",
    move="{what}, keep going for {duration}",
    stay="{what}, stay like this for {duration}",
    prepare="Get ready. First: {what}",
    prepare_alone="Get ready",
    rest="Rest {duration}. Next: {what}",
    rest_alone="Rest {duration}",
    switch_sides="Switch sides",
    halfway="Halfway",
    done="Done. Well done!",
)



def russian_form(n: int, one: str, few: str, many: str) -> str:
    """The Russian plural form for ``n``: 1, 21 -> one; 2-4, 22 -> few; 5-20, 11-14 -> many."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def russian_duration(seconds: int) -> str:
    """``30`` -> ``30 секунд``; ``90`` -> ``1 минуту 30 секунд`` (accusative: "hold for ...")."""
    def unit(n: int, forms: tuple[str, str, str]) -> str:
        return f"{n} {russian_form(n, *forms)}"

    second_forms = ("секунду", "секунды", "секунд")
    if seconds < 60:
        return unit(seconds, second_forms)
    minutes, rest = divmod(seconds, 60)
    spoken = unit(minutes, ("минуту", "минуты", "минут"))
    return f"{spoken} {unit(rest, second_forms)}" if rest else spoken


# Spoken, so short and calm; the durations are in the accusative case because
# "держите" (hold), "продолжайте" (keep going), "побудьте" (stay) and
# "отдохните" (rest) all take it.
RUSSIAN = Phrasebook(
    sides={"left": "левая нога", "right": "правая нога"},
    duration=russian_duration,
    hold="{what}, держите {duration}",
    move="{what}, продолжайте {duration}",
    stay="{what}, побудьте так {duration}",
    prepare="Приготовьтесь. Первое упражнение: {what}",
    prepare_alone="Приготовьтесь",
    rest="Отдохните {duration}. Дальше: {what}",
    rest_alone="Отдохните {duration}",
    switch_sides="Смените ногу",
    halfway="Половина позади",
    done="Готово. Отлично!",
)

PHRASEBOOKS: dict[str, Phrasebook] = {"en": ENGLISH, "ru": RUSSIAN}


def phrasebook(language: str) -> Phrasebook:
    """The phrasebook for ``language`` (``ru`` or ``ru_RU``), else English."""
    return PHRASEBOOKS.get(language.split("_")[0].lower(), PHRASEBOOKS[DEFAULT_LANGUAGE])


def phrase_for(kind: str, payload: object, language: str = DEFAULT_LANGUAGE) -> str | None:
    """The sentence to speak for a player cue, or None when it is only a sound (tick)."""
    book = phrasebook(language)
    if kind == "segment" and isinstance(payload, Segment):
        return _segment_phrase(payload, book, language)
    return {"switch_sides": book.switch_sides, "halfway": book.halfway,
            "done": book.done}.get(kind)


def _what(segment: Segment, book: Phrasebook, language: str) -> str | None:
    """ "Wall calf stretch, left leg": the exercise of (or after) a segment, with its side."""
    if segment.exercise is None:
        return None
    name = segment.exercise.name.get(language)
    return f"{name}, {book.sides[segment.side]}" if segment.side else name


def _doing(segment: Segment, book: Phrasebook) -> str:
    """ "hold" only for a held stretch or press: walking is not held, and telling someone
    lying with raised legs to "hold" sounds like an effort they should make."""
    exercise = segment.exercise
    if exercise is None:
        return book.hold
    if exercise.action == "move":
        return book.move
    if exercise.action == "rest" or exercise.position == "lying":
        return book.stay
    return book.hold


def _segment_phrase(segment: Segment, book: Phrasebook, language: str) -> str | None:
    what = _what(segment, book, language)
    duration = book.duration(segment.duration_s)
    if segment.kind == "exercise":
        return _doing(segment, book).format(what=what, duration=duration) if what else None
    if segment.kind == "prepare":
        return book.prepare.format(what=what) if what else book.prepare_alone
    if segment.kind == "rest":
        if what:
            return book.rest.format(what=what, duration=duration)
        return book.rest_alone.format(duration=duration)
    assert_never(segment.kind)
