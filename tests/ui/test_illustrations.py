"""The exercise pictures and app icons: present, renderable by Qt, and up to date.

A missing or unrenderable frame is a blank square in the player; a frame that
paints outside its square spills over the neighbouring widgets; a picture
without the accent colour does not show which calf is worked. The SVGs are
generated, so the committed files must equal the generator's output.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
ICONS = ROOT / "assets" / "icons"
GENERATOR = ROOT / "tools" / "make_illustrations.py"
ICON_FILES = ("calf-coach.svg", "calf-coach-tray.svg")
ACCENT = (0xF2, 0x6B, 0x3A)
FORBIDDEN = ("<script", "<image", 'href="http', "<text", "<style", "<filter", "<mask",
             "<clippath", "<foreignobject")


def _exercise_frames() -> list[tuple[str, str]]:
    data = yaml.safe_load((ROOT / "routines" / "exercises.yaml").read_text(encoding="utf-8"))
    return [(exercise["id"], frame)
            for exercise in data["exercises"]
            for frame in exercise.get("illustration") or []]


FRAMES = _exercise_frames()
FRAME_IDS = [name for _, name in FRAMES]


def _render(path: Path, size: int, margin: int = 0) -> QImage:
    """Render ``path`` into a size x size square inside a transparent border of ``margin``."""
    image = QImage(size + 2 * margin, size + 2 * margin, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(path)).render(painter, QRectF(margin, margin, size, size))
    painter.end()
    return image


def _pixels(image: QImage) -> list[tuple[int, int, int, int, int, int]]:
    """(x, y, r, g, b, a) for every pixel; ARGB32 is stored B, G, R, A in memory."""
    data = bytes(image.constBits())
    width, stride = image.width(), image.bytesPerLine()
    out = []
    for y in range(image.height()):
        row = data[y * stride: y * stride + width * 4]
        for x in range(width):
            b, g, r, a = row[x * 4: x * 4 + 4]
            out.append((x, y, r, g, b, a))
    return out


def _is_accent(r: int, g: int, b: int, a: int) -> bool:
    return a > 200 and all(abs(c - t) <= 36 for c, t in zip((r, g, b), ACCENT, strict=True))


def test_the_library_names_illustrations():
    assert len(FRAMES) >= 12, "exercises.yaml should reference the exercise pictures"


@pytest.mark.parametrize(("exercise", "name"), FRAMES, ids=FRAME_IDS)
def test_every_frame_exists_and_qt_can_render_it(qapp, exercise, name):
    path = ILLUSTRATIONS / name
    assert path.is_file(), f"{exercise}: missing picture {name}"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"{name} is not an SVG that Qt can render"
    box = renderer.viewBoxF()
    assert box.width() > 0
    assert box.width() == box.height(), f"{name}: the picture must be square"


@pytest.mark.parametrize(("exercise", "name"), FRAMES, ids=FRAME_IDS)
def test_every_frame_shows_a_figure_with_the_calf_highlighted(qapp, exercise, name):
    pixels = _pixels(_render(ILLUSTRATIONS / name, 200))
    drawn = sum(1 for *_, a in pixels if a > 40)
    accent = sum(1 for _, _, r, g, b, a in pixels if _is_accent(r, g, b, a))
    assert drawn / len(pixels) > 0.06, f"{name} is (nearly) empty"
    assert drawn / len(pixels) < 0.6, f"{name} has an opaque background"
    assert accent >= 120, f"{name}: the worked calf is not highlighted in the accent colour"


@pytest.mark.parametrize("name", FRAME_IDS + list(ICON_FILES))
def test_nothing_is_painted_outside_the_square(qapp, name):
    """QSvgRenderer does not clip to the viewBox; overflow would paint over other widgets."""
    path = ILLUSTRATIONS / name if name not in ICON_FILES else ICONS / name
    margin, size = 30, 200
    outside = [(x, y) for x, y, *_, a in _pixels(_render(path, size, margin))
               if a > 10 and not (margin <= x < margin + size and margin <= y < margin + size)]
    assert not outside, f"{name} paints {len(outside)} pixels outside its square"


def _all_svgs() -> list[Path]:
    return sorted(ILLUSTRATIONS.glob("*.svg")) + sorted(ICONS.glob("*.svg"))


@pytest.mark.parametrize("path", _all_svgs(), ids=lambda p: p.name)
def test_svgs_use_only_safe_features(path):
    """No scripts, external or embedded content, text, CSS or effects Qt cannot draw."""
    text = path.read_text(encoding="utf-8").lower()
    for needle in FORBIDDEN:
        assert needle not in text, f"{path.name} contains {needle}"
    match = re.search(r'viewbox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"', text)
    assert match and match.group(1) == match.group(2), f"{path.name}: viewBox must be square"


@pytest.mark.parametrize("name", ICON_FILES)
def test_icons_render_at_panel_and_launcher_sizes(qapp, name):
    path = ICONS / name
    assert path.is_file()
    assert QSvgRenderer(str(path)).isValid()
    for size in (16, 22, 48, 128):
        pixels = _pixels(_render(path, size))
        opaque = sum(1 for *_, a in pixels if a > 200) / len(pixels)
        # A filled tile: it holds its own contrast on light and dark panels.
        assert opaque > 0.6, f"{name} at {size}px is mostly transparent"
        colours = {(r >> 5, g >> 5, b >> 5) for _, _, r, g, b, a in pixels if a > 200}
        assert len(colours) >= 2, f"{name} at {size}px is a flat blob"


def test_app_icon_carries_the_accent_calf(qapp):
    pixels = _pixels(_render(ICONS / "calf-coach.svg", 48))
    assert sum(1 for _, _, r, g, b, a in pixels if _is_accent(r, g, b, a)) >= 30


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_illustrations", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_committed_svgs_equal_the_generator_output(tmp_path):
    """Edit tools/make_illustrations.py and re-run it; never hand-edit the SVGs."""
    _load_generator().generate(tmp_path)
    for folder in ("illustrations", "icons"):
        generated = {p.name: p.read_text(encoding="utf-8")
                     for p in (tmp_path / folder).glob("*.svg")}
        committed = {p.name: p.read_text(encoding="utf-8")
                     for p in (ROOT / "assets" / folder).glob("*.svg")}
        assert sorted(committed) == sorted(generated), f"stale or missing files in {folder}/"
        stale = [name for name in generated if generated[name] != committed[name]]
        assert not stale, f"re-run tools/make_illustrations.py: {stale} differ"


def test_the_generator_draws_exactly_the_frames_the_library_uses(tmp_path):
    _load_generator().generate(tmp_path)
    generated = {p.name for p in (tmp_path / "illustrations").glob("*.svg")}
    assert generated == set(FRAME_IDS)


def test_the_generator_cli_writes_into_a_chosen_folder(tmp_path, capsys):
    assert _load_generator().main(["--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "icons" / "calf-coach.svg").is_file()
    assert len(list((tmp_path / "out" / "illustrations").glob("*.svg"))) == len(set(FRAME_IDS))


# --- the pictures show what the text says -----------------------------------------------------
# The figure faces right and works its left (near) leg; the player mirrors it for the right.

NEW_EXERCISES = ("hamstring-stretch-standing", "seated-calf-stretch", "seated-hamstring-stretch")


def _figure(scene_name: str, frame: int):
    generator = _load_generator()
    scene, _count = generator.SCENES[scene_name]
    (figure,) = scene(frame).figures
    return figure.joints


@pytest.mark.parametrize("exercise", NEW_EXERCISES)
def test_the_new_exercises_have_a_start_and_a_held_frame(exercise):
    assert [name for ex, name in FRAMES if ex == exercise] == [
        f"{exercise}-1.svg", f"{exercise}-2.svg"]
    first = (ILLUSTRATIONS / f"{exercise}-1.svg").read_text(encoding="utf-8")
    second = (ILLUSTRATIONS / f"{exercise}-2.svg").read_text(encoding="utf-8")
    assert first != second


def test_wall_stretch_held_pose_has_the_worked_leg_back_heel_down():
    j = _figure("wall-calf-stretch", 2)
    assert j["near_heel"][0] < j["far_heel"][0] - 60, "the worked (left) leg goes back"
    assert j["near_heel_bottom"][1] >= j["near_toe_bottom"][1] - 2, "heel on the floor"
    hand = j["near_hand"]
    assert j["shoulder"][1] - 20 < hand[1] < j["hip"][1], "hands at chest height, not overhead"


@pytest.mark.parametrize("scene", ["heel-stand-toes-up", "hamstring-stretch-standing",
                                   "seated-hamstring-stretch"])
def test_held_pose_has_the_worked_leg_forward_on_its_heel_toes_up(scene):
    j = _figure(scene, 2)
    assert j["near_heel"][0] > j["far_heel"][0], "the worked (left) leg is the front one"
    assert j["near_toe"][1] < j["near_heel"][1] - 8, "toes up"


def _ankle_angle(j) -> float:
    """Degrees between the shin (knee to ankle) and the foot (heel to toe): 90 is neutral,
    more is the toes pulled up toward the knee, less is pointed away (the cramp's way)."""
    import math

    shin = (j["near_ankle"][0] - j["near_knee"][0], j["near_ankle"][1] - j["near_knee"][1])
    foot = (j["near_toe"][0] - j["near_heel"][0], j["near_toe"][1] - j["near_heel"][1])
    cos = (shin[0] * foot[0] + shin[1] * foot[1]) / (math.hypot(*shin) * math.hypot(*foot))
    return math.degrees(math.acos(cos))


@pytest.mark.parametrize("scene", ["seated-calf-stretch", "toe-pull-straight-leg"])
def test_seated_calf_stretches_pull_the_toes_toward_the_knee(scene):
    start, held = _ankle_angle(_figure(scene, 1)), _ankle_angle(_figure(scene, 2))
    assert held > 105 and held > start + 10, (start, held)


@pytest.mark.parametrize(("scene", "frame"), [
    ("heel-stand-toes-up", 1), ("heel-stand-toes-up", 2), ("hamstring-stretch-standing", 1),
    ("hamstring-stretch-standing", 2), ("walk-in-place", 1), ("walk-in-place", 2),
    ("heel-walk", 1), ("heel-walk", 2)])
def test_standing_steps_that_say_hold_on_show_a_hand_on_support(scene, frame):
    """The text asks for a chair, a wall or furniture: one hand rests at its height."""
    j = _figure(scene, frame)
    support_top = 366.0 - 180.0  # a chair back or a sideboard, about hip height
    hands = [j["near_hand"], j["far_hand"]]
    assert any(abs(h[1] - support_top) < 16 for h in hands), hands
