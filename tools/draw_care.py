"""Draw the self-care pictures: small line drawings of each position, into assets/care/*.svg.

One style for all of them, readable when printed in black and white: black outlines on white,
no colour, no fine detail. A figure is built from rounded body segments (head, trunk, upper and
lower limbs) whose union is outlined, so joints read as one body; the far-side limbs are drawn
first, outlined on their own, so they sit behind. Props (wall, floor, chair, ball, heat pack)
are plain lines. Run from the repository root: ``python tools/draw_care.py``.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

W, H = 240, 180
FLOOR = 166.0
LINE = 2.2  # outline width
P = tuple[float, float]

# Segment widths in picture units (a standing figure is ~150 units tall).
HEAD_R = 11.0
NECK = 9.0
TRUNK = 27.0
UPPER_ARM = 9.0
FOREARM = 8.0
THIGH = 16.0
SHIN = 11.5
FOOT = 6.5


Group = list[tuple[Sequence[P], float]]  # segments outlined together (one limb, or the trunk)


@dataclass
class Figure:
    """The trunk (with neck and head) and the limbs; far limbs are drawn behind the trunk.

    Each limb is outlined on its own, so where a limb crosses the body or another limb its
    contour still shows (a hand on a knee, an ankle over the other knee).
    """

    head: P
    trunk: Group = field(default_factory=list)
    near: list[Group] = field(default_factory=list)
    far: list[Group] = field(default_factory=list)


def _path(points: Sequence[P]) -> str:
    return "M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in points)


def _outlined(chains: Group, head: P | None) -> str:
    """The union of round-capped segments, outlined: a black pass, then a white pass."""
    out = []
    for colour, extra in (("#000", 2 * LINE), ("#fff", 0.0)):
        for pts, width in chains:
            out.append(
                f'<path d="{_path(pts)}" fill="none" stroke="{colour}" '
                f'stroke-width="{width + extra:.1f}" stroke-linecap="round" '
                'stroke-linejoin="round"/>'
            )
        if head is not None:
            out.append(
                f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD_R + extra / 2:.1f}" '
                f'fill="{colour}"/>'
            )
    return "\n".join(out)


def figure(f: Figure) -> str:
    """The figure's SVG: far limbs behind, then the trunk and head, then the near limbs."""
    parts = [_outlined(g, None) for g in f.far]
    parts.append(_outlined(f.trunk, f.head))
    parts.extend(_outlined(g, None) for g in f.near)
    return "\n".join(parts)


def line(points: Sequence[P], width: float = LINE, dash: str = "") -> str:
    """A plain black line through the points."""
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<path d="{_path(points)}" fill="none" stroke="#000" stroke-width="{width}" '
        f'stroke-linecap="round" stroke-linejoin="round"{d}/>'
    )


def floor(x0: float = 8, x1: float = W - 8) -> str:
    """The floor line with short hatching below it."""
    ticks = [
        line([(x, FLOOR + 1), (x - 6, FLOOR + 7)], 1.0) for x in range(int(x0) + 8, int(x1), 12)
    ]
    return line([(x0, FLOOR), (x1, FLOOR)]) + "\n" + "\n".join(ticks)


def wall(x: float, side: int = -1) -> str:
    """A vertical wall at x, hatched on the side away from the figure (side -1: left)."""
    ticks = [line([(x, y), (x + side * 6, y + 6)], 1.0) for y in range(14, int(FLOOR), 12)]
    return line([(x, 8), (x, FLOOR)]) + "\n" + "\n".join(ticks)


def ball(c: P, r: float = 8.5) -> str:
    """A tennis ball: a white disc with a black outline and its seam."""
    x, y = c
    top = y - r * 0.5
    seam = f"M {x - r * 0.7:.1f} {top:.1f} Q {x:.1f} {y + r * 0.4:.1f} {x + r * 0.7:.1f} {top:.1f}"
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="#fff" stroke="#000" '
        f'stroke-width="{LINE}"/>\n<path d="{seam}" fill="none" stroke="#000" stroke-width="1.2"/>'
    )


def chair(x0: float, x1: float, seat: float, back: bool = True) -> str:
    """A side-view chair: seat from x0 to x1 at height seat, legs, and a backrest at x0."""
    parts = [line([(x0, seat), (x1, seat)], 3.0), line([(x0 + 3, seat), (x0 + 3, FLOOR)])]
    parts.append(line([(x1 - 3, seat), (x1 - 3, FLOOR)]))
    if back:
        parts.append(line([(x0 + 1, seat), (x0 - 4, seat - 52)], 3.0))
    return "\n".join(parts)


def heat_pack(c: P, w: float = 36, h: float = 11, angle: float = 0.0) -> str:
    """A wheat bag: a rounded, quilted pack with three wavy lines of warmth above it."""
    x, y = c
    quilt = "".join(
        f'<path d="M {x - w / 2 + w * k / 4:.1f} {y - h / 2 + 1:.1f} v {h - 2:.1f}" '
        'stroke="#000" stroke-width="1"/>'
        for k in (1, 2, 3)
    )
    waves = []
    for k in (-1, 0, 1):
        sx = x + k * w / 3.2
        sy = y - h / 2 - 4
        waves.append(
            f'<path d="M {sx:.1f} {sy:.1f} q 4 -4 0 -8 q -4 -4 0 -8" fill="none" '
            'stroke="#000" stroke-width="1.4" stroke-linecap="round"/>'
        )
    return (
        f'<g transform="rotate({angle:.1f} {x:.1f} {y:.1f})">'
        f'<rect x="{x - w / 2:.1f}" y="{y - h / 2:.1f}" width="{w}" height="{h}" rx="4" '
        f'fill="#fff" stroke="#000" stroke-width="{LINE}"/>{quilt}</g>\n' + "\n".join(waves)
    )


def arrow(a: P, b: P, bend: float = 0.0) -> str:
    """A thin arrow from a to b (curved by ``bend``) showing which way to lean or move."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    cx, cy = mx - dy / length * bend, my + dx / length * bend
    tx, ty = b[0] - cx, b[1] - cy
    tl = math.hypot(tx, ty) or 1.0
    ux, uy = tx / tl, ty / tl
    h1 = (b[0] - 7 * ux + 4 * uy, b[1] - 7 * uy - 4 * ux)
    h2 = (b[0] - 7 * ux - 4 * uy, b[1] - 7 * uy + 4 * ux)
    return (
        f'<path d="M {a[0]:.1f} {a[1]:.1f} Q {cx:.1f} {cy:.1f} {b[0]:.1f} {b[1]:.1f}" '
        'fill="none" stroke="#000" stroke-width="1.6" stroke-dasharray="4 3"/>\n'
        + line([h1, b, h2], 1.6)
    )


def side_figure(
    head: P,
    shoulder: P,
    hip: P,
    near_leg: Sequence[P],
    far_leg: Sequence[P],
    near_arm: Sequence[P],
    far_arm: Sequence[P] = (),
) -> Figure:
    """A figure seen from the side: legs are (knee, ankle, toe), arms (elbow, wrist)."""
    neck = (
        shoulder[0] + (head[0] - shoulder[0]) * 0.45,
        shoulder[1] + (head[1] - shoulder[1]) * 0.45,
    )
    f = Figure(head=head, trunk=[((hip, shoulder), TRUNK), ((shoulder, neck, head), NECK)])
    for leg, groups in ((near_leg, f.near), (far_leg, f.far)):
        knee, ankle, toe = leg
        groups.append([((hip, knee), THIGH), ((knee, ankle), SHIN), ((ankle, toe), FOOT)])
    for arm, groups in ((near_arm, f.near), (far_arm, f.far)):
        if arm:
            elbow, wrist = arm
            groups.append([((shoulder, elbow), UPPER_ARM), ((elbow, wrist), FOREARM)])
    return f


def front_figure(
    head: P,
    shoulders: tuple[P, P],
    hips: tuple[P, P],
    legs: tuple[Sequence[P], Sequence[P]],
    arms: tuple[Sequence[P], Sequence[P]],
) -> Figure:
    """A figure seen from the front: legs are (knee, ankle, foot), arms (elbow, wrist)."""
    (ls, rs), (lh, rh) = shoulders, hips
    neck = ((ls[0] + rs[0]) / 2, (ls[1] + rs[1]) / 2)
    pelvis = ((lh[0] + rh[0]) / 2, (lh[1] + rh[1]) / 2)
    trunk: Group = [((pelvis, neck), TRUNK + 4), ((ls, rs), 12.0), ((lh, rh), 20.0)]
    f = Figure(head=head, trunk=[*trunk, ((neck, head), NECK)])
    # Seen from the front the legs join the pelvis: drawn with the trunk, so no seam shows.
    for start, (knee, ankle, foot) in zip((lh, rh), legs, strict=True):
        f.trunk.extend([((start, knee), THIGH), ((knee, ankle), SHIN), ((ankle, foot), FOOT)])
    for start, (elbow, wrist) in zip((ls, rs), arms, strict=True):
        f.near.append([((start, elbow), UPPER_ARM), ((elbow, wrist), FOREARM)])
    return f


# --- the pictures ------------------------------------------------------------------------
def ball_wall_buttock() -> list[str]:
    """Standing with the back to a wall, a ball between the wall and the buttock."""
    f = side_figure(
        head=(66, 24),
        shoulder=(64, 46),
        hip=(71, 98),
        near_leg=((80, 131), (84, 162), (100, 163)),
        far_leg=((84, 131), (90, 162), (106, 163)),
        near_arm=((70, 74), (82, 94)),
        far_arm=((74, 72), (88, 90)),
    )
    return [wall(40), floor(40), figure(f), ball((49.5, 101)), arrow((120, 70), (96, 70), 6)]


def ball_wall_lowback() -> list[str]:
    """Standing with the back to a wall, a ball at the side of the low back."""
    f = side_figure(
        head=(66, 22),
        shoulder=(64, 44),
        hip=(70, 98),
        near_leg=((79, 131), (83, 162), (99, 163)),
        far_leg=((83, 131), (89, 162), (105, 163)),
        near_arm=((70, 72), (84, 90)),
        far_arm=((74, 70), (89, 86)),
    )
    return [wall(40), floor(40), figure(f), ball((48.5, 82)), arrow((120, 64), (96, 64), 6)]


def ball_wall_side_hip() -> list[str]:
    """Seen from the front, standing side-on to a wall with a ball at the side of the hip."""
    f = front_figure(
        head=(112, 24),
        shoulders=((95, 48), (127, 48)),
        hips=((99, 100), (121, 100)),
        legs=(((101, 132), (102, 162), (94, 164)), ((122, 132), (124, 162), (132, 164))),
        arms=(((84, 64), (76, 46)), ((136, 74), (138, 98))),
    )
    return [
        wall(70),
        floor(70),
        figure(f),
        ball((79.5, 102), 8.5),
        arrow((150, 104), (128, 104), 5),
    ]


def figure4_lying() -> list[str]:
    """Lying on the back, one ankle over the other knee, hands pulling that thigh in."""
    f = side_figure(
        head=(26, 146),
        shoulder=(48, 152),
        hip=(108, 152),
        near_leg=((148, 124), (116, 106), (106, 99)),
        far_leg=((112, 98), (154, 98), (162, 88)),
        near_arm=((76, 126), (106, 110)),
        far_arm=((74, 132), (104, 114)),
    )
    return [floor(), figure(f), arrow((186, 110), (164, 128), -8)]


def knee_to_chest() -> list[str]:
    """Lying on the back, hugging one knee towards the chest."""
    f = side_figure(
        head=(26, 146),
        shoulder=(48, 152),
        hip=(108, 153),
        near_leg=((96, 106), (130, 112), (138, 102)),
        far_leg=((150, 156), (190, 158), (194, 146)),
        near_arm=((72, 124), (100, 110)),
        far_arm=((70, 130), (98, 114)),
    )
    return [floor(), figure(f), arrow((130, 88), (104, 88), 6)]


def seated_hamstring() -> list[str]:
    """Sitting on the front of a chair, one leg straight, leaning forward from the hips."""
    f = side_figure(
        head=(120, 42),
        shoulder=(108, 60),
        hip=(86, 106),
        near_leg=((134, 133), (178, 158), (184, 144)),
        far_leg=((124, 108), (126, 160), (140, 163)),
        near_arm=((120, 86), (134, 110)),
        far_arm=((116, 84), (128, 106)),
    )
    return [chair(40, 96, 120), floor(), figure(f), arrow((96, 30), (124, 22), -4)]


def ball_thigh_chair() -> list[str]:
    """Sitting upright on a firm chair with a ball under the back of the thigh."""
    f = side_figure(
        head=(70, 28),
        shoulder=(66, 50),
        hip=(70, 110),
        near_leg=((124, 102), (128, 160), (142, 163)),
        far_leg=((120, 106), (122, 160), (136, 163)),
        near_arm=((76, 80), (100, 100)),
        far_arm=((80, 78), (104, 96)),
    )
    return [chair(44, 124, 126), floor(), figure(f), ball((108, 117), 7.5)]


def calf_wall_straight() -> list[str]:
    """Facing a wall, hands on it, the back leg straight with the heel down."""
    f = side_figure(
        head=(166, 36),
        shoulder=(152, 52),
        hip=(118, 96),
        near_leg=((98, 128), (76, 162), (92, 164)),
        far_leg=((150, 124), (150, 162), (166, 164)),
        near_arm=((174, 60), (196, 62)),
        far_arm=((172, 56), (196, 56)),
    )
    return [wall(202, 1), floor(8, 202), figure(f), arrow((60, 140), (66, 160), -4)]


def calf_wall_bent() -> list[str]:
    """Facing a wall, hands on it, both knees bent with the back heel down."""
    f = side_figure(
        head=(158, 40),
        shoulder=(146, 58),
        hip=(118, 106),
        near_leg=((104, 134), (96, 162), (112, 164)),
        far_leg=((150, 130), (152, 162), (168, 164)),
        near_arm=((170, 70), (196, 70)),
        far_arm=((168, 64), (196, 64)),
    )
    return [wall(202, 1), floor(8, 202), figure(f), arrow((84, 120), (98, 132), 4)]


def ball_calf_floor() -> list[str]:
    """Sitting on the floor, leaning back on the hands, a ball under the straight leg's calf."""
    f = side_figure(
        head=(44, 80),
        shoulder=(48, 100),
        hip=(64, 152),
        near_leg=((120, 150), (180, 146), (186, 132)),
        far_leg=((102, 118), (128, 160), (142, 163)),
        near_arm=((40, 128), (30, 160)),
        far_arm=((44, 126), (36, 160)),
    )
    return [floor(), figure(f), ball((150, 157.5), 8.5)]


def heat_pack_back() -> list[str]:
    """Lying face down, head on the arms, a warm pack on the low back and buttock."""
    f = side_figure(
        head=(202, 146),
        shoulder=(178, 153),
        hip=(112, 153),
        near_leg=((70, 155), (32, 157), (24, 165)),
        far_leg=((70, 156), (32, 158), (26, 165)),
        near_arm=((196, 162), (214, 160)),
        far_arm=((194, 163), (212, 162)),
    )
    return [floor(), figure(f), heat_pack((118, 134), 38, 10)]


def heat_pack_leg() -> list[str]:
    """Sitting on a chair, the leg resting on a stool, a warm pack laid over the leg."""
    f = side_figure(
        head=(68, 30),
        shoulder=(64, 52),
        hip=(68, 110),
        near_leg=((120, 112), (170, 110), (176, 96)),
        far_leg=((116, 114), (120, 160), (134, 163)),
        near_arm=((74, 82), (98, 100)),
        far_arm=((78, 80), (102, 98)),
    )
    stool = "\n".join(
        [
            line([(140, 122), (186, 122)], 3.0),
            line([(146, 122), (146, 166)]),
            line([(180, 122), (180, 166)]),
        ]
    )
    return [chair(42, 112, 124), stool, floor(), figure(f), heat_pack((140, 104), 34, 11)]


def side_bend_standing() -> list[str]:
    """Seen from the front: one arm over the head, bending sideways to the other side."""
    f = front_figure(
        head=(104, 30),
        shoulders=((96, 56), (126, 48)),
        hips=((110, 100), (132, 100)),
        legs=(((108, 132), (104, 162), (96, 164)), ((134, 132), (140, 162), (148, 164))),
        arms=(((92, 80), (96, 104)), ((130, 20), (100, 8))),
    )
    return [floor(), figure(f), arrow((150, 22), (150, 62), -14)]


def butterfly_seated() -> list[str]:
    """Seen from the front: sitting on the floor, soles together, knees falling outwards."""
    f = front_figure(
        head=(120, 60),
        shoulders=((104, 86), (136, 86)),
        hips=((110, 148), (130, 148)),
        legs=(((76, 142), (112, 158), (118, 160)), ((164, 142), (128, 158), (122, 160))),
        arms=(((94, 114), (112, 150)), ((146, 114), (128, 150))),
    )
    return [
        floor(),
        figure(f),
        arrow((66, 118), (66, 140), -5),
        arrow((174, 118), (174, 140), 5),
    ]


def quad_stretch_standing() -> list[str]:
    """Standing, one hand on a chair back, the other holding the ankle behind the buttock."""
    f = side_figure(
        head=(104, 22),
        shoulder=(104, 44),
        hip=(106, 96),
        near_leg=((98, 134), (80, 110), (74, 100)),
        far_leg=((108, 130), (110, 162), (126, 164)),
        near_arm=((96, 72), (82, 106)),
        far_arm=((122, 64), (146, 70)),
    )
    return [chair(146, 190, 116), floor(), figure(f)]


PICTURES = {
    "ball_wall_buttock": (ball_wall_buttock, "Ball between the buttock and a wall"),
    "ball_wall_lowback": (ball_wall_lowback, "Ball between the side of the low back and a wall"),
    "ball_wall_side_hip": (ball_wall_side_hip, "Ball between the side of the hip and a wall"),
    "figure4_lying": (figure4_lying, "Figure-4 stretch lying on the back"),
    "knee_to_chest": (knee_to_chest, "Knee-to-chest stretch lying on the back"),
    "seated_hamstring": (seated_hamstring, "Seated hamstring stretch on a chair"),
    "ball_thigh_chair": (ball_thigh_chair, "Ball under the back of the thigh on a chair"),
    "calf_wall_straight": (calf_wall_straight, "Calf stretch against a wall, back knee straight"),
    "calf_wall_bent": (calf_wall_bent, "Calf stretch against a wall, knees bent"),
    "ball_calf_floor": (ball_calf_floor, "Ball under the calf, sitting on the floor"),
    "heat_pack_back": (heat_pack_back, "Warm pack on the low back and buttock, lying face down"),
    "heat_pack_leg": (heat_pack_leg, "Warm pack on the leg, resting it on a stool"),
    "side_bend_standing": (side_bend_standing, "Standing side bend with one arm overhead"),
    "butterfly_seated": (butterfly_seated, "Butterfly stretch sitting on the floor"),
    "quad_stretch_standing": (quad_stretch_standing, "Standing thigh stretch holding a chair"),
}


def svg(name: str) -> str:
    """One picture as an SVG document."""
    draw, title = PICTURES[name]
    body = "\n".join(draw())
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}">\n'
        f"<title>{title}</title>\n"
        f'<rect width="{W}" height="{H}" fill="#fff"/>\n{body}\n</svg>\n'
    )


def main(argv: list[str]) -> int:
    """Write every picture into assets/care (or the folder given)."""
    out = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parent.parent / "assets" / "care"
    )
    out.mkdir(parents=True, exist_ok=True)
    for name in PICTURES:
        (out / f"{name}.svg").write_text(svg(name), encoding="utf-8")
    print(f"wrote {len(PICTURES)} pictures to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
