"""Generate assets/bodymap.svg: the posterior (back) view of the body, drawn from landmarks.

    python tools/draw_body.py            # writes assets/bodymap.svg
    python tools/draw_body.py --check    # writes it, then checks it (needs svgelements)

Standard library only (the --check step imports svgelements, which bodymap itself uses).

How the drawing is built
------------------------
* Coordinates follow docs/atlas-format.md: viewBox 0 0 1000 2000, top of the head y = 40, floor
  y = 1900 (standing height H = 1860), midline x = 500, posterior view, so the person's LEFT is
  on the viewer's left.
* Everything is designed for the person's LEFT side as points ``(dx, y)``: dx = distance from the
  midline (positive = outwards), y = SVG y. ``X(dx, side)`` mirrors to either side, so both sides
  are always identical.
* ``LM`` (section 1) holds the named landmarks, computed from H and the proportions in
  shared/reference/figure-proportions.md. Shapes are written relative to them where it matters.
* Outlines are smooth closed Catmull-Rom curves through a few points, written as cubic Beziers.
* A muscle is a *loft*: a few cross-sections (origin line, belly, insertion line), each a short
  polyline across the muscle. Fibre t (0..1 across) is a smooth curve through the cross-sections
  at t, so fibres follow the real fibre direction and always stay inside the outline; the outline
  is fibre 0 + last section + fibre 1 + first section. Tendons are parts of the same loft.

To edit: move a landmark in ``landmarks()`` or a cross-section point in ``muscles()`` (section 4),
run the script, then look at it: ``python tools/preview_svg.py`` renders PNGs into /tmp.
One small function per structure group: skin, bones, context, muscles, regions, dermatomes,
nerves, zones, trigger points. Colours come from shared/design/VISUAL.md (PALETTE).
"""

from __future__ import annotations

import math
import os
import random
import sys

# ----------------------------------------------------------------------------------------------
# 0. Canvas, proportions and palette
# ----------------------------------------------------------------------------------------------
VIEW_W, VIEW_H = 1000, 2000
MID = 500.0
TOP, FLOOR = 40.0, 1900.0
H = FLOOR - TOP  # standing height in SVG units
CM = H / 175.0  # one centimetre for a 175 cm person

HEIGHTS = {  # fraction of H above the floor (figure-proportions.md)
    "chin": 0.870, "shoulder": 0.818, "elbow": 0.630, "crest": 0.590, "trochanter": 0.530,
    "wrist": 0.485, "fold": 0.470, "fingertip": 0.377, "knee": 0.285, "ankle": 0.039,
}
WIDTHS = {"shoulder": 0.259, "hip": 0.191}  # fraction of H, full width

PALETTE = {
    "skin": "#F1DCCB", "skin_line": "#C9A88F",
    "muscle": "#C65B50", "muscle_deep": "#B44F46", "fibre": "#A9473D", "muscle_line": "#8E3A32",
    "context": "#DDB1A6", "fat": "#EAD6B4", "context_line": "#B98C80",
    "tendon": "#EDE3D3", "tendon_line": "#BDB29A",
    "bone": "#F4EEDC", "bone_line": "#BDB29A",
    "nerve": "#F2C12E", "nerve_line": "#A57F00",
    "zone": "#D62839", "trp": "#7A0C17", "halo": "#FFFFFF",
    "region_line": "#9C8672", "dermatome": "#5B6FD6",
}

SIDES = ("left", "right")


def hy(frac: float) -> float:
    """SVG y of a height given as a fraction of H above the floor."""
    return FLOOR - frac * H


def X(dx: float, side: str) -> float:
    """Absolute x of a point dx from the midline on the person's side (left = viewer's left)."""
    return MID - dx if side == "left" else MID + dx


def place(pts, side):
    return [(X(dx, side), y) for dx, y in pts]


# ----------------------------------------------------------------------------------------------
# 1. Landmarks (person's left side; dx from the midline)
# ----------------------------------------------------------------------------------------------
def landmarks() -> dict:
    Y = {k: hy(v) for k, v in HEIGHTS.items()}
    hip = WIDTHS["hip"] * H / 2  # skin over the greater trochanter
    lm = {
        "Y": Y,
        "crown": (0.0, TOP),
        "acromion": (WIDTHS["shoulder"] * H / 2, Y["shoulder"]),
        "hip_skin": (hip, Y["trochanter"] + 6),
        "crest_top": (12.0 * CM, Y["crest"]),  # highest point of the iliac crest
        "psis": (4.5 * CM, Y["crest"] + 55),  # dimple, level of S2
        "sacrum_top": (5.0 * CM, Y["crest"] + 34),  # sacral ala, level of S1
        "coccyx_tip": (0.0, Y["crest"] + 170),
        "ischial_tuberosity": (5.5 * CM, Y["fold"] - 24),  # centre of the tuberosity
        "greater_trochanter": (hip - 18, Y["trochanter"] + 8),  # centre of the bony knob
        "gt_top": (hip - 30, Y["trochanter"] - 17),
        "rib12_head": (1.3 * CM, Y["crest"] - 132),
        "rib12_tip": (10.8 * CM, Y["crest"] - 82),
        "fold_y": Y["fold"],
        "knee_y": Y["knee"],
        "popliteal_apex": (9.6 * CM, Y["knee"] - 80),
        "popliteal_lateral": (12.1 * CM, Y["knee"] - 8),
        "popliteal_medial": (6.4 * CM, Y["knee"] - 8),
        "popliteal_bottom": (9.4 * CM, Y["knee"] + 76),
        "fibula_head": (13.2 * CM, Y["knee"] + 26),
        "medial_malleolus": (5.4 * CM, Y["ankle"] - 10),
        "heel": (8.4 * CM, FLOOR - 32),
    }
    # surface marking of the sciatic nerve: starts midway PSIS - ischial tuberosity, passes midway
    # ischial tuberosity - greater trochanter
    (px, py), (ix, iy), (gx, gy) = lm["psis"], lm["ischial_tuberosity"], lm["greater_trochanter"]
    lm["sciatic_start"] = ((px + ix) / 2 + 4, (py + iy) / 2 - 16)  # at the greater sciatic foramen
    lm["sciatic_mid"] = ((ix + gx) / 2, (iy + gy) / 2)
    return lm


LM = landmarks()
LY = LM["Y"]

# ----------------------------------------------------------------------------------------------
# 2. Geometry helpers: Catmull-Rom curves, Bezier output, lofts, strips and blobs
# ----------------------------------------------------------------------------------------------


def _cr(p0, p1, p2, p3, t):
    t2, t3 = t * t, t * t * t
    return tuple(0.5 * (2 * p1[i] + (p2[i] - p0[i]) * t + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2
                        + (3 * p1[i] - p0[i] - 3 * p2[i] + p3[i]) * t3) for i in (0, 1))


def _ext(pts):
    """Open curve control points with reflected end points."""
    a, b = pts[0], pts[1]
    y, z = pts[-2], pts[-1]
    return [(2 * a[0] - b[0], 2 * a[1] - b[1])] + list(pts) + [(2 * z[0] - y[0], 2 * z[1] - y[1])]


def cr_eval(pts, u):
    """Point at parameter u in [0, len(pts)-1] of the open Catmull-Rom curve through pts."""
    if len(pts) == 1:
        return pts[0]
    if len(pts) == 2:
        (x0, y0), (x1, y1) = pts
        return (x0 + (x1 - x0) * u, y0 + (y1 - y0) * u)
    e = _ext(pts)
    i = min(int(u), len(pts) - 2)
    return _cr(e[i], e[i + 1], e[i + 2], e[i + 3], u - i)


def dense_open(pts, per=10):
    out = []
    for i in range(len(pts) - 1):
        for k in range(per):
            out.append(cr_eval(pts, i + k / per))
    out.append(tuple(pts[-1]))
    return out


def dense_closed(pts, per=10):
    n = len(pts)
    out = []
    for i in range(n):
        for k in range(per):
            out.append(_cr(pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n], k / per))
    return out


def length(poly):
    return sum(math.dist(poly[i], poly[i + 1]) for i in range(len(poly) - 1))


def at_fraction(poly, f):
    """Point at fraction f of the arc length of a polyline."""
    total = length(poly)
    target = max(0.0, min(1.0, f)) * total
    run = 0.0
    for i in range(len(poly) - 1):
        d = math.dist(poly[i], poly[i + 1])
        if run + d >= target and d > 0:
            k = (target - run) / d
            return (poly[i][0] + (poly[i + 1][0] - poly[i][0]) * k,
                    poly[i][1] + (poly[i + 1][1] - poly[i][1]) * k)
        run += d
    return poly[-1]


def lin(a, b, n):
    return [a + (b - a) * i / (n - 1) for i in range(n)]


def fmt(v):
    s = f"{v:.1f}"
    return "0.0" if s == "-0.0" else s


def _pt(p):
    return f"{fmt(p[0])} {fmt(p[1])}"


def bez_closed(pts):
    """Closed Catmull-Rom through pts as an absolute M C ... Z path."""
    n = len(pts)
    d = [f"M {_pt(pts[0])}"]
    for i in range(n):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C {_pt(c1)} {_pt(c2)} {_pt(p2)}")
    return " ".join(d) + " Z"


def bez_open(pts):
    """Open Catmull-Rom through pts as an absolute M C ... path."""
    e = _ext(pts)
    d = [f"M {_pt(pts[0])}"]
    for i in range(len(pts) - 1):
        p0, p1, p2, p3 = e[i], e[i + 1], e[i + 2], e[i + 3]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C {_pt(c1)} {_pt(c2)} {_pt(p2)}")
    return " ".join(d)


def poly_path(pts):
    """Closed polygon with straight segments (used where neighbours must share edges exactly)."""
    return "M " + " L ".join(_pt(p) for p in pts) + " Z"


class Loft:
    """A muscle as a surface between cross-sections (origin -> belly -> insertion).

    sections: list of polylines across the muscle, all ordered from the same edge (t=0) to the
    other (t=1). s runs along the fibres (0 = first section, 1 = last), t across them.
    """

    def __init__(self, sections):
        self.secs = [dense_open(s, 12) if len(s) > 2 else list(s) for s in sections]

    def section(self, k, t):
        return at_fraction(self.secs[k], t)

    def at(self, s, t):
        pts = [self.section(k, t) for k in range(len(self.secs))]
        return cr_eval(pts, s * (len(pts) - 1))

    def outline(self, s0=0.0, s1=1.0, t0=0.0, t1=1.0, ns=None, nt=None):
        ns = ns or max(5, int(length([self.at(s, 0.5) for s in lin(s0, s1, 12)]) / 14) + 2)
        nt = nt or max(3, int(max(length([self.at(s0, t) for t in lin(t0, t1, 8)]),
                                  length([self.at(s1, t) for t in lin(t0, t1, 8)])) / 9) + 2)
        a = [self.at(s, t0) for s in lin(s0, s1, ns)]
        b = [self.at(s1, t) for t in lin(t0, t1, nt)]
        c = [self.at(s, t1) for s in lin(s1, s0, ns)]
        d = [self.at(s0, t) for t in lin(t1, t0, nt)][:-1]
        # each corner appears twice (end of one edge, start of the next): the Catmull-Rom
        # outline then keeps the corner instead of cutting across it
        return a + b + c + d

    def fibres(self, n, s0=0.04, s1=0.96, t0=0.0, t1=1.0, steps=9):
        out = []
        for i in range(n):
            t = t0 + (t1 - t0) * (i + 0.5) / n
            out.append([self.at(s, t) for s in lin(s0, s1, steps)])
        return out

    def width(self, s=0.5):
        return length([self.at(s, t) for t in lin(0, 1, 9)])


def offset_strip(centre, half_widths, seed=0, wobble=0.08, cap=0.7):
    """Closed outline around a centre line with the given half widths (soft, organic)."""
    rnd = random.Random(seed)
    c = dense_open(centre, 4)
    w = dense_open([(i, hw) for i, hw in enumerate(half_widths)], 4)
    left, right = [], []
    for i, p in enumerate(c):
        a = c[max(0, i - 1)]
        b = c[min(len(c) - 1, i + 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / norm, tx / norm
        hw = w[i][1]
        if i % 2 == 0:
            left.append((p[0] + nx * hw * (1 + rnd.uniform(-wobble, wobble)),
                         p[1] + ny * hw * (1 + rnd.uniform(-wobble, wobble))))
            right.append((p[0] - nx * hw * (1 + rnd.uniform(-wobble, wobble)),
                          p[1] - ny * hw * (1 + rnd.uniform(-wobble, wobble))))

    def endcap(p, q, hw):
        tx, ty = p[0] - q[0], p[1] - q[1]
        norm = math.hypot(tx, ty) or 1.0
        return (p[0] + tx / norm * hw * cap, p[1] + ty / norm * hw * cap)

    return left + [endcap(c[-1], c[-2], half_widths[-1])] + right[::-1] + [endcap(c[0], c[1], half_widths[0])]


def blob(centre, rx, ry, angle=0.0, seed=0, n=10, wobble=0.1):
    """Soft closed outline around an ellipse, with a gentle deterministic wobble."""
    rnd = random.Random(seed)
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        r = 1 + rnd.uniform(-wobble, wobble)
        x, y = rx * r * math.cos(a), ry * r * math.sin(a)
        pts.append((centre[0] + x * ca - y * sa, centre[1] + x * sa + y * ca))
    return pts


# ----------------------------------------------------------------------------------------------
# 3. Skin silhouette (left half, from the crown down to the crotch; the right is its mirror)
# ----------------------------------------------------------------------------------------------
SKIN_LEFT = [
    (0, TOP), (40, 48), (66, 76), (78, 120), (80, 160), (77, 200), (70, 234), (60, 260),  # head
    (49, 284), (46, 310), (53, 333),  # neck
    (92, 350), (150, 364), (205, 376), (238, 390),  # trapezius slope to the acromion
    (258, 416), (268, 458), (268, 540), (270, 630), (274, 720),  # shoulder, upper arm (outer)
    (282, 810), (289, 900), (294, 985),  # forearm (outer) to the wrist
    (302, 1040), (305, 1110), (297, 1170), (283, 1199), (266, 1196), (254, 1160), (248, 1090),  # hand
    (244, 1010), (236, 900), (222, 800), (210, 720), (202, 630), (194, 552), (186, 516),  # inner arm
    (176, 499),  # armpit
    (171, 540), (164, 620), (153, 700), (150, 760), (158, 812), (170, 866), (178, 918),  # flank, hip
    (180, 960), (179, 1010), (175, 1080), (169, 1160), (162, 1250), (156, 1330),  # thigh (outer)
    (155, 1380), (160, 1430), (165, 1490), (162, 1560), (150, 1650), (134, 1735),  # knee, calf
    (125, 1800), (129, 1845), (133, 1878), (124, 1897), (88, 1900), (54, 1896),  # ankle, heel
    (47, 1878), (49, 1845), (53, 1812),  # inner foot, medial malleolus
    (52, 1760), (43, 1680), (33, 1590), (29, 1500), (32, 1430), (38, 1385),  # calf (inner), knee
    (35, 1330), (27, 1260), (18, 1180), (11, 1110), (7, 1075),  # inner thigh
]
SKIN_CROTCH = (0, LY["fold"] + 22)
I_ARMPIT = SKIN_LEFT.index((176, 499))
I_HEEL = SKIN_LEFT.index((88, 1900))
PER = 12  # samples per control segment of the dense skin polygon


def skin_points():
    """Closed control polygon of the whole silhouette in absolute coordinates."""
    left = place(SKIN_LEFT, "left")
    right = place(SKIN_LEFT, "right")[1:][::-1]  # crown is shared
    return left + [place([SKIN_CROTCH], "left")[0]] + right


def skin_dense_left():
    """Dense skin polygon for the left half, in (dx, y), indexed like SKIN_LEFT * PER."""
    dense = dense_closed(skin_points(), PER)
    return [(MID - x, y) for x, y in dense[: (len(SKIN_LEFT) + 1) * PER]]


SKIN_DENSE = skin_dense_left()
OUTER_CHAIN = SKIN_DENSE[I_ARMPIT * PER: I_HEEL * PER]  # flank and outer leg, y increasing
INNER_CHAIN = SKIN_DENSE[I_HEEL * PER:][::-1]  # inner leg from the crotch down, y increasing


def chain_cut(chain, y0, y1):
    """The part of a y-monotonic skin chain between y0 and y1 (ends interpolated)."""
    out = [(chain_dx(chain, y0), y0)]
    out += [p for p in chain if y0 < p[1] < y1]
    out.append((chain_dx(chain, y1), y1))
    return out


def chain_dx(chain, y):
    for a, b in zip(chain, chain[1:]):
        if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
            k = (y - a[1]) / (b[1] - a[1])
            return a[0] + (b[0] - a[0]) * k
    raise ValueError(f"y={y} not on the skin chain")


def outer_dx(y):
    return chain_dx(OUTER_CHAIN, y)


def inner_dx(y):
    return chain_dx(INNER_CHAIN, y)


# ----------------------------------------------------------------------------------------------
# 4. Structures (left side, dx/y); each function returns plain data, emitted in section 5
# ----------------------------------------------------------------------------------------------
def bones():
    """(id stem, label, left-side points or None for a midline structure given absolute)."""
    (gx, gy), (ix, iy) = LM["greater_trochanter"], LM["ischial_tuberosity"]
    px, py = LM["psis"]
    fx, fy = LM["fibula_head"]
    sided = [
        ("ilium", "Iliac crest (ilium)", [
            (px, py), (px - 3, py + 18), (px + 6, py + 36), (px + 24, py + 46), (px + 46, py + 44),
            (px + 66, py + 48), (px + 88, py + 40), (px + 104, py + 26), (px + 110, py + 2),
            (px + 110, py - 24), (px + 100, py - 46), (px + 76, py - 55), (px + 48, py - 50),
            (px + 24, py - 36), (px + 8, py - 18)]),
        ("ischial-tuberosity", "Ischial tuberosity", [
            (ix - 8, iy - 78), (ix + 4, iy - 66), (ix + 12, iy - 40), (ix + 17, iy - 10),
            (ix + 16, iy + 16), (ix + 6, iy + 29), (ix - 9, iy + 27), (ix - 17, iy + 4),
            (ix - 18, iy - 30), (ix - 14, iy - 58)]),
        ("femur", "Femur", [
            (92, 904), (106, 898), (124, 904), (140, 902), (gx + 4, gy + 22), (gx - 6, gy + 70),
            (gx - 14, 1080), (gx - 22, 1180), (gx - 24, 1262), (gx - 14, 1320), (gx - 10, 1350),
            (gx - 20, LY["knee"] + 2), (gx - 42, LY["knee"] + 2), (100, LY["knee"] - 12),
            (82, LY["knee"] + 2), (56, LY["knee"] + 2), (48, LY["knee"] - 18), (60, 1318),
            (96, 1262), (104, 1180), (110, 1080), (116, 1012), (106, 998), (112, 978), (112, 946),
            (98, 930), (86, 920)]),
        ("greater-trochanter", "Greater trochanter", [
            (gx - 14, gy - 24), (gx - 2, gy - 28), (gx + 10, gy - 18), (gx + 14, gy + 6),
            (gx + 12, gy + 30), (gx + 2, gy + 40), (gx - 14, gy + 36), (gx - 20, gy + 12),
            (gx - 20, gy - 10)]),
        ("rib12", "12th rib", [
            LM["rib12_head"], (60, 680), (100, 700), (LM["rib12_tip"][0] + 4, LM["rib12_tip"][1] - 4),
            (LM["rib12_tip"][0] + 1, LM["rib12_tip"][1] + 4), (96, 710), (58, 692),
            (LM["rib12_head"][0] + 2, LM["rib12_head"][1] + 10)]),
        ("tibia", "Tibia", [
            (50, LY["knee"] + 6), (92, LY["knee"] + 2), (128, LY["knee"] + 8), (130, 1398),
            (116, 1418), (96, 1444), (90, 1520), (86, 1650), (84, 1760), (88, 1806), (62, 1822),
            (57, 1806), (70, 1760), (74, 1650), (74, 1520), (60, 1444), (48, 1404)]),
        ("fibula-head", "Head of fibula", blob((fx, fy), 9, 8, 0, seed=3, n=8, wobble=0.03)),
        ("calcaneus", "Calcaneus (heel bone)", [
            (72, 1838), (106, 1836), (116, 1858), (112, 1886), (90, 1894), (68, 1886), (63, 1860)]),
    ]
    # midline structures, points for the left half (mirrored to make one closed outline)
    def sym(half):
        left = place(half, "left")
        right = place(half[::-1], "right")
        return left + right

    sy = LM["sacrum_top"][1]
    sacrum = sym([(0, sy - 4), (30, sy - 2), (LM["sacrum_top"][0], sy + 4), (px - 1, py),
                  (43, 880), (37, 905), (27, 930), (15, 947)])[:-1]
    ct = LM["coccyx_tip"][1]
    coccyx = sym([(0, ct - 22), (11, ct - 21), (9, ct - 10), (4, ct - 2)])[:-1] + [(MID, ct)]
    spine = []
    for k, yk in enumerate([700, 732, 764, 796, 828]):  # L1..L5 spinous processes
        spine += [(8, yk - 11), (10, yk + 6), (5, yk + 14)]
    lumbar = sym([(0, 686)] + spine + [(3, 842)])
    return sided, [("sacrum", "Sacrum", sacrum), ("coccyx", "Coccyx", coccyx),
                   ("lumbar-spine", "Lumbar spinous processes", lumbar)]


def piriformis_lower(dx):
    """y of the lower border of piriformis at dx (the short rotators stack below it)."""
    return 926 - (dx - 38) * 0.19 + 0.0012 * (dx - 38) * (148 - dx)


ROTATOR_BANDS = {  # name: (offset top, offset bottom below piriformis, medial dx, lateral dx)
    "superior_gemellus": (2.5, 22.5, 50, 147),
    "obturator_internus": (25.0, 45.0, 44, 149),
    "inferior_gemellus": (47.5, 67.5, 54, 147),
    "quadratus_femoris": (70.0, 106.0, 76, 141),
    # deepest rotator: its tendon runs behind the femoral neck, deep to quadratus femoris, to the
    # trochanteric fossa; medially it disappears behind the ischium (the obturator foramen)
    "obturator_externus": (71.0, 103.0, 78, 146),
}


def band(name):
    o0, o1, a, b = ROTATOR_BANDS[name]
    m = (a + b) / 2
    return Loft([[(x, piriformis_lower(x) + o0), (x, piriformis_lower(x) + o1)] for x in (a, m, b)])


def muscles():
    """Lofts of the selectable muscles (left side), in the contract's deep -> superficial order."""
    ix, iy = LM["ischial_tuberosity"]
    fx, fy = LM["fibula_head"]
    ax, ay = LM["popliteal_apex"]
    lx, ly = LM["popliteal_lateral"]
    mx, my = LM["popliteal_medial"]
    bx, by = LM["popliteal_bottom"]
    mmx, mmy = LM["medial_malleolus"]
    return {
        "quadratus_lumborum": Loft([
            [(66, 690), (92, 702), (116, 717)],  # under the 12th rib
            [(66, 758), (98, 758), (134, 762)],
            [(66, 826), (100, 812), (134, 806)],  # iliac crest (inner lip)
        ]),
        # lumbar back muscles (t = 0 medial): multifidus in the gutter beside the spinous processes,
        # deep to longissimus but with its medial edge uncovered; iliocostalis the lateral column
        "multifidus": Loft([
            [(11, 640), (17, 637), (24, 636)],  # lower thoracic fascicles
            [(11, 700), (28, 700)],  # L1
            [(11, 780), (36, 780)],
            [(11, 846), (43, 846)],  # back of the sacrum, up to the PSIS
            [(10, 900), (36, 902)],
            [(9, 930), (22, 928)],  # S4
        ]),
        "iliocostalis_lumborum": Loft([
            [(56, 620), (66, 614), (76, 612)],  # angles of the lower ribs
            [(57, 680), (72, 682), (90, 686)],
            [(58, 760), (74, 762), (92, 764)],
            [(56, 846), (70, 834), (84, 822)],  # posterior iliac crest
        ]),
        "longissimus": Loft([
            [(28, 622), (42, 614), (56, 618)],  # lower thoracic transverse processes and ribs
            [(30, 690), (44, 690), (57, 690)],
            [(34, 780), (46, 780), (58, 780)],
            [(40, 846), (48, 848), (56, 850)],
            [(38, 876), (44, 878), (50, 880)],  # common erector spinae tendon on the sacrum
        ]),
        "gluteus_minimus": Loft([
            [(60, 872), (80, 854), (110, 840), (140, 836), (158, 846)],  # ilium between the gluteal lines
            [(148, 887), (166, 898)],  # front of the greater trochanter
        ]),
        "piriformis": Loft([
            [(43, 862), (40, 895), (38, 926)],  # lateral border of the sacrum, S2-S4
            [(92, 879), (92, piriformis_lower(92))],
            [(146, 893), (148, piriformis_lower(148))],  # top of the greater trochanter
        ]),
        "obturator_externus": band("obturator_externus"),
        "superior_gemellus": band("superior_gemellus"),
        "obturator_internus": band("obturator_internus"),
        "inferior_gemellus": band("inferior_gemellus"),
        "quadratus_femoris": band("quadratus_femoris"),
        # posterolateral part: the strip between the iliotibial tract and biceps femoris
        "vastus_lateralis": Loft([
            [(150, 968), (outer_dx(968) - 16, 968)],
            [(142, 1060), (outer_dx(1060) - 16, 1060)],
            [(138, 1160), (outer_dx(1160) - 16, 1160)],
            [(132, 1280), (outer_dx(1280) - 15, 1280)],
            [(138, 1342), (outer_dx(1342) - 13, 1342)],  # towards the lateral patella
        ]),
        "adductor_magnus": Loft([
            [(ix + 8, 1034), (48, 1038), (32, 1048), (24, 1062)],  # ischial tuberosity, ischiopubic ramus
            [(146, 1030), (141, 1100), (129, 1200), (114, 1276), (84, 1318), (54, 1344)],  # linea aspera -> adductor tubercle
        ]),
        "biceps_femoris_short_head": Loft([
            [(126, 1118), (136, 1122)],  # lateral lip of the linea aspera
            [(118, 1220), (156, 1214)],
            [(122, 1300), (152, 1300)],
            [(132, 1358), (149, 1358)],
            [(fx - 6, fy - 4), (fx + 6, fy - 4)],  # head of the fibula
        ]),
        "semimembranosus": Loft([
            [(ix + 2, iy + 8), (ix + 15, iy + 3)],  # upper outer ischial tuberosity
            [(56, 1100), (80, 1100)],
            [(36, 1200), (98, 1204)],
            [(38, 1278), (100, 1284)],
            [(44, 1338), (70, 1350)],
            [(48, 1386), (60, 1390)],  # back of the medial tibial condyle
        ]),
        # deep posterior compartment (t = 0 medial): tibialis posterior on the interosseous membrane,
        # flexor digitorum longus on the back of the tibia; both tendons pass behind the medial malleolus
        "tibialis_posterior": Loft([
            [(86, 1460), (106, 1444), (127, 1452)],  # interosseous membrane, tibia and fibula
            [(86, 1530), (102, 1532), (119, 1530)],
            [(84, 1620), (96, 1624), (109, 1620)],
            [(76, 1700), (83, 1702), (91, 1700)],
            [(mmx + 3, 1786), (mmx + 7, 1787), (mmx + 11, 1788)],  # behind the medial malleolus
            [(mmx - 3, 1826), (mmx + 1, 1828), (mmx + 5, 1830)],
        ]),
        "flexor_digitorum_longus": Loft([
            [(60, 1474), (68, 1462), (77, 1466)],  # back of the tibia below the soleal line
            [(50, 1550), (67, 1548), (85, 1546)],
            [(54, 1650), (67, 1650), (81, 1650)],
            [(60, 1724), (67, 1725), (74, 1726)],
            [(mmx + 6, 1796), (mmx + 10, 1797), (mmx + 14, 1798)],  # behind the medial malleolus
            [(mmx + 4, 1832), (mmx + 8, 1834), (mmx + 12, 1836)],
        ]),
        "popliteus": Loft([
            [(134, 1374), (138, 1386)],  # lateral femoral condyle (tendon inside the capsule)
            [(114, 1380), (122, 1404)],
            [(86, 1394), (98, 1430)],
            [(56, 1410), (68, 1448)],  # back of the tibia above the soleal line
        ]),
        # lateral compartment (t = 0 towards the calf, t = 1 the outer edge)
        "fibularis_brevis": Loft([
            [(130, 1560), (outer_dx(1560) - 14, 1558)],  # lower two-thirds of the fibula
            [(124, 1640), (outer_dx(1640) - 6, 1638)],
            [(114, 1720), (outer_dx(1720) - 4, 1718)],
            [(110, 1780), (122, 1778)],
            [(108, 1826), (115, 1830)],  # behind the lateral malleolus
        ]),
        "soleus": Loft([
            [(fx - 4, fy + 10), (118, 1420), (90, 1432), (56, 1468)],  # fibula, soleal line, tibia
            [(138, 1560), (96, 1592), (40, 1570)],
            [(112, 1720), (100, 1736), (74, 1724)],
            [(104, 1782), (82, 1782)],  # Achilles tendon
            [(106, 1862), (76, 1862)],  # calcaneus
        ]),
        "plantaris": Loft([
            [(121, 1334), (134, 1338)],  # lateral supracondylar line, above the lateral head
            [(110, 1372), (130, 1378)],
            [(103, 1412), (117, 1414)],
            [(99, 1462), (104, 1462)],  # long thin tendon between gastrocnemius and soleus
            [(84, 1620), (88, 1620)],
            [(76, 1780), (80, 1780)],
            [(74, 1856), (78, 1856)],  # calcaneus, medial to the Achilles tendon
        ]),
        "fibularis_longus": Loft([
            [(fx - 2, fy + 10), (outer_dx(1404) - 3, 1402)],  # head and upper fibula
            [(141, 1460), (outer_dx(1460) - 3, 1458)],
            [(140, 1540), (outer_dx(1540) - 3, 1540)],
            [(136, 1620), (outer_dx(1620) - 4, 1620)],
            [(128, 1700), (137, 1700)],
            [(118, 1780), (125, 1780)],
            [(114, 1826), (121, 1830)],  # behind the lateral malleolus
        ]),
        "gluteus_medius": Loft([
            [(50, 853), (68, 828), (100, 810), (130, 805), (150, 812), (157, 832)],  # iliac crest
            [(150, 886), (172, 902)],  # lateral surface of the greater trochanter
        ]),
        # only its posterior border shows from behind, at the side of the hip below the crest, where
        # it overlaps the front edge of gluteus medius (drawn after it)
        "tensor_fasciae_latae": Loft([
            [(146, 828), (outer_dx(828) - 2, 828)],  # behind the ASIS (front of the iliac crest)
            [(150, 870), (outer_dx(870) - 2, 870)],
            [(160, 920), (outer_dx(920) - 2, 920)],
            [(168, 968), (outer_dx(968) - 3, 968)],  # into the iliotibial tract
        ]),
        "semitendinosus": Loft([
            [(ix - 12, iy + 12), (ix + 1, iy + 14)],  # ischial tuberosity (with the long head)
            [(44, 1100), (82, 1104)],
            [(46, 1200), (80, 1204)],
            [(54, 1278), (72, 1284)],
            [(50, 1338), (58, 1340)],
            [(40, 1402), (48, 1404)],  # pes anserinus, medial tibia
        ]),
        "biceps_femoris_long_head": Loft([
            [(ix + 1, iy + 12), (ix + 14, iy + 8)],  # ischial tuberosity
            [(84, 1110), (122, 1100)],
            [(102, 1218), (148, 1212)],
            [(ax + 6, ay + 10), (150, 1300)],
            [(lx - 8, ly - 6), (150, ly - 8)],
            [(fx - 6, fy - 4), (fx + 6, fy - 4)],  # head of the fibula
        ]),
        "gastrocnemius": Loft([
            [(outer_dx(1378) - 8, 1378), (148, 1354), (142, 1344), (134, 1344), (lx, ly), (bx, by), (mx, my),
             (62, 1344), (54, 1344), (48, 1354), (inner_dx(1378) + 6, 1378)],  # both heads (femoral condyles)
            [(outer_dx(1472) - 20, 1472), (100, 1506), (inner_dx(1482) + 6, 1482)],
            [(128, 1590), (100, 1626), (52, 1620)],
            [(108, 1690), (98, 1696), (86, 1690)],  # into the Achilles tendon
        ]),
        "gluteus_maximus": Loft([
            [(90, 826), (70, 838), (52, 856), (40, 888), (30, 926), (20, 960), (22, 992), (34, 1012)],  # ilium, sacrum, coccyx, sacrotuberous lig.
            [(134, 868), (128, 892), (118, 924), (108, 962), (100, 1000), (92, 1040), (88, 1064)],
            [(170, 912), (171, 948), (163, 1000), (151, 1060), (141, 1096)],  # IT tract, gluteal tuberosity
        ]),
    }


DEEP = {"quadratus_lumborum", "multifidus", "gluteus_minimus", "piriformis", "obturator_externus",
        "superior_gemellus", "obturator_internus", "inferior_gemellus", "quadratus_femoris",
        "biceps_femoris_short_head", "tibialis_posterior", "flexor_digitorum_longus", "popliteus",
        "fibularis_brevis", "plantaris"}

# parts of a loft drawn as tendon: (s0, s1, t0, t1); fibres stop where the tendon starts
TENDONS = {
    "piriformis": (0.9, 1.0, 0.1, 0.9),
    "obturator_internus": (0.38, 1.0, 0.22, 0.78),
    "biceps_femoris_long_head": (0.8, 1.0, 0.0, 1.0),
    "biceps_femoris_short_head": (0.85, 1.0, 0.0, 1.0),
    "semitendinosus": (0.62, 1.0, 0.0, 1.0),
    "semimembranosus": (0.0, 0.18, 0.0, 1.0),
    "soleus": (0.56, 1.0, 0.0, 1.0),
    "gastrocnemius": (0.86, 1.0, 0.0, 1.0),
    "longissimus": (0.86, 1.0, 0.0, 1.0),
    "iliocostalis_lumborum": (0.9, 1.0, 0.0, 1.0),
    "obturator_externus": (0.55, 1.0, 0.25, 0.75),
    "tensor_fasciae_latae": (0.84, 1.0, 0.0, 1.0),
    "popliteus": (0.0, 0.18, 0.0, 1.0),
    "plantaris": (0.36, 1.0, 0.0, 1.0),
    "tibialis_posterior": (0.62, 1.0, 0.0, 1.0),
    "flexor_digitorum_longus": (0.66, 1.0, 0.0, 1.0),
    "fibularis_longus": (0.55, 1.0, 0.0, 1.0),
    "fibularis_brevis": (0.72, 1.0, 0.0, 1.0),
}
FIBRE_RANGE = {  # s range of the fibres (default 0.04..0.96)
    "piriformis": (0.03, 0.9), "obturator_internus": (0.03, 0.38),
    "biceps_femoris_long_head": (0.03, 0.8), "biceps_femoris_short_head": (0.04, 0.85),
    "semitendinosus": (0.03, 0.62), "semimembranosus": (0.18, 0.97), "soleus": (0.03, 0.56),
    "gastrocnemius": (0.03, 0.86), "longissimus": (0.03, 0.86), "iliocostalis_lumborum": (0.03, 0.9),
    "obturator_externus": (0.03, 0.55), "tensor_fasciae_latae": (0.03, 0.84), "popliteus": (0.18, 0.97),
    "plantaris": (0.03, 0.34), "tibialis_posterior": (0.03, 0.62), "flexor_digitorum_longus": (0.03, 0.66),
    "fibularis_longus": (0.03, 0.55), "fibularis_brevis": (0.03, 0.72), "multifidus": (0.02, 0.98),
    "vastus_lateralis": (0.02, 0.98),
}

TRIGGER_POINTS = {  # muscle: [(name, s, t)] in loft coordinates
    "piriformis": [("lateral", 0.64, 0.5), ("medial", 0.14, 0.5)],
    # The sciatic nerve crosses the short rotators and quadratus femoris behind their middle:
    # their trigger points sit on the bellies beside it, never on its line (a client must not
    # read a cross as "press the nerve"). The gemelli and quadratus femoris are fleshy on both
    # sides of the nerve; the obturator internus outside the pelvis is tendon lateral to it.
    "superior_gemellus": [("belly", 0.86, 0.5)],  # lateral, towards the greater trochanter
    "obturator_internus": [("tendon", 0.76, 0.5)],  # lateral, between the gemelli
    "inferior_gemellus": [("belly", 0.15, 0.5)],  # medial, near the ischial tuberosity
    "quadratus_femoris": [("belly", 0.13, 0.5)],  # medial, beside the ischial tuberosity
    # (gastrocnemius' lateral head, plantaris, soleus and obturator externus likewise keep their
    # crosses clear of the nerve lines drawn over them: tests/test_trigger_points_off_nerve.py)
    "gluteus_maximus": [("trp1", 0.1, 0.34), ("trp2", 0.22, 0.6), ("trp3", 0.1, 0.82)],
    "gluteus_medius": [("trp1", 0.13, 0.12), ("trp2", 0.12, 0.5), ("trp3", 0.17, 0.78)],
    "gluteus_minimus": [("anterior", 0.32, 0.8), ("posterior", 0.3, 0.2)],
    "quadratus_lumborum": [("superficial_upper", 0.14, 0.74), ("superficial_lower", 0.84, 0.74),
                           ("deep_upper", 0.5, 0.16), ("deep_lower", 0.82, 0.16)],
    "adductor_magnus": [("proximal", 0.16, 0.5), ("mid_thigh", 0.55, 0.93)],
    "biceps_femoris_long_head": [("distal", 0.62, 0.55)],
    "biceps_femoris_short_head": [("distal", 0.5, 0.6)],
    "semitendinosus": [("mid", 0.3, 0.45), ("distal", 0.5, 0.45)],
    "semimembranosus": [("mid", 0.42, 0.5), ("distal", 0.64, 0.4)],
    "gastrocnemius": [("medial_head", 0.13, 0.86), ("lateral_head", 0.09, 0.3), ("medial_belly", 0.46, 0.8)],
    # lower_lateral: the rare trigger point a little above and lateral to the lowest one, the one
    # whose pattern reaches the sacroiliac joint (Travell & Simons, soleus chapter, via summaries)
    # (the tibial nerve runs deep to the lower two, between them as drawn)
    "soleus": [("upper", 0.05, 0.2), ("lower", 0.42, 0.88), ("lower_lateral", 0.38, 0.38)],
    "multifidus": [("l1", 0.22, 0.45), ("s1", 0.6, 0.35), ("s4", 0.86, 0.45)],
    "iliocostalis_lumborum": [("l1", 0.32, 0.6)],
    "longissimus": [("upper", 0.12, 0.55), ("lower", 0.3, 0.5)],
    "tensor_fasciae_latae": [("belly", 0.3, 0.45)],
    "obturator_externus": [("belly", 0.22, 0.5)],
    "vastus_lateralis": [("posterolateral", 0.45, 0.55)],
    "popliteus": [("belly", 0.8, 0.5)],  # medial, clear of the tibial nerve
    "plantaris": [("belly", 0.19, 0.4)],
    "fibularis_longus": [("upper", 0.15, 0.55)],
    "fibularis_brevis": [("lower", 0.35, 0.3)],
    "tibialis_posterior": [("upper", 0.16, 0.8)],  # beside the tibial nerve, not under it
    "flexor_digitorum_longus": [("upper", 0.14, 0.5)],
}


def context():
    """Non-selectable muscles for a real-plate look: (name, label, left-side points)."""
    it = [(outer_dx(y) - 3, y) for y in (905, 960, 1040, 1120, 1200, 1280, 1340)]
    it_in = [(outer_dx(y) - w, y) for y, w in ((1340, 14), (1280, 16), (1200, 17), (1120, 17),
                                                   (1040, 17), (960, 16), (905, 12))]
    gr_in = [(inner_dx(y) + 5, y) for y in (1088, 1150, 1240, 1320, 1380)]
    ax, ay = LM["popliteal_apex"]
    bx, by = LM["popliteal_bottom"]
    return [
        ("popliteal_fat", "Popliteal fat pad (vessels)", [
            (ax, ay - 24), (124, 1322), (150, 1364), (128, 1410), (bx, by + 14), (70, 1410),
            (48, 1364), (76, 1322)]),
        # seen once the erector spinae are peeled: the fascia between them and quadratus lumborum
        ("thoracolumbar_fascia", "Thoracolumbar fascia (middle layer)", [
            (20, 640), (44, 628), (62, 664), (72, 730), (70, 800), (62, 846), (40, 862), (20, 852)]),
        ("latissimus_dorsi", "Latissimus dorsi", [
            (44, 590), (100, 530), (150, 508), (164, 522), (160, 600), (149, 690), (146, 770),
            (140, 800), (118, 790), (80, 700)]),
        # the thoracic erector spinae above the lumbar columns drawn as muscles
        ("erector_spinae", "Erector spinae (thoracic part)", [
            (12, 628), (28, 592), (40, 562), (56, 560), (70, 582), (78, 614), (76, 640), (12, 652)]),
        ("trapezius", "Trapezius", [
            (0, 276), (24, 279), (44, 300), (50, 330), (110, 354), (196, 374), (228, 390), (196, 412),
            (128, 432), (80, 476), (40, 566), (0, 654)]),
        ("deltoid", "Deltoid", [
            (204, 384), (240, 392), (260, 424), (264, 474), (256, 536), (240, 566), (226, 520),
            (206, 452), (196, 408)]),
        # deep posterior compartment, lateral part (seen once soleus is removed)
        ("flexor_hallucis_longus", "Flexor hallucis longus", [
            (118, 1500), (136, 1478), (150, 1530), (146, 1630), (132, 1716), (110, 1790), (92, 1832),
            (84, 1824), (98, 1766), (110, 1690), (116, 1600)]),
        ("iliotibial_tract", "Iliotibial tract", it + [(146, 1376)] + it_in),
        ("gracilis", "Gracilis", gr_in + [(46, 1404), (46, 1330), (38, 1240), (30, 1150), (24, 1094)]),
    ]


def regions():
    """Closed polylines (dx, y) for each region; neighbours share their boundary points exactly."""
    rib_line = dense_open([(0, 664), (50, 684), (100, 708), (outer_dx(730), 730)], 6)
    crest_line = dense_open([(0, 850), (LM["psis"][0], LM["psis"][1] - 4), (80, 818),
                             (LM["crest_top"][0], LY["crest"] - 1), (150, 808), (outer_dx(818), 818)], 6)
    fold_line = dense_open([SKIN_CROTCH, (30, 1040), (70, 1034), (110, 1026), (150, 1008),
                            (outer_dx(990), 990)], 6)
    ax, ay = LM["popliteal_apex"]
    lx, ly = LM["popliteal_lateral"]
    mx, my = LM["popliteal_medial"]
    bx, by = LM["popliteal_bottom"]
    thigh_low = [(outer_dx(ly), ly), (lx, ly), (ax, ay), (mx, my), (inner_dx(my), my)]
    calf_top = [(outer_dx(ly), ly), (lx, ly), (bx, by), (mx, my), (inner_dx(my), my)]
    ank = LY["ankle"] - 12
    lower_back = rib_line + chain_cut(OUTER_CHAIN, 730, 818)[1:-1] + crest_line[::-1]
    gluteal = crest_line + chain_cut(OUTER_CHAIN, 818, 990)[1:-1] + fold_line[::-1]
    thigh = fold_line + chain_cut(OUTER_CHAIN, 990, ly)[1:-1] + thigh_low[::-1] \
        + chain_cut(INNER_CHAIN, SKIN_CROTCH[1], my)[::-1][1:-1]
    fossa = [(ax, ay), (lx, ly), (bx, by), (mx, my)]
    calf = calf_top + chain_cut(INNER_CHAIN, my, ank)[1:-1] + [(inner_dx(ank), ank), (outer_dx(ank), ank)] \
        + chain_cut(OUTER_CHAIN, ly, ank)[::-1][1:-1]
    return {"lower_back": lower_back, "gluteal": gluteal, "posterior_thigh": thigh,
            "popliteal_fossa": fossa, "calf": calf}


def dermatomes():
    return {
        "L4": offset_strip([(48, 1360), (46, 1480), (52, 1620), (62, 1740), (64, 1808)],
                           [10, 12, 11, 8, 6], seed=41, wobble=0.04),
        "L5": offset_strip([(146, 1410), (152, 1500), (142, 1620), (126, 1730), (118, 1790)],
                           [8, 9, 9, 7, 6], seed=51, wobble=0.04),
        # S1 begins in the back-outer calf (standard clinical maps) and runs to the heel and outer foot
        "S1": [(108, 1456), (124, 1462), (138, 1500), (140, 1580), (134, 1680), (126, 1760),
               (128, 1860), (118, 1890), (88, 1894), (68, 1884), (72, 1842), (90, 1780), (100, 1680),
               (102, 1580), (102, 1500)],
        "S2": offset_strip([(86, 1060), (98, 1160), (100, 1260), (100, 1360), (98, 1440)],
                           [14, 16, 15, 13, 10], seed=21, wobble=0.04),
    }


def nerves():
    """Centre lines (dx, y) of each stretch; each stretch starts where the previous one ends."""
    g = LM["sciatic_start"]  # top of the greater sciatic foramen, in front of piriformis
    ax, ay = LM["popliteal_apex"]
    bx, by = LM["popliteal_bottom"]
    fx, fy = LM["fibula_head"]
    mmx, mmy = LM["medial_malleolus"]
    exit_pt = (74, piriformis_lower(74) + 6)
    rot_end = (110, piriformis_lower(110) + 68.5)  # boundary inferior gemellus / quadratus femoris
    fold_pt = (112, 1028)
    mid_thigh = (108, (1028 + ay) / 2)
    return [
        ("roots", "sciatic_nerve", 5, [
            [(40, 790), (48, 846), (54, 888), g],  # L4 (lumbosacral trunk)
            [(36, 826), (44, 870), g],  # L5
            [(30, 858), (42, 890), g],  # S1
            [(27, 880), (42, 903), g],  # S2
            [(25, 900), (40, 912), g],  # S3
        ]),
        ("infrapiriform", "sciatic_nerve", 16, [[g, (66, g[1] + 8), exit_pt]]),
        ("short_rotators", "sciatic_nerve", 16, [[exit_pt, (92, 946), (103, 964), rot_end]]),
        ("ischiofemoral", "sciatic_nerve", 16, [[rot_end, (112, 1004), fold_pt]]),
        ("thigh_upper", "sciatic_nerve", 13, [[fold_pt, (110, 1100), mid_thigh]]),
        ("thigh_lower", "sciatic_nerve", 13, [[mid_thigh, (105, 1230), (ax, ay)]]),
        ("tibial_popliteal", "tibial_nerve", 9, [[(ax, ay), (101, 1366), (bx, by)]]),
        ("tibial_calf", "tibial_nerve", 9, [[(bx, by), (96, 1560), (86, 1690), (74, 1776),
                                              (mmx + 11, mmy - 6)]]),
        ("fibular_popliteal", "common_fibular_nerve", 7, [[(ax, ay), (116, 1322), (126, 1352),
                                                            (fx - 9, fy - 16), (fx - 6, fy + 2)]]),
        # round the neck of the fibula, beneath fibularis longus (the fibular tunnel), to the front
        ("fibular_head", "common_fibular_nerve", 7, [[(fx - 6, fy + 2), (fx - 1, fy + 14), (fx + 7, fy + 24),
                                                       (fx + 15, fy + 30)]]),
    ]


def edge(chain_dx_fn, ys, inset):
    """Points a fixed distance inside the skin edge (outer_dx: inset > 0 moves inwards; inner_dx: < 0)."""
    return [(chain_dx_fn(y) - inset, y) for y in ys]


def zones():
    """muscle: [(kind, outline points)] where the referred pain is felt (clinical-facts.md s.5)."""
    S, B = offset_strip, blob
    si = lambda seed: B((40, 878), 20, 32, 0, seed)  # sacroiliac region
    buttock_hip = lambda seed: B((106, 946), 56, 42, -12, seed)
    post_thigh = lambda seed: S([(96, 1046), (100, 1120), (100, 1196)], [36, 32, 22], seed)
    semis_ess = lambda seed: [("essential", B((64, 1024), 36, 20, 6, seed)),
                              ("essential", S([(50, 1064), (52, 1160), (58, 1262)], [20, 22, 18], seed + 1))]
    semis_spill = lambda seed: [("spillover", B((88, 1368), 28, 30, 0, seed)),
                                ("spillover", S([(56, 1420), (52, 1500), (54, 1560)], [15, 17, 13], seed + 1))]
    return {
        "quadratus_lumborum": [
            ("essential", si(1)), ("essential", B((70, 1004), 38, 24, 0, 2)),
            ("essential", S([(60, 846), (90, 816), (125, 808), (150, 816)], [10, 11, 11, 9], 3)),
            ("essential", B((162, 928), 12, 26, 0, 4)),
            ("spillover", S([(166, 992), (164, 1060), (158, 1120)], [8, 9, 7], 5))],
        "gluteus_minimus": [
            ("essential", B((78, 1000), 42, 28, 0, 6)),
            ("essential", S([(96, 1046), (100, 1150), (100, 1270)], [30, 28, 20], 7)),
            ("essential", S([(166, 960), (166, 1080), (154, 1220), (146, 1320)], [9, 10, 9, 7], 8)),
            ("spillover", S([(96, 1452), (96, 1560), (94, 1660)], [34, 40, 24], 9)),
            ("spillover", S([(148, 1420), (152, 1520), (141, 1640), (123, 1750), (116, 1798)],
                            [7, 8, 8, 7, 5], 10))],
        "piriformis": [
            ("essential", si(11)), ("essential", buttock_hip(12)), ("spillover", post_thigh(13))],
        "superior_gemellus": [
            ("essential", si(14)), ("essential", buttock_hip(15)), ("spillover", post_thigh(16))],
        # Travell & Simons' pelvic-floor pattern: the coccyx and anal region (rectal fullness and the
        # vaginal part cannot be shown on a back view), spilling down the back of the thigh
        "obturator_internus": [
            ("essential", B((9, 984), 11, 24, 0, 17)), ("spillover", post_thigh(18))],
        "inferior_gemellus": [
            ("essential", B((102, 962), 54, 42, -6, 19)), ("spillover", post_thigh(20))],
        "quadratus_femoris": [
            ("essential", B((108, 978), 50, 36, -4, 21)),
            ("spillover", S([(96, 1044), (100, 1110), (100, 1160)], [32, 28, 20], 22))],
        "adductor_magnus": [
            ("essential", S([(30, 1074), (34, 1160), (42, 1260), (48, 1330)], [11, 13, 12, 9], 23))],
        "biceps_femoris_short_head": [
            ("essential", B((118, 1370), 24, 30, 0, 24)),
            ("spillover", S([(134, 1180), (136, 1250), (132, 1318)], [16, 17, 13], 25))],
        "semimembranosus": semis_ess(26) + semis_spill(28),
        # spillover 1: the upper calf (from the high trigger point near the fibular head);
        # spillover 2: the sacroiliac joint (from the rare lower_lateral trigger point)
        "soleus": [
            # the lower Achilles (narrow), then the back and underside of the heel (the calcaneus)
            ("essential", S([(90, 1768), (90, 1812), (90, 1848), (89, 1878)], [10, 12, 25, 27], 30, cap=0.3)),
            ("spillover", B((100, 1500), 31, 46, 0, 31)), ("spillover", si(32))],
        "gluteus_medius": [
            ("essential", S([(50, 852), (70, 828), (100, 812), (130, 810)], [11, 12, 11, 9], 33)),
            ("essential", B((30, 890), 22, 34, 0, 34)), ("essential", B((102, 904), 48, 34, 0, 35)),
            ("spillover", S([(152, 1000), (152, 1080), (148, 1150)], [18, 18, 14], 36))],
        "semitendinosus": semis_ess(37) + semis_spill(39),
        "biceps_femoris_long_head": [
            ("essential", B((120, 1368), 26, 30, 0, 41)),
            ("spillover", S([(132, 1150), (136, 1230), (132, 1318)], [17, 19, 15], 42)),
            ("spillover", B((124, 1460), 20, 30, 0, 43))],
        "gastrocnemius": [
            ("essential", B((100, 1374), 32, 32, 0, 44)), ("essential", B((60, 1868), 9, 22, 8, 45)),
            ("spillover", S([(98, 1474), (98, 1580), (96, 1676)], [40, 42, 26], 46))],
        "gluteus_maximus": [
            ("essential", S([(38, 852), (31, 900), (25, 950), (34, 998), (62, 1022)],
                            [11, 12, 12, 11, 9], 47)),
            ("essential", B((98, 936), 64, 60, -6, 48)), ("essential", B((12, 968), 11, 15, 0, 49)),
            ("spillover", S([(90, 1050), (96, 1110), (98, 1166)], [32, 28, 20], 50))],
        # --- the muscles added for the lateral hip, lower back, knee, calf and lateral leg ---
        "tensor_fasciae_latae": [
            ("essential", B((164, 926), 14, 30, 0, 60)),  # side of the hip over the greater trochanter
            ("essential", S(edge(outer_dx, (966, 1060, 1160), 11), [8, 9, 8], 61)),  # outer thigh
            ("spillover", S(edge(outer_dx, (1186, 1280, 1366), 10), [7, 7, 6], 62))],  # towards the knee
        "obturator_externus": [
            ("essential", S([(20, 1060), (24, 1110), (30, 1160)], [9, 11, 9], 63)),  # inner upper thigh
            ("spillover", B((70, 990), 22, 18, 0, 64)),  # lower inner buttock
            ("spillover", B((8, 1024), 8, 13, 0, 65))],  # perineum beside the midline
        "multifidus": [
            ("essential", B((9, 714), 10, 18, 0, 66)),  # over the L1-L2 spinous processes
            ("essential", B((9, 856), 10, 18, 0, 67)),  # over the S1-S2 sacrum
            ("essential", B((9, 914), 9, 14, 0, 68)),  # lower sacrum (S4)
            ("spillover", S([(56, 984), (62, 1030), (70, 1080)], [18, 18, 14], 69)),  # buttock, upper hamstrings
            ("spillover", B((5, 962), 7, 11, 0, 70))],  # coccyx
        "iliocostalis_lumborum": [
            ("essential", B((94, 950), 30, 28, 0, 71)),  # mid-buttock
            ("essential", S([(76, 728), (74, 780), (72, 826)], [9, 11, 9], 72))],  # low back below it
        "longissimus": [
            ("essential", S([(44, 742), (50, 810), (62, 872), (74, 910)], [10, 13, 15, 13], 73)),  # low back to upper buttock
            ("essential", B((38, 994), 18, 22, 0, 74)),  # lower buttock towards the fold and the cleft
            ("spillover", si(75))],
        "vastus_lateralis": [
            ("essential", S(edge(outer_dx, (990, 1100, 1220, 1330), 13), [9, 11, 10, 8], 76)),  # outer thigh
            ("essential", B((116, 1334), 16, 20, 0, 77)),  # behind the knee, outer half
            ("spillover", B((outer_dx(1384) - 11, 1384), 8, 22, 0, 78))],  # outer side of the knee
        "popliteus": [
            ("essential", B((98, 1374), 30, 28, 0, 79)),  # back of the knee
            ("spillover", B((96, 1450), 24, 18, 0, 80))],  # upper calf
        "plantaris": [
            ("essential", B((112, 1388), 13, 13, 0, 81)),  # back of the knee, lower outer fossa
            ("spillover", S([(106, 1414), (104, 1462), (102, 1508)], [11, 13, 9], 82))],  # upper calf
        "fibularis_longus": [
            ("essential", B((outer_dx(1820) - 16, 1820), 13, 26, 0, 83)),  # above, behind and below the lateral malleolus
            ("spillover", S(edge(outer_dx, (1852, 1868, 1884), 9), [6, 7, 5], 84)),  # outer border of the foot
            ("spillover", S(edge(outer_dx, (1540, 1600, 1660), 10), [7, 8, 7], 85))],  # middle third, outer leg
        "fibularis_brevis": [
            ("essential", B((outer_dx(1820) - 16, 1820), 11, 27, 0, 86)),  # round the lateral malleolus
            ("spillover", S(edge(outer_dx, (1858, 1872, 1886), 9), [6, 6, 4], 87))],  # outer side of the foot
        "tibialis_posterior": [
            ("essential", S([(90, 1728), (90, 1772), (90, 1812)], [10, 12, 11], 88)),  # Achilles above the heel
            ("spillover", B((96, 1600), 26, 40, 0, 89)),  # mid-calf
            ("spillover", B((90, 1880), 20, 12, 0, 90)),  # the heel
            ("spillover", S([(62, 1893), (80, 1896), (100, 1895)], [4, 4, 4], 91))],  # sole (edge-on)
        "flexor_digitorum_longus": [
            # the ball of the foot and the lesser toes lie on the sole, which a back view sees only edge-on
            ("essential", S([(56, 1891), (80, 1896), (112, 1894)], [5, 5, 5], 92)),
            ("spillover", S(edge(inner_dx, (1640, 1720, 1790, 1830), -11), [8, 9, 9, 8], 93))],  # inner calf, medial malleolus
    }


# ----------------------------------------------------------------------------------------------
# 5. SVG output
# ----------------------------------------------------------------------------------------------
MUSCLE_ORDER = list(muscles().keys())


def attrs(**kw):
    return " ".join(f'{k.rstrip("_").replace("_", "-")}="{v}"' for k, v in kw.items() if v is not None)


def el_path(ident, d, **kw):
    return f'<path id="{ident}" {attrs(**kw)} d="{d}"/>'


def svg_skin():
    return [el_path("skin", bez_closed(skin_points()), fill=PALETTE["skin"],
                    stroke=PALETTE["skin_line"], stroke_width="2", stroke_linejoin="round")]


def svg_bones():
    sided, midline = bones()
    out = []
    style = dict(fill=PALETTE["bone"], stroke=PALETTE["bone_line"], stroke_width="1.5")
    for stem, label, pts in midline:
        out.append(el_path(f"bone-{stem}", bez_closed(pts), class_="bone", data_label=label, **style))
    for stem, label, pts in sided:
        for side in SIDES:
            out.append(el_path(f"bone-{stem}-{side}", bez_closed(place(pts, side)), class_="bone",
                               data_label=label, data_side=side, **style))
    return out


def svg_context():
    out = []
    for name, label, pts in context():
        for side in SIDES:
            out.append(el_path(f"context-{name}-{side}", bez_closed(place(pts, side)), class_="context",
                               data_label=label, data_side=side,
                               fill=PALETTE["fat" if name.endswith("_fat") else
                                            "tendon" if name.endswith("_fascia") else "context"],
                               stroke=PALETTE["context_line"], stroke_width="1.2"))
    return out


def svg_muscles():
    out = []
    for name, loft in muscles().items():
        deep = name in DEEP
        for side in SIDES:
            mid = f"{name}-{side}"
            out.append(el_path(mid, bez_closed(place(loft.outline(), side)), class_="muscle",
                               data_structure=name, data_side=side,
                               fill=PALETTE["muscle_deep" if deep else "muscle"],
                               stroke=PALETTE["muscle_line"], stroke_width="1.5", stroke_linejoin="round"))
            s0, s1 = FIBRE_RANGE.get(name, (0.04, 0.93))
            n = max(3, int(loft.width((s0 + s1) / 2) / 6.5))
            fib = loft.fibres(n, s0, s1)
            d = " ".join(bez_open(place(f, side)) for f in fib)
            out.append(el_path(f"{mid}-fibres", d, class_="fibres", data_for=mid, fill="none",
                               stroke=PALETTE["fibre"], stroke_width="0.8", stroke_linecap="round",
                               opacity="0.85"))
            if name in TENDONS:
                a, b, c, e = TENDONS[name]
                pts = loft.outline(a, b, c, e)
                out.append(el_path(f"{mid}-tendon", bez_closed(place(pts, side)), class_="tendon",
                                   data_for=mid, fill=PALETTE["tendon"], stroke=PALETTE["tendon_line"],
                                   stroke_width="1"))
    return out


def svg_regions():
    out = []
    for name, pts in regions().items():
        for side in SIDES:
            out.append(el_path(f"region-{name}-{side}", poly_path(place(pts, side)), class_="region",
                               data_structure=name, data_side=side, fill="none",
                               stroke=PALETTE["region_line"], stroke_width="1",
                               stroke_dasharray="6 5", opacity="0.35"))
    return out


def svg_dermatomes():
    out = []
    for root, pts in dermatomes().items():
        for side in SIDES:
            out.append(el_path(f"dermatome-{root.lower()}-{side}", bez_closed(place(pts, side)),
                               class_="dermatome", data_root=root, data_side=side, fill="none",
                               stroke=PALETTE["dermatome"], stroke_width="1.5",
                               stroke_dasharray="4 4", opacity="0.5"))
    return out


def svg_nerves():
    out = []
    for stretch, nerve, width, lines in nerves():
        for side in SIDES:
            d = " ".join(bez_open(place(line, side)) for line in lines)
            out.append(el_path(f"nerve-{stretch}-{side}", d, class_="nerve", data_structure=nerve,
                               data_stretch=stretch, data_side=side, data_width=str(width),
                               fill="none", stroke=PALETTE["nerve"], stroke_width=str(width),
                               stroke_linecap="round", stroke_linejoin="round"))
    return out


def svg_zones():
    out = []
    for muscle, items in zones().items():
        count = {"essential": 0, "spillover": 0}
        for kind, pts in items:
            count[kind] += 1
            for side in SIDES:
                out.append(el_path(f"zone-{muscle}-{kind}-{count[kind]}-{side}",
                                   bez_closed(place(pts, side)), class_="zone", data_muscle=muscle,
                                   data_kind=kind, data_side=side, fill=PALETTE["zone"],
                                   opacity="0.55" if kind == "essential" else "0.25"))
    return out


def trigger_point_centres():
    lofts = muscles()
    for muscle, items in TRIGGER_POINTS.items():
        for name, s, t in items:
            yield muscle, name, lofts[muscle].at(s, t)


def svg_trigger_points():
    out = []
    for muscle, name, (dx, y) in trigger_point_centres():
        for side in SIDES:
            out.append(f'<circle id="trp-{muscle}-{name}-{side}" class="trigger-point" '
                       f'data-muscle="{muscle}" data-name="{name}" data-side="{side}" '
                       f'cx="{fmt(X(dx, side))}" cy="{fmt(y)}" r="7" fill="{PALETTE["trp"]}" '
                       f'stroke="{PALETTE["halo"]}" stroke-width="2"/>')
    return out


LAYERS = [
    ("layer-skin", svg_skin),
    ("layer-bones", svg_bones),
    ("layer-muscles", lambda: svg_context() + svg_muscles()),
    ("layer-regions", svg_regions),
    ("layer-dermatomes", svg_dermatomes),
    ("layer-nerves", svg_nerves),
    ("layer-zones", svg_zones),
    ("layer-trigger-points", svg_trigger_points),
]


def build_svg() -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W} {VIEW_H}" '
             f'width="{VIEW_W}" height="{VIEW_H}">',
             "<!-- Generated by tools/draw_body.py from anatomical landmarks. Do not edit by hand. -->"]
    for gid, fn in LAYERS:
        lines.append(f'<g id="{gid}">')
        lines += fn()
        lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def output_path() -> str:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, "assets", "bodymap.svg")


# ----------------------------------------------------------------------------------------------
# 6. Self-check (python tools/draw_body.py --check)
# ----------------------------------------------------------------------------------------------
def _inside(p, poly):
    x, y = p
    c = False
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def _seg_dist(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    L2 = dx * dx + dy * dy
    k = 0 if L2 == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / L2))
    return math.hypot(px - ax - k * dx, py - ay - k * dy)


def _edge_dist(p, poly):
    return min(_seg_dist(p, poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly)))


def _rings(path):
    """Flatten an svgelements Path into rings of points (like bodymap's importer)."""
    from svgelements import Close, Line, Move
    rings, cur = [], []
    for seg in path:
        if isinstance(seg, Move):
            if len(cur) > 1:
                rings.append(cur)
            cur = [(float(seg.end.x), float(seg.end.y))]
        elif isinstance(seg, (Line, Close)):
            if seg.end is not None:
                cur.append((float(seg.end.x), float(seg.end.y)))
        else:
            for i in range(1, 11):
                q = seg.point(i / 10)
                cur.append((float(q.x), float(q.y)))
    if len(cur) > 1:
        rings.append(cur)
    return rings


def required_ids():
    ids = ["skin", "bone-sacrum", "bone-coccyx", "bone-lumbar-spine"]
    for side in SIDES:
        for b in ("ilium", "ischial-tuberosity", "greater-trochanter", "femur", "rib12",
                  "fibula-head", "tibia", "calcaneus"):
            ids.append(f"bone-{b}-{side}")
        for m in MUSCLE_ORDER:
            ids += [f"{m}-{side}", f"{m}-{side}-fibres"]
        for r in ("lower_back", "gluteal", "posterior_thigh", "popliteal_fossa", "calf"):
            ids.append(f"region-{r}-{side}")
        for root in ("l4", "l5", "s1", "s2"):
            ids.append(f"dermatome-{root}-{side}")
        for stretch, *_ in nerves():
            ids.append(f"nerve-{stretch}-{side}")
        for m in MUSCLE_ORDER:
            ids.append(f"zone-{m}-essential-1-{side}")
            for name, _, _ in TRIGGER_POINTS[m]:
                ids.append(f"trp-{m}-{name}-{side}")
    return ids


def check(path: str) -> int:
    import re
    import xml.etree.ElementTree as ET
    from svgelements import SVG, Circle, Path, Shape

    problems = []
    data = open(path, "rb").read()
    text = data.decode("utf-8")
    all_ids = re.findall(r'\sid="([^"]+)"', text)
    dups = {i for i in all_ids if all_ids.count(i) > 1}
    if dups:
        problems.append(f"duplicate ids: {sorted(dups)}")
    missing = [i for i in required_ids() if i not in all_ids]
    if missing:
        problems.append(f"missing ids: {missing}")
    for bad in ("<text", "<use", "transform=", "<style", "Gradient"):
        if bad in text:
            problems.append(f"forbidden construct {bad!r} in the SVG")
    for d in re.findall(r' d="([^"]+)"', text):
        if re.search(r"[^MLCQZ0-9 .\-]", d):
            problems.append(f"path uses other commands: {d[:40]}")
            break
    # group order
    root = ET.fromstring(data)
    groups = [g.get("id") for g in root if g.tag.endswith("g")]
    if groups != [g for g, _ in LAYERS]:
        problems.append(f"group order {groups}")
    # svgelements reads it, with the attributes
    svg = SVG.parse(path, reify=True)
    shapes = {}
    n_struct = 0
    for el in svg.elements():
        if not isinstance(el, Shape):
            continue
        v = el.values
        ident = v.get("id")
        if not ident:
            continue
        if f'id="{ident}" ' in text and "data-structure" in text.split(f'id="{ident}" ', 1)[1].split(">", 1)[0]:
            n_struct += 1
            for key in ("data-structure", "data-side", "class"):
                if key not in v:
                    problems.append(f"{ident}: svgelements lost {key}")
        shapes[ident] = el
    want_struct = len(re.findall(r"data-structure=", text))
    if n_struct != want_struct:
        problems.append(f"svgelements saw {n_struct} of {want_struct} data-structure elements")

    def rings(ident):
        el = shapes[ident]
        return _rings(Path(el) if isinstance(el, Circle) else el)

    skin = rings("skin")[0]
    for m in MUSCLE_ORDER:
        for side in SIDES:
            ident = f"{m}-{side}"
            poly = rings(ident)[0]
            out = [p for p in poly if not _inside(p, skin)]
            if out:
                problems.append(f"{ident}: {len(out)} outline points outside the skin, e.g. {out[0]}")
            fib = rings(f"{ident}-fibres")
            if not fib:
                problems.append(f"{ident}: no fibres")
            for r in fib:
                bad = [p for p in r if not _inside(p, poly) and _edge_dist(p, poly) > 1.0]
                if bad:
                    problems.append(f"{ident}: fibre point outside the muscle {bad[0]}")
                    break
            for name, _, _ in TRIGGER_POINTS[m]:
                c = shapes[f"trp-{m}-{name}-{side}"]
                p = (float(c.cx), float(c.cy))
                if not _inside(p, poly):
                    problems.append(f"trp-{m}-{name}-{side} outside its muscle")
                elif _edge_dist(p, poly) < 6:
                    problems.append(f"trp-{m}-{name}-{side} only {_edge_dist(p, poly):.1f} from the edge")
    # short rotators: thinnest part >= 18 (perpendicular), gaps between neighbours
    for m in ROTATOR_BANDS:
        for side in SIDES:
            poly = rings(f"{m}-{side}")[0]
            xs = [p[0] for p in poly]
            x0, x1 = min(xs), max(xs)
            thin = 1e9
            prev = None
            for k in range(1, 20):
                x = x0 + (x1 - x0) * (0.04 + 0.92 * k / 20)
                ys = []
                for i in range(len(poly)):
                    (ax_, ay_), (bx_, by_) = poly[i], poly[(i + 1) % len(poly)]
                    if (ax_ - x) * (bx_ - x) <= 0 and ax_ != bx_:
                        ys.append(ay_ + (by_ - ay_) * (x - ax_) / (bx_ - ax_))
                if len(ys) >= 2:
                    mid = (min(ys) + max(ys)) / 2
                    if prev is not None:
                        slope = (mid - prev[1]) / (x - prev[0])
                        thin = min(thin, (max(ys) - min(ys)) * math.cos(math.atan(slope)))
                    prev = (x, mid)
            if thin < 18:
                problems.append(f"{m}-{side}: thinnest part {thin:.1f} < 18")
    # nerves chain end to end
    for side in SIDES:
        ends = {}
        for stretch, *_ in nerves():
            rs = rings(f"nerve-{stretch}-{side}")
            ends[stretch] = (rs, rs[0][0], rs[-1][-1])
        chain = [("roots", "infrapiriform"), ("infrapiriform", "short_rotators"),
                 ("short_rotators", "ischiofemoral"), ("ischiofemoral", "thigh_upper"),
                 ("thigh_upper", "thigh_lower"), ("thigh_lower", "tibial_popliteal"),
                 ("thigh_lower", "fibular_popliteal"), ("tibial_popliteal", "tibial_calf"),
                 ("fibular_popliteal", "fibular_head")]
        for a, b in chain:
            a_rings = ends[a][0]
            start_b = ends[b][1]
            for r in a_rings:
                if math.dist(r[-1], start_b) > 0.5:
                    problems.append(f"nerve {a} -> {b} ({side}) does not join: {r[-1]} vs {start_b}")
        for stretch, (rs, _, _) in ends.items():
            for r in rs:
                if any(not _inside(p, skin) for p in r):
                    problems.append(f"nerve-{stretch}-{side} leaves the skin")
    # every muscle has an essential zone on both sides; zones mostly inside the skin (warn)
    warnings = []
    for ident in shapes:
        if ident.startswith(("zone-", "dermatome-", "context-", "region-")):
            poly = rings(ident)[0]
            out = [p for p in poly if not _inside(p, skin) and _edge_dist(p, skin) > 2.5]
            if out:
                warnings.append(f"{ident}: {len(out)} points outside the skin")
    for w in warnings:
        print("warning:", w)
    size = len(data)
    print(f"{path}: {size / 1024:.0f} KB, {len(all_ids)} ids")
    if size > 600 * 1024:
        problems.append("file larger than 600 KB")
    for p in problems:
        print("PROBLEM:", p)
    print("check:", "OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv):
    out = output_path()
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(build_svg())
    print(f"wrote {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
