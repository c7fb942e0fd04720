"""Shows an exercise's one or two SVG frames, mirrored for the other side.

How two frames play depends on what the body does (``Motion``):

- ``"hold"`` (a stretch, a press): frame 1 is the starting position, frame 2
  the held pose. The picture moves into the held pose once, early in the
  segment, and stays there: a picture that keeps flipping back to the start
  during a 30-second hold tells a half-asleep person to let go.
- ``"loop"`` (walking, kneading, massage): the frames alternate with a
  cross-fade, so the movement reads without animation software.
- ``"still"`` (rest and get-ready, showing what comes next): the held pose
  (the last frame), without movement.

The phase comes from outside (the player screen derives it from the segment's
elapsed time), so the picture follows pause and skip.
"""

from __future__ import annotations

import logging
import math
from typing import Literal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.content.resources import AssetPathError, asset_path

log = logging.getLogger(__name__)

Motion = Literal["hold", "loop", "still"]

FRAME_PERIOD_S = 2.5  # looping: how long one frame shows before the next fades in
FADE_S = 0.6
SETTLE_S = 1.0  # holding: the start position shows this long, then fades into the held pose


def frame_weights(elapsed_s: float, frame_count: int,
                  motion: Motion = "loop") -> tuple[int, int, float]:
    """Which frame is shown, which fades in, and how far the fade is (0..1)."""
    if frame_count <= 1:
        return 0, 0, 0.0
    last = frame_count - 1
    if motion == "still":
        return last, last, 0.0
    if motion == "hold":
        if elapsed_s < SETTLE_S:
            return 0, last, 0.0
        if elapsed_s < SETTLE_S + FADE_S:
            return 0, last, (elapsed_s - SETTLE_S) / FADE_S
        return last, last, 0.0
    slot = math.floor(elapsed_s / FRAME_PERIOD_S)
    into = elapsed_s - slot * FRAME_PERIOD_S
    current = slot % frame_count
    nxt = (current + 1) % frame_count
    fade_start = FRAME_PERIOD_S - FADE_S
    blend = 0.0 if into < fade_start else (into - fade_start) / FADE_S
    return current, nxt, min(1.0, blend)


def load_renderer(name: str) -> QSvgRenderer | None:
    """A renderer for ``assets/illustrations/name``; None (logged) if it cannot be read."""
    try:
        path = asset_path("illustrations", name)
    except AssetPathError as exc:
        log.warning("illustration refused: %s", exc)
        return None
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        log.warning("illustration %s could not be rendered", path)
        return None
    return renderer


class IllustrationView(QWidget):
    """Paints the current frame(s) scaled to fit, keeping the aspect ratio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderers: list[QSvgRenderer] = []
        self._names: tuple[str, ...] = ()
        self._mirrored = False
        self._motion: Motion = "hold"
        self._elapsed = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def sizeHint(self) -> QSize:
        return QSize(400, 400)

    def set_frames(self, names: tuple[str, ...], mirrored: bool = False,
                   motion: Motion = "hold") -> None:
        """Show ``names`` from their first frame; ``motion`` says how two frames play."""
        if names != self._names:
            self._names = names
            self._renderers = [r for r in (load_renderer(n) for n in names) if r]
        self._mirrored = mirrored
        self._motion = motion
        self._elapsed = 0.0
        self.update()

    def set_elapsed(self, elapsed_s: float) -> None:
        before = self.shown_frames()
        self._elapsed = max(0.0, elapsed_s)
        if len(self._renderers) > 1 and (self._motion == "loop" or self.shown_frames() != before):
            self.update()  # a settled hold does not repaint ten times a second

    def shown_frames(self) -> tuple[int, int, float]:
        """(frame shown, frame fading in, how far 0..1): what the picture shows now."""
        return frame_weights(self._elapsed, len(self._renderers), self._motion)

    @property
    def motion(self) -> Motion:
        return self._motion

    @property
    def frame_count(self) -> int:
        return len(self._renderers)

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderers:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        current, nxt, blend = self.shown_frames()
        painter.setOpacity(1.0 - blend)
        self._renderers[current].render(painter, target)
        if blend > 0:
            painter.setOpacity(blend)
            self._renderers[nxt].render(painter, target)
        painter.end()


def thumbnail(name: str, size: int, mirrored: bool = False) -> QPixmap:
    """A transparent pixmap of one illustration, for lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = load_renderer(name)
    if renderer is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mirrored:
            painter.translate(size, 0)
            painter.scale(-1, 1)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return pixmap
