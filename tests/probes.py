"""Find points to click: inside a structure and answered by the picker as that structure."""

from __future__ import annotations

from bodymap.core.atlas import Atlas, Shape
from bodymap.core.geometry import Point, distance_to_polyline, point_in_polygon
from bodymap.core.ids import Ref
from bodymap.core.look import Look
from bodymap.core.picking import Picker


def _candidates(shape: Shape, steps: int = 28) -> list[tuple[float, Point]]:
    found: list[tuple[float, Point]] = []
    x0, y0, x1, y1 = shape.box
    for ring in shape.rings:
        for i in range(steps):
            for j in range(steps):
                p = (x0 + (x1 - x0) * (i + 0.5) / steps, y0 + (y1 - y0) * (j + 0.5) / steps)
                if shape.closed and point_in_polygon(p, ring):
                    found.append((distance_to_polyline(p, ring, closed=True), p))
    if not shape.closed:
        for ring in shape.rings:
            for k in range(1, len(ring) - 1):
                found.append((1.0, ring[k]))
    found.sort(key=lambda t: -t[0])
    return found


def clickable_point(atlas: Atlas, look: Look, ref: Ref, tolerance: float = 0.0) -> Point:
    """A point well inside the structure's drawn outline that the picker maps to ``ref``."""
    assert ref.side is not None
    picker = Picker(atlas)
    st = atlas.structure(ref.id)
    if st.kind == "nerve":
        shapes = [s for stretch in st.stretches for s in atlas.stretch_shapes(stretch, ref.side)]
    else:
        outline = atlas.outline(ref.id, ref.side)
        assert outline is not None, f"{ref} has no outline"
        shapes = [outline]
    d = max(tolerance / 4, 0.5)  # about a screen pixel: the click lands on a whole pixel
    for shape in shapes:
        for _, p in _candidates(shape):
            around = [p, (p[0] - d, p[1]), (p[0] + d, p[1]), (p[0], p[1] - d), (p[0], p[1] + d)]
            if all(picker.pick(look, q, tolerance) == ref for q in around):
                return p
    raise AssertionError(f"no point of {ref} is pickable: it is covered or too small")
