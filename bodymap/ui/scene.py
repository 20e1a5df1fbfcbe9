"""The body scene: built once from the atlas, then restyled to mirror each new Look."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from bodymap.core.atlas import Atlas, depth_name, depth_short_name, marker_centre
from bodymap.core.i18n import translate
from bodymap.core.look import Look
from bodymap.ui import shape_paths
from bodymap.ui.items import Flags, MarkerItem, NerveItem, ShapeItem, TagItem, ZoneItem
from bodymap.ui.palette import LIGHT, Palette


class BodyScene(QGraphicsScene):
    """Items hold no truth: ``apply(look)`` sets every item's flags from the Look."""

    look_applied = Signal(object)  # the Look now shown (the legend follows it)

    def __init__(self, atlas: Atlas, palette: Palette = LIGHT) -> None:
        super().__init__()
        self.atlas = atlas
        self.palette = palette
        self.items_by_key: dict[str, ShapeItem | MarkerItem] = {}
        self.look: Look | None = None
        self.setBackgroundBrush(QColor(palette.background))
        self._build()
        # For the Look diff in apply(): who may fade, and the fibres and tendons of each muscle.
        self._dimmable: set[str] = set()
        self._nerves: set[str] = set()
        self._followers: dict[str, list[str]] = {}
        for key, shape in atlas.geometry.shapes.items():
            if shape.cls in ("muscle", "fibres", "tendon", "context"):
                self._dimmable.add(key)
            elif shape.cls == "nerve":
                self._nerves.add(key)
            lead = shape.attrs.get("for")
            if lead:
                self._followers.setdefault(lead, []).append(key)

    def _build(self) -> None:
        atlas = self.atlas
        shape_paths.preload(atlas.geometry)  # every outline's Qt path, from the cache
        for shape in sorted(atlas.geometry.shapes.values(), key=lambda s: s.order):
            item: ShapeItem | MarkerItem
            if shape.cls == "nerve":
                item = NerveItem(shape, self.palette)
            elif shape.cls == "zone":
                item = ZoneItem(shape, self.palette, atlas.zone_confidence(shape.key))
            elif shape.cls == "trigger-point":
                item = MarkerItem(shape, QPointF(*marker_centre(shape)), self.palette)
            else:
                deep = False
                if shape.cls == "muscle" and shape.structure_id in atlas.structures:
                    deep = atlas.structure(shape.structure_id).layer == "deep"
                item = ShapeItem(shape, self.palette, deep=deep)
            # Each item keeps a pixmap of itself at screen resolution: a selection or hover
            # then repaints only the items whose look changed and copies the rest, which
            # took a whole-canvas repaint from ~13 ms to ~2 ms (benchmarks/run.py).
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.addItem(item)
            self.items_by_key[shape.key] = item
        x0, y0, x1, y1 = atlas.body_box
        pad = (x1 - x0) * 0.08
        self.body_rect = QRectF(x0 - pad, y0 - pad, (x1 - x0) + 2 * pad, (y1 - y0) + 2 * pad + 90)
        self.setSceneRect(self.body_rect.adjusted(-400, -400, 400, 400))
        # The framing a session starts with: lower back to heels, where all the structures
        # are, so the deep rotators are large enough to click; zooming out shows the rest.
        top = min(
            (s.box[1] for s in atlas.geometry.shapes.values() if s.cls == "region"), default=y0
        )
        self.focus_rect = QRectF(
            x0 - pad, top - pad, (x1 - x0) + 2 * pad, (y1 - top) + 2 * pad + 90
        )
        mid = (x0 + x1) / 2
        # The tags grow outwards from the midline, so however large the words get
        # (presentation, kiosk), LEFT and RIGHT and their captions never run into each other.
        self.side_tags = {
            "left": TagItem(translate("Scene", "LEFT"), self.palette, 13, bold=True, anchor="end"),
            "right": TagItem(
                translate("Scene", "RIGHT"), self.palette, 13, bold=True, anchor="start"
            ),
        }
        self.depth_tags = {
            "left": TagItem("", self.palette, 10, anchor="end"),
            "right": TagItem("", self.palette, 10, anchor="start"),
        }
        self.caption_room: dict[str, float | None] = {"left": None, "right": None}
        self._caption_depth: tuple[int, int] = (0, 0)
        for side in ("left", "right"):
            tag, caption = self.side_tags[side], self.depth_tags[side]
            tag.setPos(QPointF(mid, y1 + 40))
            caption.hang_below(tag)
            for item in (tag, caption):
                item.setZValue(1e6)
                self.addItem(item)
        self.hover_tag = TagItem("", self.palette, 11, anchor="top-left")
        self.hover_tag.setZValue(2e6)
        self.hover_tag.setVisible(False)
        self.addItem(self.hover_tag)

    @contextmanager
    def vector_output(self) -> Iterator[None]:
        """Draw without the screen pixmap caches, so a PDF or printer gets vector paths."""
        items = list(self.items_by_key.values())
        for item in items:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            for item in items:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_palette(self, palette: Palette) -> None:
        """Restyle the plate and every item that draws in the palette's colours.

        Items keep a reference to the palette they were built with (plate shapes, tags,
        labels, the pain drawing); each is handed the new one and restyled from its current
        flags, so nothing is rebuilt and no state is lost.
        """
        from bodymap.ui import items as plate_items

        # The spillover hatch tile is cached in the zone colour of the theme drawn last.
        plate_items._HATCH = None
        self.palette = palette
        self.setBackgroundBrush(QColor(palette.background))
        for item in self.items():
            if not isinstance(getattr(item, "palette", None), Palette):
                continue
            item.palette = palette  # type: ignore[attr-defined]
            if isinstance(item, ShapeItem | MarkerItem) and self.look is not None:
                key = item.shape_data.key
                item.flags_now = None
                item.apply(self.flags_for(key, self.look))
            item.update()

    @contextmanager
    def printing(self, palette: Palette) -> Iterator[None]:
        """Draw in a print palette (black on white, the light plate) and vector paths."""
        screen = self.palette
        with self.vector_output():
            self.set_palette(palette)
            try:
                yield
            finally:
                self.set_palette(screen)

    def set_side_words(self, left: str, right: str) -> None:
        """Change the LEFT/RIGHT words (presentation mode says "their LEFT")."""
        self.side_tags["left"].set_text(left)
        self.side_tags["right"].set_text(right)

    def set_depth_captions(self, depth: tuple[int, int]) -> None:
        """Say under each foot which layer that side shows: what was removed, or the level's
        short name ("Deep") where the long one would run past the view's edge."""
        self._caption_depth = depth
        for side, level in zip(("left", "right"), depth, strict=True):
            caption = self.depth_tags[side]
            text = depth_name(level)
            room = self.caption_room.get(side)
            if room is not None and caption.width_for(text) > room:
                text = depth_short_name(level)
            caption.set_text(text)

    def set_caption_room(self, left: float | None, right: float | None) -> None:
        """How many screen pixels each depth caption has beside the midline (None: any)."""
        room = {"left": left, "right": right}
        if room != self.caption_room:
            self.caption_room = room
            self.set_depth_captions(self._caption_depth)

    def flags_for(self, key: str, look: Look) -> Flags:
        """The flags of one item under a Look."""
        shape = self.atlas.geometry.shapes[key]
        cls = shape.cls
        if cls == "zone":
            return Flags(visible=key in look.zones)
        if cls == "trigger-point":
            return Flags(visible=key in look.markers)
        if cls == "region":
            return Flags(
                visible=key in look.outlined_regions or key in look.hovered,
                selected=key in look.outlined_regions,
                hovered=key in look.hovered,
            )
        focus = look.selected | look.picked
        dimmed = (
            bool(focus or look.lit)
            and cls in ("muscle", "fibres", "tendon", "context")
            and key not in focus
            and shape.attrs.get("for") not in focus
        )
        if cls == "nerve":
            dimmed = bool(look.lit) and key not in look.lit
        return Flags(
            visible=key in look.visible,
            dimmed=dimmed,
            selected=key in look.selected,
            hovered=key in look.hovered,
            picked=key in look.picked,
            lit=key in look.lit,
            emphasised=key in look.emphasised,
            beneath=key in look.beneath,
        )

    def apply(self, look: Look) -> None:
        """Mirror a Look: only items whose flags changed are restyled."""
        old = self.look
        if look == old:
            return
        self.look = look
        items = self.items_by_key
        if old is None or len(items) != self._applied_to:
            keys: Iterable[str] = items
            self._applied_to = len(items)
        else:
            keys = self._keys_changed(old, look)
        for key in keys:
            item = items.get(key)
            if item is not None:
                item.apply(self.flags_for(key, look))
        self.look_applied.emit(look)

    _applied_to = -1  # how many items the last full apply covered

    def _keys_changed(self, old: Look, new: Look) -> set[str]:
        """The keys whose flags may differ between two Looks (a superset; flags_for decides).

        Each flag is membership of a set, except ``dimmed``: a muscle, fibre, tendon or context
        shape fades when anything is in focus or lit, and a nerve when anything is lit.
        """
        changed: set[str] = set()
        for name in (
            "visible",
            "selected",
            "hovered",
            "picked",
            "lit",
            "emphasised",
            "beneath",
            "markers",
            "zones",
            "outlined_regions",
        ):
            a, b = getattr(old, name), getattr(new, name)
            if a != b:
                changed |= a ^ b
        old_focus, new_focus = old.selected | old.picked, new.selected | new.picked
        if bool(old_focus or old.lit) != bool(new_focus or new.lit):
            changed |= self._dimmable
        else:
            for key in old_focus ^ new_focus:
                changed.update(self._followers.get(key, ()))
        if bool(old.lit) != bool(new.lit):
            changed |= self._nerves
        return changed

    def confidences_shown(self) -> set[str]:
        """How sure the referral zones on show are: a subset of mapped, described, inferred."""
        if self.look is None:
            return set()
        return {self.atlas.zone_confidence(k) for k in self.look.zones if k in self.items_by_key}
