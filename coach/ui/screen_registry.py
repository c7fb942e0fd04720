"""The window's screens, each built on first use from a typed key, never from a string.

Why: screens are built when first opened (start-up paints home sooner, and a
start in the background stays small), so the window cannot hold them as plain
attributes. Looking them up by name in a ``dict[str, QWidget]`` lost their
types (``window._screen("cramp").leave()`` was unchecked). A ``ScreenKey``
carries its builder, and its builder's return type: ``registry.get(CRAMP)``
is a ``CrampScreen`` to mypy and is built the first time it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

Owner = TypeVar("Owner")  # the owner the builders receive (the window)
S = TypeVar("S", bound=QWidget)


@dataclass(frozen=True)
class ScreenKey(Generic[Owner, S]):
    """One screen: its name (for logs and tests) and how to build it from the owner."""

    name: str
    build: Callable[[Owner], S]


class ScreenRegistry(Generic[Owner]):
    """Builds each screen once, on first use, and adds it to the stack."""

    def __init__(self, owner: Owner, stack: QStackedWidget) -> None:
        self._owner = owner
        self._stack = stack
        self._built: dict[str, QWidget] = {}

    def get(self, key: ScreenKey[Owner, S]) -> S:
        """The screen, built and added to the stack the first time."""
        screen = self.built(key)
        if screen is None:
            screen = key.build(self._owner)
            self._built[key.name] = screen
            self._stack.addWidget(screen)
        return screen

    def built(self, key: ScreenKey[Owner, S]) -> S | None:
        """The screen if it was built, else None (nothing is built by asking)."""
        # Only ``get`` stores under this name, with what this key's builder made.
        return cast("S | None", self._built.get(key.name))

    def __contains__(self, key: object) -> bool:
        """Whether the screen of ``key`` was built."""
        return isinstance(key, ScreenKey) and key.name in self._built

    def forget(self, key: ScreenKey[Owner, S]) -> None:
        """Drop a built screen (the next ``get`` builds a fresh one)."""
        screen = self._built.pop(key.name, None)
        if screen is not None:
            self._stack.removeWidget(screen)
            screen.deleteLater()
