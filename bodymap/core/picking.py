"""Which structure is under a point: exact outlines first, then a tolerance in drawing units."""

from __future__ import annotations

from bodymap.core.atlas import Atlas, Shape
from bodymap.core.geometry import Point, in_bbox
from bodymap.core.ids import Ref
from bodymap.core.look import Look


class Picker:
    """Hit-tests the visible selectable shapes of an atlas; build once, call often."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        shapes = atlas.geometry.shapes.values()
        self._muscles = sorted((s for s in shapes if s.cls == "muscle"), key=lambda s: -s.order)
        self._nerves = sorted((s for s in shapes if s.cls == "nerve"), key=lambda s: -s.order)
        self._regions = [s for s in shapes if s.cls == "region"]

    @staticmethod
    def _ref(shape: Shape) -> Ref:
        return Ref(shape.structure_id, shape.side)

    def pick(self, look: Look, point: Point, tolerance: float = 0.0) -> Ref | None:
        """Return the structure under ``point`` as drawn in ``look``, or None.

        A nerve's stroke wins over the muscle it lies on (it is drawn on top); among
        muscles the top-most drawn one wins, which is the one the user sees. Within
        ``tolerance`` of an edge the nearest small structure wins, so thin deep muscles
        are not lost to a large neighbour. Regions answer where no muscle or nerve does.
        """
        visible = look.visible
        for n in self._nerves:
            if n.key in visible and in_bbox(point, n.box, n.width) and n.contains(point):
                return self._ref(n)
        for m in self._muscles:
            if m.key in visible and in_bbox(point, m.box) and m.contains(point):
                return self._ref(m)
        if tolerance > 0:
            best: Shape | None = None
            best_d = tolerance
            for s in (*self._nerves, *self._muscles):
                if s.key not in visible or not in_bbox(point, s.box, tolerance + s.width):
                    continue
                d = s.distance(point) - s.width / 2.0
                if d <= best_d:
                    best, best_d = s, d
            if best is not None:
                return self._ref(best)
        for r in self._regions:
            if in_bbox(point, r.box) and r.contains(point):
                return self._ref(r)
        return None
