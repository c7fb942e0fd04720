"""Generate the exercise illustrations and the app icons as SVG files.

One parametric figure is posed by joint angles for every frame, so all the
pictures share proportions, colours and line weights; hand-drawn SVGs drift
apart. The output is committed, and a test checks that it still equals what
this script produces, so edit the script and re-run it rather than the SVGs:

    python3 tools/make_illustrations.py            # writes into assets/
    python3 tools/make_illustrations.py --out DIR  # writes DIR/illustrations, DIR/icons

Conventions: side view, the figure faces right and works its LEFT leg, drawn
as the near leg with the worked muscle (the calf, or the back of the thigh for
a hamstring stretch) in the accent colour (the app mirrors the picture for
the right leg). A two-frame exercise that is held shows the starting position
in frame 1 and the held pose in frame 2 (the player moves to frame 2 once and
stays); where the text asks for support (a wall, a chair, furniture to hold),
the picture shows the hand on it. Only plain shapes with solid fills and strokes
are used, because Qt's QSvgRenderer implements SVG Tiny 1.2 only.

Standard library only, so it runs anywhere the app's source does.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

Point = tuple[float, float]

SIZE = 400
FLOOR = 366.0  # y of the floor surface in standing scenes
BED_TOP = 292.0  # top of the mattress in bed scenes

# Colours: mid-tones that read on the light (#F6F7F9) and dark (#16181C) themes.
BODY = "#7C8BA1"
BODY_FAR = "#66758C"  # the far arm and leg, a step darker for depth
OUTLINE = "#36404F"
ACCENT = "#F26B3A"  # the working calf; the same colour as coach.ui.theme.ACCENT
ACCENT_EDGE = "#A8401A"
PROP = "#A3AAB5"
PROP_DARK = "#8D95A1"
PROP_EDGE = "#586170"
TOWEL = "#4F7CAC"  # the towel of the seated calf stretch: a prop, not the body

OUTLINE_W = 3.5  # outline thickness on each side of a body part

# Body proportions in viewBox units.
TORSO = 88.0  # hip joint to shoulder joint
TORSO_W = 44.0
NECK = 47.0  # shoulder joint to head centre
HEAD_R = 22.0
THIGH = 82.0
THIGH_W = 27.0
SHIN = 78.0
SHIN_W = 21.0
FOOT = 30.0  # ankle to toe tip, along the sole
FOOT_W = 15.0
ANKLE_H = 15.0  # ankle height above the sole
UPPER_ARM = 58.0
FOREARM = 52.0
ARM_W = 16.0
HAND_R = 10.0
HAND_OFFSET = 6.0  # wrist to hand centre


# --------------------------------------------------------------------------- geometry


def direction(angle: float) -> Point:
    """Unit vector for ``angle`` degrees: 0 points down, 90 forward (right), 180 up."""
    rad = math.radians(angle)
    return (math.sin(rad), math.cos(rad))


def angle_of(vector: Point) -> float:
    """Inverse of :func:`direction`."""
    return math.degrees(math.atan2(vector[0], vector[1]))


def add(p: Point, v: Point, k: float = 1.0) -> Point:
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def sub(p: Point, q: Point) -> Point:
    return (p[0] - q[0], p[1] - q[1])


def lerp(p: Point, q: Point, t: float) -> Point:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def dist(p: Point, q: Point) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def fmt(value: float) -> str:
    """Stable number formatting so regenerated files compare byte for byte."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def pts(points: list[Point]) -> str:
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


# --------------------------------------------------------------------------- pose model


@dataclass(frozen=True)
class Spot:
    """A point on a body segment, e.g. the middle of the calf, for hands to reach.

    ``segment`` is "near_shin", "far_shin", "near_foot" or "near_thigh"; ``t``
    runs from the segment's upper joint (0) to its lower end (1); ``off``
    moves sideways, positive toward the back of the leg (the calf side) or
    the sole.
    """

    segment: str
    t: float
    off: float = 0.0


@dataclass(frozen=True)
class Leg:
    """Joint angles in degrees: hip flexion (thigh forward), knee flexion, ankle dorsiflexion.

    With ``reach`` the hip and knee angles are ignored: the leg is solved so
    the bottom of the heel lands on that canvas point, with the sole at
    ``foot`` degrees (90 = flat on the ground, more = toes up). That is how
    a seated figure's foot stays on the bed.
    """

    hip: float = 0.0
    knee: float = 0.0
    ankle: float = 0.0
    reach: Point | None = None
    foot: float = 90.0


@dataclass(frozen=True)
class Arm:
    """Shoulder flexion (0 = hanging, 90 = forward, 180 = overhead) and elbow flexion.

    With ``reach`` the angles are ignored and the arm is solved so the hand
    lands exactly on that point (a canvas point or a :class:`Spot`); ``bend``
    picks which way the elbow goes (+1 or -1).
    """

    shoulder: float = 0.0
    elbow: float = 0.0
    reach: Point | Spot | None = None
    bend: int = 1


@dataclass(frozen=True)
class Pose:
    """A whole figure: torso lean from vertical (+ = forward), limbs, placement.

    The figure is built around the hip, then moved so ``anchor`` (a joint
    name such as "near_heel" or "seat") lands on ``at``.
    """

    lean: float = 0.0
    near_leg: Leg = field(default_factory=Leg)
    far_leg: Leg = field(default_factory=Leg)
    near_arm: Arm = field(default_factory=Arm)
    far_arm: Arm = field(default_factory=Arm)
    head_tilt: float = 0.0  # + nods forward
    anchor: str = "near_heel"
    at: Point = (200.0, FLOOR)
    calves: tuple[str, ...] = ("near",)  # which calves are highlighted
    hamstrings: tuple[str, ...] = ()  # which backs of the thigh are highlighted
    # Paint order of the arms: "split" (far arm behind the body, near arm in
    # front), "front" (both over the near leg: hands on the calf) or "behind"
    # (both under the near leg: hands behind a foot whose toes must show).
    arms: str = "split"


@dataclass
class Figure:
    """The solved joint positions of a posed figure, in canvas coordinates."""

    pose: Pose
    joints: dict[str, Point]
    up: Point  # torso direction, hip to shoulder

    def point(self, where: Point | Spot) -> Point:
        if not isinstance(where, Spot):
            return where
        side, part = where.segment.split("_")
        if part == "shin":
            a, b = self.joints[f"{side}_knee"], self.joints[f"{side}_ankle"]
        elif part == "thigh":
            a, b = self.joints["hip"], self.joints[f"{side}_knee"]
        elif part == "foot":
            a, b = self.joints[f"{side}_heel"], self.joints[f"{side}_toe"]
        else:
            raise ValueError(f"unknown segment {where.segment!r}")
        base = lerp(a, b, where.t)
        along = angle_of(sub(b, a))
        return add(base, direction(along - 90), where.off)


def _foot(ankle: Point, foot_a: float) -> dict[str, Point]:
    along, sole = direction(foot_a), direction(foot_a - 90)
    base = add(ankle, sole, ANKLE_H - FOOT_W / 2)
    heel = add(base, along, -6)
    toe = add(base, along, FOOT - FOOT_W / 2)
    return {"ankle": ankle, "heel": heel, "toe": toe,
            "heel_bottom": add(heel, sole, FOOT_W / 2),
            "toe_bottom": add(toe, sole, FOOT_W / 2)}


def _solve_leg(hip: Point, lean: float, leg: Leg) -> dict[str, Point]:
    thigh_a = -lean + leg.hip
    knee = add(hip, direction(thigh_a), THIGH)
    shin_a = thigh_a - leg.knee
    ankle = add(knee, direction(shin_a), SHIN)
    return {"knee": knee, **_foot(ankle, shin_a + 90 + leg.ankle)}


def _solve_leg_ik(hip: Point, leg: Leg) -> dict[str, Point]:
    """The knee (always bending forward) for a heel placed at ``leg.reach``."""
    assert leg.reach is not None
    along, sole = direction(leg.foot), direction(leg.foot - 90)
    ankle = add(add(leg.reach, sole, -ANKLE_H), along, 6)
    knee = _two_bone(hip, ankle, THIGH, SHIN, 1)
    return {"knee": knee, **_foot(ankle, leg.foot)}


def _two_bone(root: Point, target: Point, a: float, b: float, bend: int) -> Point:
    """Middle joint of a two-segment limb from ``root`` to ``target`` (law of cosines)."""
    d = dist(root, target)
    if d > a + b + 0.5:
        raise ValueError(f"target {target} is {d:.0f} from {root}, the limb reaches {a + b:.0f}")
    d = max(d, abs(a - b) + 1e-6)
    cos_alpha = (a * a + d * d - b * b) / (2 * a * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cos_alpha))))
    return add(root, direction(angle_of(sub(target, root)) + bend * alpha), a)


def _solve_arm_fk(shoulder: Point, lean: float, arm: Arm) -> tuple[Point, Point]:
    upper_a = -lean + arm.shoulder
    elbow = add(shoulder, direction(upper_a), UPPER_ARM)
    hand = add(elbow, direction(upper_a + arm.elbow), FOREARM + HAND_OFFSET)
    return elbow, hand


def solve(pose: Pose) -> Figure:
    """Place every joint of ``pose`` on the canvas."""
    hip = (0.0, 0.0)
    up = direction(180 - pose.lean)
    shoulder = add(hip, up, TORSO)
    head = add(shoulder, direction(180 - pose.lean - pose.head_tilt), NECK)
    joints: dict[str, Point] = {"hip": hip, "shoulder": shoulder, "head": head,
                                "seat": (0.0, TORSO_W / 2)}
    legs = (("near", pose.near_leg), ("far", pose.far_leg))
    for side, leg in legs:
        if leg.reach is None:
            for name, p in _solve_leg(hip, pose.lean, leg).items():
                joints[f"{side}_{name}"] = p
    shift = sub(pose.at, joints[pose.anchor])
    joints = {name: add(p, shift) for name, p in joints.items()}
    for side, leg in legs:
        if leg.reach is not None:
            for name, p in _solve_leg_ik(joints["hip"], leg).items():
                joints[f"{side}_{name}"] = p
    figure = Figure(pose, joints, up)
    for side, arm in (("near", pose.near_arm), ("far", pose.far_arm)):
        if arm.reach is None:
            elbow, hand = _solve_arm_fk(joints["shoulder"], pose.lean, arm)
        else:
            target = figure.point(arm.reach)
            elbow = _two_bone(joints["shoulder"], target, UPPER_ARM, FOREARM + HAND_OFFSET,
                              arm.bend)
            hand = target
        joints[f"{side}_elbow"], joints[f"{side}_hand"] = elbow, hand
    return figure


def grounded(pose: Pose, side: str, y: float = FLOOR, flat: bool = False) -> Pose:
    """``pose`` with the ``side`` leg's hip angle adjusted so its foot just touches ``y``.

    Keeps the knee (and the ankle, unless ``flat`` sets it so the sole lies
    on the floor); a bisection on the hip angle is enough because the lowest
    point of the foot rises steadily as the thigh swings away from vertical.
    """
    leg: Leg = getattr(pose, f"{side}_leg")
    sign = 1 if leg.hip >= 0 else -1

    def posed(hip_angle: float) -> Pose:
        ankle = -(-pose.lean + hip_angle - leg.knee) if flat else leg.ankle
        return replace(pose, **{f"{side}_leg": replace(leg, hip=hip_angle, ankle=ankle)})

    def lowest(hip_angle: float) -> float:
        # Without the arms: a hand that reaches a prop may not reach it mid-search.
        j = solve(replace(posed(hip_angle), near_arm=Arm(), far_arm=Arm())).joints
        return max(j[f"{side}_heel_bottom"][1], j[f"{side}_toe_bottom"][1])

    lo, hi = 0.0, 80.0 * sign  # straight down reaches lowest; swinging the thigh lifts the foot
    for _ in range(60):
        mid = (lo + hi) / 2
        if lowest(mid) > y:
            lo = mid
        else:
            hi = mid
    return posed((lo + hi) / 2)


# --------------------------------------------------------------------------- drawing


class Canvas:
    """Collects SVG elements in paint order.

    ``zoom`` enlarges a scene around ``focus`` (seated figures are smaller
    than standing ones and would otherwise use half the square). Outlines and
    line-art widths are divided by the zoom so every picture keeps the same
    line weight on screen; body parts grow with the figure.
    """

    def __init__(self, zoom: float = 1.0, focus: Point = (SIZE / 2, SIZE / 2)) -> None:
        self.items: list[str] = []
        self.figures: list[Figure] = []  # the posed figures, for tests of the stance
        self.zoom = zoom
        self.focus = focus

    def px(self, width: float) -> float:
        """A line width given in output units, in scene units."""
        return width / self.zoom

    @property
    def left(self) -> float:
        return self.focus[0] - SIZE / 2 / self.zoom

    @property
    def right(self) -> float:
        return self.focus[0] + SIZE / 2 / self.zoom

    def stroke(self, points: list[Point], width: float, color: str) -> None:
        if len(points) == 2:
            (x1, y1), (x2, y2) = points
            self.items.append(
                f'<line x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" '
                f'stroke="{color}" stroke-width="{fmt(width)}" stroke-linecap="round"/>')
        else:
            self.items.append(
                f'<polyline points="{pts(points)}" fill="none" stroke="{color}" '
                f'stroke-width="{fmt(width)}" stroke-linecap="round" stroke-linejoin="round"/>')

    def limb(self, points: list[Point], width: float, color: str,
             edge: str = OUTLINE) -> None:
        """A rounded body part: a wide dark stroke under a narrower coloured one."""
        self.stroke(points, width + 2 * self.px(OUTLINE_W), edge)
        self.stroke(points, width, color)

    def _edge(self, edge: str | None, edge_w: float) -> str:
        if not edge:
            return ""
        return f' stroke="{edge}" stroke-width="{fmt(self.px(edge_w))}"'

    def circle(self, c: Point, r: float, fill: str, edge: str | None = OUTLINE,
               edge_w: float = OUTLINE_W) -> None:
        self.items.append(f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}" '
                          f'fill="{fill}"{self._edge(edge, edge_w)}/>')

    def ellipse(self, c: Point, rx: float, ry: float, angle: float, fill: str,
                edge: str | None, edge_w: float = OUTLINE_W) -> None:
        self.items.append(
            f'<ellipse cx="{fmt(c[0])}" cy="{fmt(c[1])}" rx="{fmt(rx)}" ry="{fmt(ry)}" '
            f'transform="rotate({fmt(angle)} {fmt(c[0])} {fmt(c[1])})" '
            f'fill="{fill}"{self._edge(edge, edge_w)}/>')

    def rect(self, x: float, y: float, w: float, h: float, fill: str, edge: str | None = PROP_EDGE,
             radius: float = 6.0, edge_w: float = 3.0) -> None:
        self.items.append(
            f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" '
            f'rx="{fmt(radius)}" fill="{fill}"{self._edge(edge, edge_w)}/>')

    def path(self, d: str, fill: str, edge: str | None = PROP_EDGE, edge_w: float = 3.0) -> None:
        rounded = ' stroke-linejoin="round" stroke-linecap="round"' if edge else ""
        self.items.append(f'<path d="{d}" fill="{fill}"{self._edge(edge, edge_w)}{rounded}/>')

    def svg(self) -> str:
        body = "\n".join(f"    {item}" for item in self.items)
        if self.zoom != 1.0:
            fx, fy = self.focus
            transform = (f"translate({fmt(SIZE / 2)} {fmt(SIZE / 2)}) scale({self.zoom:g}) "
                         f"translate({fmt(-fx)} {fmt(-fy)})")
        else:
            transform = "translate(0 0)"
        return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                f'width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
                f'  <g transform="{transform}">\n{body}\n  </g>\n</svg>\n')


def _leg(canvas: Canvas, fig: Figure, side: str, color: str) -> None:
    j = fig.joints
    hip, knee, ankle = j["hip"], j[f"{side}_knee"], j[f"{side}_ankle"]
    heel, toe = j[f"{side}_heel"], j[f"{side}_toe"]
    parts = [([hip, knee], THIGH_W), ([knee, ankle], SHIN_W), ([ankle, heel, toe], FOOT_W)]
    for points, width in parts:
        canvas.stroke(points, width + 2 * canvas.px(OUTLINE_W), OUTLINE)
    for points, width in parts:
        canvas.stroke(points, width, color)
    if side in fig.pose.calves:
        _calf(canvas, knee, ankle)
    if side in fig.pose.hamstrings:
        _hamstring(canvas, hip, knee)


def _hamstring(canvas: Canvas, hip: Point, knee: Point) -> None:
    """The highlighted back of the thigh, for the hamstring stretches."""
    along = angle_of(sub(knee, hip))
    back = direction(along - 90)
    centre = add(lerp(hip, knee, 0.5), back, 6.0)
    canvas.ellipse(centre, THIGH * 0.36, 12.5, 90 - along, ACCENT, ACCENT_EDGE, 3.0)


def _calf(canvas: Canvas, knee: Point, ankle: Point) -> None:
    """The highlighted calf muscle: a bulge on the back of the lower leg."""
    along = angle_of(sub(ankle, knee))
    back = direction(along - 90)
    centre = add(lerp(knee, ankle, 0.4), back, 5.5)
    # SVG rotate() is clockwise from +x; our angles are from +y, clockwise toward -x.
    canvas.ellipse(centre, SHIN * 0.37, 14.5, 90 - along, ACCENT, ACCENT_EDGE, 3.0)


def _arm(canvas: Canvas, fig: Figure, side: str, color: str) -> None:
    j = fig.joints
    shoulder, elbow, hand = j["shoulder"], j[f"{side}_elbow"], j[f"{side}_hand"]
    wrist = add(hand, direction(angle_of(sub(hand, elbow))), -HAND_OFFSET)
    canvas.limb([shoulder, elbow, wrist], ARM_W, color)
    canvas.circle(hand, HAND_R, color)


def _torso(canvas: Canvas, fig: Figure) -> None:
    j = fig.joints
    canvas.limb([j["shoulder"], j["head"]], 15, BODY)
    canvas.limb([j["hip"], j["shoulder"]], TORSO_W, BODY)
    canvas.circle(j["head"], HEAD_R, BODY)


def draw_figure(canvas: Canvas, fig: Figure) -> None:
    """Paint the figure back to front, the arms in the order the pose asks for."""
    canvas.figures.append(fig)
    arms = fig.pose.arms
    if arms == "split":
        _arm(canvas, fig, "far", BODY_FAR)
    _leg(canvas, fig, "far", BODY_FAR)
    _torso(canvas, fig)
    if arms == "behind":
        _arm(canvas, fig, "far", BODY_FAR)
        _arm(canvas, fig, "near", BODY)
    _leg(canvas, fig, "near", BODY)
    if arms == "front":
        _arm(canvas, fig, "far", BODY_FAR)
    if arms in ("front", "split"):
        _arm(canvas, fig, "near", BODY)


# --------------------------------------------------------------------------- props


def floor(canvas: Canvas, y: float = FLOOR) -> None:
    canvas.rect(canvas.left + 24, y, canvas.right - canvas.left - 48, 10, PROP, None, 5)


def wall(canvas: Canvas, x: float) -> None:
    canvas.rect(x, 30, 26, FLOOR - 26, PROP, PROP_EDGE, 5)


CHAIR_SEAT_Y = FLOOR - 87.0  # top of a chair seat: about 45 cm for a 1.7 m figure
CHAIR_DEPTH = 78.0
CHAIR_BACK_TOP = CHAIR_SEAT_Y - 86.0  # top of the backrest


def chair(canvas: Canvas, back_x: float, facing: int = 1) -> None:
    """A plain chair seen from the side, its backrest at ``back_x``.

    ``facing`` +1: the seat extends to the right of the backrest (someone
    sitting faces right); -1: to the left.
    """
    seat_x = back_x if facing > 0 else back_x - CHAIR_DEPTH
    legs = (seat_x + 4, seat_x + CHAIR_DEPTH - 14)
    for x in legs:
        canvas.rect(x, CHAIR_SEAT_Y + 8, 10, FLOOR - CHAIR_SEAT_Y - 8, PROP_DARK, PROP_EDGE, 3)
    post = back_x if facing > 0 else back_x - 12
    canvas.rect(post, CHAIR_BACK_TOP, 12, CHAIR_SEAT_Y - CHAIR_BACK_TOP + 6, PROP_DARK,
                PROP_EDGE, 4)
    canvas.rect(seat_x - 2, CHAIR_SEAT_Y, CHAIR_DEPTH + 4, 12, PROP, PROP_EDGE, 4)


def chair_top(back_x: float, facing: int = 1) -> Point:
    """Where a hand rests on the chair's backrest (its centre, on top)."""
    return (back_x + 6 * facing, CHAIR_BACK_TOP - HAND_R + 2)


def counter(canvas: Canvas, top: float = FLOOR - 180.0) -> None:
    """A long sideboard behind the figure, along the whole room: furniture to hold."""
    x0, x1 = canvas.left + 30, canvas.right - 30
    canvas.rect(x0, top, x1 - x0, 16, PROP, PROP_EDGE, 5)
    for x in (x0 + 12, x1 - 26):
        canvas.rect(x, top + 16, 14, FLOOR - top - 16, PROP_DARK, PROP_EDGE, 3)


def mattress(canvas: Canvas, top: float) -> None:
    """A bed seen from the side: the surface the figure sits or lies on."""
    x0, x1 = canvas.left + canvas.px(18), canvas.right - canvas.px(18)
    canvas.rect(x0, top, x1 - x0, 30, PROP, PROP_EDGE, 12)
    canvas.rect(x0 + 10, top + 30, 16, 18, PROP_DARK, PROP_EDGE, 4)
    canvas.rect(x1 - 26, top + 30, 16, 18, PROP_DARK, PROP_EDGE, 4)


def pillow(canvas: Canvas, cx: float, cy: float, w: float, h: float) -> None:
    canvas.rect(cx - w / 2, cy - h / 2, w, h, PROP_DARK, PROP_EDGE, h / 2)


def blanket(canvas: Canvas, top: Point, toe: Point, bed: float = BED_TOP) -> None:
    """A blanket wrapped over the lower legs and feet, from ``top`` on the shin past the toes."""
    x0, y0 = top
    tx, ty = toe
    peak = ty - 14
    d = (f"M{fmt(x0 - 4)},{fmt(bed + 2)} "
         f"C{fmt(x0 - 20)},{fmt(bed - 8)} {fmt(x0 - 14)},{fmt(y0)} {fmt(x0 + 8)},{fmt(y0)} "
         f"C{fmt(tx - 40)},{fmt(y0 - 2)} {fmt(tx - 34)},{fmt(peak)} {fmt(tx)},{fmt(peak)} "
         f"C{fmt(tx + 30)},{fmt(peak)} {fmt(tx + 32)},{fmt(bed - 20)} "
         f"{fmt(tx + 30)},{fmt(bed + 2)} Z")
    canvas.path(d, PROP_DARK, PROP_EDGE, 3.5)
    for x in (x0 + (tx - x0) * 0.35, x0 + (tx - x0) * 0.7):
        canvas.path(f"M{fmt(x)},{fmt(y0 + 6)} Q{fmt(x + 9)},{fmt((y0 + bed) / 2 + 2)} "
                    f"{fmt(x + 2)},{fmt(bed - 4)}", "none", PROP_EDGE, 4)


def arrow(canvas: Canvas, points: list[Point], color: str = PROP_EDGE, width: float = 7,
          both_ends: bool = False) -> None:
    """A bold arrow along ``points`` showing the direction of a movement."""
    canvas.stroke(points, canvas.px(width), color)
    ends = [(points[-1], points[-2])] + ([(points[0], points[1])] if both_ends else [])
    for tip, prev in ends:
        a = angle_of(sub(tip, prev))
        head = canvas.px(18)
        left = add(tip, direction(a + 140), head)
        right = add(tip, direction(a - 140), head)
        canvas.path(f"M{fmt(left[0])},{fmt(left[1])} L{fmt(tip[0])},{fmt(tip[1])} "
                    f"L{fmt(right[0])},{fmt(right[1])}", "none", color, width)


def press_marks(canvas: Canvas, centre: Point, toward: float, color: str = ACCENT_EDGE,
                gap: float = 22) -> None:
    """Three short strokes around a point that say 'pressing here' without words.

    ``toward`` is the direction of the push; the marks fan out behind it.
    """
    for spread in (-50, 0, 50):
        d = direction(toward + 180 + spread)
        canvas.stroke([add(centre, d, canvas.px(gap)), add(centre, d, canvas.px(gap + 14))],
                      canvas.px(6), color)


def warmth(canvas: Canvas, x: float, y: float) -> None:
    """Three rising wavy lines: warmth."""
    for i in range(3):
        x0 = x + i * 22
        d = f"M{fmt(x0)},{fmt(y)} c-8,-8 8,-14 0,-22 c-8,-8 8,-14 0,-22"
        canvas.path(d, "none", ACCENT, 6)


# --------------------------------------------------------------------------- scenes
#
# One function per exercise; ``frame`` is 1 (start position) or 2 (the other
# position of the movement). Single-frame exercises ignore it.

BOTH = ("near", "far")


def scene_wall_calf_stretch(frame: int) -> Canvas:
    """One step from the wall, hands on it at chest height; then the left leg stepped back.

    Frame 2 is the held pose: the back (near, left) leg straight with its heel
    down and toes toward the wall, the front knee bent. The hands stay where
    they were on the wall.
    """
    c = Canvas()
    wall_x = 300.0
    hands = (wall_x - HAND_R, 150.0)
    floor(c)
    wall(c, wall_x)
    if frame == 1:
        pose = Pose(lean=4, near_leg=Leg(ankle=4), far_leg=Leg(ankle=4), head_tilt=-6,
                    near_arm=Arm(reach=hands, bend=-1),
                    far_arm=Arm(reach=add(hands, (0, 6)), bend=-1),
                    anchor="near_toe_bottom", at=(wall_x - 82, FLOOR))
    else:
        lean = 30.0
        pose = Pose(lean=lean, near_leg=Leg(ankle=lean), far_leg=Leg(hip=32, knee=36),
                    near_arm=Arm(reach=hands, bend=-1),
                    far_arm=Arm(reach=add(hands, (0, 6)), bend=-1), head_tilt=-8,
                    anchor="near_heel_bottom", at=(112, FLOOR))
        pose = grounded(pose, "far", flat=True)
    draw_figure(c, solve(pose))
    return c


def scene_wall_lean(frame: int) -> Canvas:
    """Upright half a metre from the wall; then leaning in on straight arms, feet flat."""
    c = Canvas()
    wall_x = 318.0
    floor(c)
    wall(c, wall_x)
    if frame == 1:
        pose = Pose(near_arm=Arm(shoulder=4, elbow=8), far_arm=Arm(shoulder=-4, elbow=8),
                    anchor="near_heel_bottom", at=(150, FLOOR), calves=BOTH)
    else:
        lean = 24.0
        pose = Pose(lean=lean, near_leg=Leg(ankle=lean), far_leg=Leg(ankle=lean),
                    near_arm=Arm(shoulder=lean + 70, elbow=0),
                    far_arm=Arm(shoulder=lean + 76, elbow=0),
                    anchor="near_heel_bottom", at=(150, FLOOR), calves=BOTH)
        hand = solve(pose).joints["near_hand"]
        pose = replace(pose, at=(150 + wall_x - HAND_R - hand[0], FLOOR))
    draw_figure(c, solve(pose))
    return c


def scene_heel_stand(frame: int) -> Canvas:
    """Standing, both hands on a chair back; then the left foot forward on its heel, toes up."""
    c = Canvas()
    floor(c)
    back_x = 300.0
    chair(c, back_x)
    hands = chair_top(back_x)
    if frame == 1:
        pose = Pose(lean=6, near_arm=Arm(reach=hands, bend=-1),
                    far_arm=Arm(reach=add(hands, (-2, 2)), bend=-1),
                    anchor="near_heel_bottom", at=(196, FLOOR))
    else:
        pose = Pose(lean=10, near_leg=Leg(hip=26, knee=0, ankle=24),
                    far_leg=Leg(hip=-12, knee=22, ankle=20),
                    near_arm=Arm(reach=hands, bend=-1),
                    far_arm=Arm(reach=add(hands, (-2, 2)), bend=-1),
                    anchor="near_heel_bottom", at=(258, FLOOR))
        pose = grounded(pose, "far")
    draw_figure(c, solve(pose))
    return c


SEATED_ZOOM = 1.3
SEATED_FOCUS = (196.0, 222.0)


def seated_canvas() -> Canvas:
    """A zoomed canvas with the bed, for the sitting exercises."""
    c = Canvas(SEATED_ZOOM, SEATED_FOCUS)
    mattress(c, BED_TOP)
    return c


def scene_toe_pull(frame: int) -> Canvas:
    """Sitting, legs straight, toes turned up; then the hands pull the toes toward the knee."""
    c = seated_canvas()
    seat = (128.0, BED_TOP)
    if frame == 1:
        lean = -12.0
        legs = Leg(hip=97 + lean, ankle=6)  # toes already turned up, toward the knee
        pose = Pose(lean=lean, near_leg=legs, far_leg=legs,
                    near_arm=Arm(reach=(seat[0] - 36, BED_TOP - HAND_R), bend=-1),
                    far_arm=Arm(reach=(seat[0] - 44, BED_TOP - HAND_R), bend=-1),
                    anchor="seat", at=seat)
    else:
        lean = 50.0
        legs = Leg(hip=97 + lean, ankle=24)
        pose = Pose(lean=lean, near_leg=legs, far_leg=legs, head_tilt=14,
                    near_arm=Arm(reach=Spot("near_foot", 0.56, 12), bend=-1),
                    far_arm=Arm(reach=Spot("near_foot", 0.22, 13), bend=-1),
                    anchor="seat", at=seat, arms="behind")
    draw_figure(c, solve(pose))
    return c


def _hug_pose(near: Spot, far: Spot, lean: float = 8.0) -> Pose:
    """Sitting on the bed, knee up, both hands on the calf of the near leg."""
    return Pose(lean=lean, head_tilt=24,
                near_leg=Leg(reach=(206, BED_TOP), foot=90),
                far_leg=Leg(hip=94 + lean, knee=6, ankle=-20),
                near_arm=Arm(reach=near, bend=-1), far_arm=Arm(reach=far, bend=-1),
                anchor="seat", at=(112.0, BED_TOP), arms="front")


def _shin_angle(fig: Figure) -> float:
    return angle_of(sub(fig.joints["near_ankle"], fig.joints["near_knee"]))


def scene_thumb_press(frame: int) -> Canvas:
    """Hands ring the calf, resting; then both thumbs dig into it."""
    c = seated_canvas()
    off = 22.0 if frame == 1 else 13.0
    spots = (Spot("near_shin", 0.48, off), Spot("near_shin", 0.24, off))
    fig = solve(_hug_pose(*spots))
    draw_figure(c, fig)
    if frame == 2:
        shin = _shin_angle(fig)
        for side, t in (("near", 0.48), ("far", 0.24)):
            tip = fig.point(Spot("near_shin", t, 2))
            c.limb([fig.joints[f"{side}_hand"], tip], 8, BODY if side == "near" else BODY_FAR)
        for t, turn in ((0.06, -1), (0.68, 1)):
            centre = fig.point(Spot("near_shin", t, 14))
            d = direction(shin + 180 * (turn < 0))
            for spread in (-35, 35):
                ray = direction(angle_of(d) + spread)
                c.stroke([add(centre, ray, c.px(8)), add(centre, ray, c.px(22))], c.px(6),
                         ACCENT_EDGE)
    return c


def scene_calf_knead(frame: int) -> Canvas:
    """Both hands grasp the calf and work it: high on the calf, then low (up and down)."""
    c = seated_canvas()
    upper, lower = (0.14, 0.36) if frame == 1 else (0.44, 0.68)
    pose = _hug_pose(Spot("near_shin", lower, 12), Spot("near_shin", upper, 13))
    fig = solve(pose)
    draw_figure(c, fig)
    gap = -(SHIN_W / 2 + 20)
    arrow(c, [fig.point(Spot("near_shin", 0.12, gap)), fig.point(Spot("near_shin", 0.78, gap))],
          both_ends=True)
    return c


def scene_squeeze(frame: int) -> Canvas:
    """One hand squeezes the calf, the other presses its centre with the index finger."""
    del frame
    c = seated_canvas()
    pose = _hug_pose(Spot("near_shin", 0.3, 36), Spot("near_shin", 0.62, 13))
    fig = solve(pose)
    draw_figure(c, fig)
    tip = fig.point(Spot("near_shin", 0.34, 12))
    c.limb([fig.joints["near_hand"], tip], 7, BODY)
    push = angle_of(sub(tip, fig.joints["near_hand"]))
    for turn in (-100, 100):
        ray = direction(push + turn)
        for spread in (-22, 22):
            r = direction(angle_of(ray) + spread * (1 if turn > 0 else -1))
            c.stroke([add(tip, r, c.px(12)), add(tip, r, c.px(24))], c.px(5), ACCENT_EDGE)
    return c


def scene_heel_walk(frame: int) -> Canvas:
    """Walking on the heels with the toes lifted, one hand on a sideboard; one step, the next."""
    c = Canvas()
    top = FLOOR - 180.0
    counter(c, top)
    floor(c)
    front, back = Leg(hip=22, knee=2, ankle=26), Leg(hip=-14, knee=6, ankle=42)
    hold = Arm(reach=(226, top - HAND_R + 3), bend=-1)
    if frame == 1:
        pose = Pose(lean=3, near_leg=front, far_leg=back,
                    near_arm=Arm(shoulder=-18, elbow=20), far_arm=hold,
                    anchor="near_heel_bottom", at=(232, FLOOR), calves=BOTH)
        pose = grounded(pose, "far")
    else:
        pose = Pose(lean=3, near_leg=back, far_leg=front,
                    near_arm=Arm(shoulder=22, elbow=30), far_arm=hold,
                    anchor="far_heel_bottom", at=(232, FLOOR), calves=BOTH)
        pose = grounded(pose, "near")
    draw_figure(c, solve(pose))
    return c


def scene_calf_massage(frame: int) -> Canvas:
    """Leg relaxed in front; the hands stroke from the ankle up to the knee."""
    c = seated_canvas()
    t = 0.72 if frame == 1 else 0.22
    lean = 30.0
    pose = Pose(lean=lean, head_tilt=20,
                near_leg=Leg(reach=(238, BED_TOP), foot=100),
                far_leg=Leg(hip=96 + lean, knee=4, ankle=-20),
                near_arm=Arm(reach=Spot("near_shin", t, 13), bend=-1),
                far_arm=Arm(reach=Spot("near_shin", t - 0.1, 15), bend=-1),
                anchor="seat", at=(100.0, BED_TOP), arms="front")
    fig = solve(pose)
    draw_figure(c, fig)
    a = fig.point(Spot("near_shin", 0.9, -34))
    b = fig.point(Spot("near_shin", 0.2, -34))
    arrow(c, [a, b])
    return c


def scene_legs_raised(frame: int) -> Canvas:
    """Lying on the back, lower legs on two pillows above heart level."""
    del frame
    c = Canvas(1.15, (214.0, 236.0))
    mattress(c, BED_TOP)
    pose = Pose(lean=-90,
                near_leg=Leg(hip=40, knee=40, ankle=-12), far_leg=Leg(hip=43, knee=43, ankle=-8),
                near_arm=Arm(shoulder=12, elbow=10), far_arm=Arm(shoulder=16, elbow=10),
                anchor="seat", at=(204.0, BED_TOP), calves=BOTH)
    fig = solve(pose)
    knee, ankle = fig.joints["near_knee"], fig.joints["near_ankle"]
    under = max(knee[1], ankle[1]) + SHIN_W / 2 + 4
    height = (BED_TOP - under) / 2
    mid_x = (knee[0] + ankle[0]) / 2 + 4
    pillow(c, mid_x, BED_TOP - height / 2, 104, height)
    pillow(c, mid_x, BED_TOP - height * 1.5, 96, height)
    head = fig.joints["head"]
    pillow(c, head[0] + 4, BED_TOP - 9, 56, 18)
    draw_figure(c, replace_head(fig, -10))
    return c


def replace_head(fig: Figure, lift: float) -> Figure:
    """The same figure with the head raised by ``lift`` (negative is up), e.g. on a pillow."""
    joints = dict(fig.joints)
    x, y = joints["head"]
    joints["head"] = (x, y + lift)
    return Figure(fig.pose, joints, fig.up)


def scene_warm_feet(frame: int) -> Canvas:
    """Sitting back against the headboard, feet wrapped in a blanket, warmth rising."""
    del frame
    c = seated_canvas()
    lean = -16.0
    seat = (116.0, BED_TOP)
    c.rect(c.left + 20, BED_TOP - 150, 24, 152, PROP_DARK, PROP_EDGE, 8)  # headboard
    legs = Leg(hip=95 + lean, knee=8, ankle=-10)
    pose = Pose(lean=lean, head_tilt=10,
                near_leg=legs, far_leg=Leg(hip=93 + lean, knee=8, ankle=-10),
                near_arm=Arm(reach=Spot("near_thigh", 0.5, -13), bend=-1),
                far_arm=Arm(reach=Spot("near_thigh", 0.66, -15), bend=-1),
                anchor="seat", at=seat)
    fig = solve(pose)
    draw_figure(c, fig)
    j = fig.joints
    top = add(lerp(j["near_knee"], j["near_ankle"], 0.64), (0, -SHIN_W / 2 - 8))
    toe = j["near_toe"]
    blanket(c, top, toe)
    warmth(c, toe[0] - 30, toe[1] - 30)
    return c


def scene_walk_in_place(frame: int) -> Canvas:
    """Walking on the spot beside a chair: one knee up, then the other; a hand on the chair."""
    c = Canvas()
    floor(c)
    back_x = 250.0
    chair(c, back_x)
    lifted, standing = Leg(hip=58, knee=78, ankle=-14), Leg(ankle=0)
    swing_fwd, swing_back = Arm(shoulder=40, elbow=70), Arm(shoulder=-30, elbow=30)
    hold = Arm(reach=chair_top(back_x), bend=-1)
    if frame == 1:
        pose = Pose(near_leg=lifted, far_leg=standing, near_arm=swing_back, far_arm=hold,
                    anchor="far_heel_bottom", at=(170, FLOOR), calves=BOTH)
    else:
        pose = Pose(near_leg=standing, far_leg=lifted, near_arm=swing_fwd, far_arm=hold,
                    anchor="near_heel_bottom", at=(170, FLOOR), calves=BOTH)
    draw_figure(c, solve(pose))
    return c


def scene_hamstring_standing(frame: int) -> Canvas:
    """Behind a chair, one hand on its back; then the left heel a small step forward, toes
    up, knee straight, and a lean forward from the hips with a straight back (the held pose).
    """
    c = Canvas()
    floor(c)
    back_x = 306.0
    chair(c, back_x)
    hold = Arm(reach=chair_top(back_x), bend=-1)
    if frame == 1:
        pose = Pose(lean=4, near_arm=Arm(shoulder=6, elbow=12), far_arm=hold,
                    anchor="far_heel_bottom", at=(206, FLOOR), calves=(), hamstrings=("near",))
    else:
        lean = 34.0
        pose = Pose(lean=lean, head_tilt=-12,
                    near_leg=Leg(hip=lean + 28, knee=0, ankle=24),
                    far_leg=Leg(hip=lean - 8, knee=32, ankle=-(-lean + lean - 8 - 32)),
                    near_arm=Arm(reach=Spot("near_thigh", 0.5, -16), bend=1), far_arm=hold,
                    anchor="far_heel_bottom", at=(140, FLOOR), calves=(), hamstrings=("near",))
        pose = grounded(pose, "near")
    draw_figure(c, solve(pose))
    return c


def seated_chair_canvas() -> tuple[Canvas, Point]:
    """A zoomed canvas with a chair whose backrest is at the left; and where to sit."""
    c = Canvas(1.15, (214.0, 262.0))
    floor(c)
    back_x = 96.0
    chair(c, back_x)
    return c, (back_x + 34, CHAIR_SEAT_Y)


def straight_leg_heel(seat: Point, foot: float, slack: float = 1.5) -> Point:
    """Where on the floor the heel of a straight leg lands for a figure seated at ``seat``.

    The knee stays just short of locked (``slack``), as a comfortable stretch does.
    """
    hip = (seat[0], seat[1] - TORSO_W / 2)
    along, sole = direction(foot), direction(foot - 90)
    lo, hi = hip[0], hip[0] + THIGH + SHIN
    for _ in range(60):
        mid = (lo + hi) / 2
        ankle = add(add((mid, FLOOR), sole, -ANKLE_H), along, 6)
        if dist(hip, ankle) < THIGH + SHIN - slack:
            lo = mid
        else:
            hi = mid
    return (lo, FLOOR)


def towel(canvas: Canvas, fig: Figure) -> None:
    """A towel looped round the ball of the near foot, both ends in the hands."""
    sole = fig.point(Spot("near_foot", 0.8, FOOT_W / 2 + 3))
    top = fig.point(Spot("near_foot", 0.8, -FOOT_W / 2 - 3))
    canvas.stroke([fig.joints["far_hand"], top], canvas.px(9), TOWEL)
    canvas.stroke([top, fig.point(Spot("near_foot", 1.0, -3)),
                   fig.point(Spot("near_foot", 1.0, 5)), sole], canvas.px(9), TOWEL)
    canvas.stroke([sole, fig.joints["near_hand"]], canvas.px(9), TOWEL)


def scene_seated_calf_stretch(frame: int) -> Canvas:
    """On a chair, the left leg straight, heel on the floor, a towel round the ball of the
    foot; then the towel pulls the toes toward the knee (the held pose)."""
    c, seat = seated_chair_canvas()
    lean = 0.0 if frame == 1 else -6.0
    foot = 134.0 if frame == 1 else 156.0  # sole angle: more is toes further up
    pose = Pose(lean=lean, head_tilt=12,
                near_leg=Leg(reach=straight_leg_heel(seat, foot), foot=foot),
                far_leg=Leg(reach=(seat[0] + 40, FLOOR), foot=90),
                near_arm=Arm(shoulder=lean + 50, elbow=30 if frame == 1 else 60),
                far_arm=Arm(shoulder=lean + 54, elbow=30 if frame == 1 else 60),
                anchor="seat", at=seat, arms="front")
    fig = solve(pose)
    draw_figure(c, fig)
    towel(c, fig)
    return c


def scene_seated_hamstring_stretch(frame: int) -> Canvas:
    """On the front of a chair, the left leg out straight, heel down, toes up; sitting tall,
    then leaning forward from the hips with a straight back (the held pose)."""
    c, seat = seated_chair_canvas()
    seat = (seat[0] + 22, seat[1])
    lean = 0.0 if frame == 1 else 34.0
    foot = 118.0
    hands = Spot("far_thigh", 0.7 if frame == 1 else 0.92, -14)
    pose = Pose(lean=lean, head_tilt=-6 if frame == 2 else 0,
                near_leg=Leg(reach=straight_leg_heel(seat, foot), foot=foot),
                far_leg=Leg(reach=(seat[0] + 70, FLOOR), foot=90),
                near_arm=Arm(reach=hands, bend=1), far_arm=Arm(reach=hands, bend=1),
                anchor="seat", at=seat, calves=(), hamstrings=("near",))
    draw_figure(c, solve(pose))
    return c


SCENES: dict[str, tuple[Callable[[int], Canvas], int]] = {
    "hamstring-stretch-standing": (scene_hamstring_standing, 2),
    "seated-calf-stretch": (scene_seated_calf_stretch, 2),
    "seated-hamstring-stretch": (scene_seated_hamstring_stretch, 2),
    "wall-calf-stretch": (scene_wall_calf_stretch, 2),
    "wall-lean": (scene_wall_lean, 2),
    "heel-stand-toes-up": (scene_heel_stand, 2),
    "toe-pull-straight-leg": (scene_toe_pull, 2),
    "thumb-press": (scene_thumb_press, 2),
    "calf-knead": (scene_calf_knead, 2),
    "squeeze-center-press": (scene_squeeze, 1),
    "heel-walk": (scene_heel_walk, 2),
    "calf-massage": (scene_calf_massage, 2),
    "legs-raised": (scene_legs_raised, 1),
    "warm-feet": (scene_warm_feet, 1),
    "walk-in-place": (scene_walk_in_place, 2),
}


# --------------------------------------------------------------------------- icons


ICON_TILE = "#44546B"  # slate: dark enough for a white leg, light enough to show on dark panels
ICON_LEG = "#F6F7F9"
TRAY_LEG = "#1D232C"

# A lower leg seen from the side in a 128 box: knee at the top, foot to the
# right along the bottom, the calf bulging out behind (left).
LEG_PATH = ("M52,12 L74,12 C72,36 70,60 72,84 C73,90 78,93 88,95 C100,97 110,100 112,107 "
            "C113,113 108,115 102,115 L56,115 C48,115 44,110 46,103 C47,97 50,92 49,86 "
            "C38,70 28,50 38,30 C42,22 48,18 52,12 Z")
# The calf shares the leg's back contour (same curve), so the two line up exactly.
CALF_PATH = "M49,86 C38,70 28,50 38,30 C42,24 45,21 47,19 C58,32 61,54 57,68 C55,75 52,81 49,86 Z"


def _svg(view: int, body: list[str]) -> str:
    inner = "\n".join(f"  {item}" for item in body)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{view}" height="{view}" viewBox="0 0 {view} {view}">\n{inner}\n</svg>\n')


def icon_svg() -> str:
    """The app icon: a white lower leg with an accent calf on a slate rounded tile."""
    return _svg(128, [
        f'<rect x="4" y="4" width="120" height="120" rx="28" fill="{ICON_TILE}"/>',
        f'<path d="{LEG_PATH}" fill="{ICON_LEG}"/>',
        f'<path d="{CALF_PATH}" fill="{ACCENT}"/>',
    ])


def tray_svg() -> str:
    """The tray icon: a bold dark leg on an accent tile, for 16-22 px panels."""
    return _svg(128, [
        f'<rect x="2" y="2" width="124" height="124" rx="26" fill="{ACCENT}"/>',
        f'<g transform="translate(64 66) scale(1.12) translate(-74 -66)">'
        f'<path d="{LEG_PATH}" fill="{TRAY_LEG}"/></g>',
    ])


# --------------------------------------------------------------------------- output


def frames() -> dict[str, str]:
    """Every illustration file name and its SVG text."""
    out: dict[str, str] = {}
    for name, (scene, count) in SCENES.items():
        for frame in range(1, count + 1):
            try:
                out[f"{name}-{frame}.svg"] = scene(frame).svg()
            except ValueError as exc:
                raise ValueError(f"{name}-{frame}: {exc}") from exc
    return out


def generate(out_dir: Path) -> list[Path]:
    """Write all illustrations and icons under ``out_dir``; return the written paths."""
    written: list[Path] = []
    illus = out_dir / "illustrations"
    icons = out_dir / "icons"
    illus.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    for name, text in frames().items():
        path = illus / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for name, text in (("calf-coach.svg", icon_svg()), ("calf-coach-tray.svg", tray_svg())):
        if text:
            path = icons / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "assets"
    parser.add_argument("--out", type=Path, default=default,
                        help="folder that receives illustrations/ and icons/ (default: assets/)")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
