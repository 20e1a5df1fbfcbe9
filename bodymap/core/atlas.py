"""The anatomy atlas: structures (from content) joined to their shapes (from the drawing).

``Geometry`` is what the SVG importer produces; ``Content`` is what the content loader
produces; ``build_atlas`` checks one against the other and returns an ``Atlas``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from bodymap.core.care import CareBook
from bodymap.core.errors import BodymapError
from bodymap.core.geometry import (
    BBox,
    Point,
    Polygon,
    bbox,
    distance_to_polyline,
    interior_point,
    point_in_polygon,
    polygon_area,
    union_bbox,
)
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.ids import SIDES, Ref, Side

# Element classes the importer keeps, in the order the groups are drawn (back to front).
SHAPE_CLASSES = (
    "skin",
    "bone",
    "context",
    "muscle",
    "tendon",
    "fibres",
    "region",
    "dermatome",
    "nerve",
    "zone",
    "trigger-point",
)


@dataclass(frozen=True)
class Shape:
    """One drawn element: its id, class, side, rings or lines, and its data attributes."""

    key: str
    cls: str
    side: Side | None
    rings: tuple[Polygon, ...]
    closed: bool
    order: int
    attrs: Mapping[str, str] = field(default_factory=dict)

    @property
    def structure_id(self) -> str:
        """The structure this shape draws (``data-structure`` or ``data-muscle``)."""
        return self.attrs.get("structure") or self.attrs.get("muscle") or ""

    @cached_property
    def box(self) -> BBox:
        """Bounding box of every ring."""
        return union_bbox(bbox(r) for r in self.rings)

    @cached_property
    def area(self) -> float:
        """Area of the closed rings (0 for lines)."""
        return sum(polygon_area(r) for r in self.rings) if self.closed else 0.0

    @property
    def width(self) -> float:
        """Stroke width of a nerve (``data-width``), 0 for others."""
        try:
            return float(self.attrs.get("width", "0"))
        except ValueError:
            return 0.0

    def contains(self, p: Point) -> bool:
        """True when p is inside a closed shape or on a line's stroke."""
        if self.closed:
            return any(point_in_polygon(p, r) for r in self.rings)
        return self.distance(p) <= self.width / 2.0

    def distance(self, p: Point) -> float:
        """Distance from p to the shape's outline (or to a line's centre line)."""
        return min(distance_to_polyline(p, r, closed=self.closed) for r in self.rings)

    @cached_property
    def anchor(self) -> Point:
        """A point well inside the largest ring (or the middle of a line)."""
        ring = max(self.rings, key=lambda r: polygon_area(r) if self.closed else len(r))
        if self.closed:
            return interior_point(ring)
        return ring[len(ring) // 2]


@dataclass(frozen=True)
class Geometry:
    """Every shape of the drawing, keyed by element id, plus the view box."""

    source: str
    view_box: tuple[float, float, float, float]
    shapes: Mapping[str, Shape]
    # SHA-256 of the drawing's bytes ("" for a drawing built in memory): keys what is derived
    # from this geometry and kept on disk (the scene's Qt paths, bodymap/ui/shape_paths.py).
    digest: str = ""

    def of_class(self, cls: str) -> Iterator[Shape]:
        """Shapes of one class in draw order."""
        return (s for s in sorted(self.shapes.values(), key=lambda s: s.order) if s.cls == cls)


@dataclass(frozen=True, slots=True)
class TriggerPointInfo:
    """A named trigger point of a muscle and where it lies, in words."""

    name: str
    where: str


@dataclass(frozen=True, slots=True)
class CardField:
    """One field of a details card, with the source it was checked against."""

    text: str
    source: str


# How sure the drawn referral pattern is: ``mapped`` (a Travell & Simons figure or an
# equivalent primary map), ``described`` (a text description only), ``inferred`` (no source
# maps it: drawn by analogy with a neighbour).
Confidence = Literal["mapped", "described", "inferred"]
CONFIDENCES: tuple[Confidence, ...] = ("mapped", "described", "inferred")


def as_confidence(value: str) -> Confidence:
    """A checked Confidence, or ValueError naming the three allowed words."""
    for word in CONFIDENCES:
        if value == word:
            return word
    raise ValueError(f"confidence must be one of {', '.join(CONFIDENCES)}, not {value!r}")


@dataclass(frozen=True, slots=True)
class Structure:
    """A selectable structure: a region, a muscle or a nerve."""

    id: str
    kind: str
    name: str
    latin: str = ""
    synonyms: tuple[str, ...] = ()
    summary: str = ""
    layer: str = ""
    shown_at: frozenset[int] = frozenset({0, 1, 2})
    touches_nerve: bool = False
    nerve_stretches: tuple[str, ...] = ()
    trigger_points: tuple[TriggerPointInfo, ...] = ()
    referral: Mapping[str, str] = field(default_factory=dict)  # essential / spillover text
    confidence: Confidence | None = None  # muscles: how sure the drawn pattern is
    confidence_note: str = ""  # one sentence: why, naming the source
    zone_confidence: Mapping[str, Confidence] = field(default_factory=dict)  # "essential-2" -> …
    pattern_group: str = (
        ""  # muscles sharing one drawn pattern, asked as one: "the medial hamstrings"
    )
    muscles: tuple[str, ...] = ()
    stretches: tuple[str, ...] = ()
    card: Mapping[str, CardField] = field(default_factory=dict)
    also_known: tuple[str, ...] = ()  # in a translation: the English name and synonyms


@dataclass(frozen=True, slots=True)
class Article:
    """An article in Markdown: the plain part for a client and the whole text."""

    id: str
    title: str
    plain: str
    text: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Content:
    """Every structure and article, as read from ``assets/content``."""

    structures: Mapping[str, Structure]
    articles: Mapping[str, Article]
    origin: Mapping[str, str] = field(default_factory=dict)  # structure id -> "file:line"
    care: CareBook = field(default_factory=CareBook)


DEPTH_LEVELS = (0, 1, 2)
DEPTH_NAMES = {
    0: QT_TRANSLATE_NOOP("Depth", "Superficial"),
    1: QT_TRANSLATE_NOOP("Depth", "Gluteus maximus, erector spinae and gastrocnemius removed"),
    2: QT_TRANSLATE_NOOP("Depth", "Gluteus medius, quadratus femoris and soleus removed too"),
}
# Short names for narrow controls (toolbar lists); the long names say what was removed.
DEPTH_SHORT_NAMES = {
    0: QT_TRANSLATE_NOOP("Depth", "Superficial"),
    1: QT_TRANSLATE_NOOP("Depth", "Deep"),
    2: QT_TRANSLATE_NOOP("Depth", "Deepest"),
}


def depth_name(level: int) -> str:
    """What a depth level shows, in the interface language ("Gluteus maximus removed")."""
    return translate("Depth", DEPTH_NAMES[level])


def depth_short_name(level: int) -> str:
    """A depth level's short name for narrow controls, in the interface language."""
    return translate("Depth", DEPTH_SHORT_NAMES[level])


REQUIRED_ARTICLES = ("overview", "red-flags", "disclaimer", "sources")


class Atlas:
    """Structures joined to their shapes; every lookup by name fails loudly."""

    def __init__(self, geometry: Geometry, content: Content) -> None:
        self.geometry = geometry
        self.content = content
        self.structures = content.structures
        self.articles = content.articles
        self.care = content.care
        shapes = geometry.shapes
        self._outline: dict[tuple[str, Side], Shape] = {}
        self._trps: dict[tuple[str, Side], list[Shape]] = {}
        self._zones: dict[tuple[str, Side], list[Shape]] = {}
        self._stretch: dict[tuple[str, Side], list[Shape]] = {}
        self._fibres: dict[str, list[Shape]] = {}
        for shape in sorted(shapes.values(), key=lambda s: s.order):
            side = shape.side
            if shape.cls in ("muscle", "region") and side:
                self._outline[(shape.structure_id, side)] = shape
            elif shape.cls == "trigger-point" and side:
                self._trps.setdefault((shape.structure_id, side), []).append(shape)
            elif shape.cls == "zone" and side:
                self._zones.setdefault((shape.structure_id, side), []).append(shape)
            elif shape.cls == "nerve" and side:
                self._stretch.setdefault((shape.attrs.get("stretch", ""), side), []).append(shape)
            elif shape.cls in ("fibres", "tendon"):
                self._fibres.setdefault(shape.attrs.get("for", ""), []).append(shape)

    # --- lookups -------------------------------------------------------------------------
    def structure(self, structure_id: str) -> Structure:
        """Return a structure by id, or raise KeyError listing the valid ids."""
        try:
            return self.structures[structure_id]
        except KeyError:
            raise KeyError(
                f"no structure '{structure_id}'; valid ids: {', '.join(sorted(self.structures))}"
            ) from None

    def ids(self, kind: str | None = None) -> list[str]:
        """Structure ids in content order, optionally of one kind."""
        return [s.id for s in self.structures.values() if kind is None or s.kind == kind]

    def outline(self, structure_id: str, side: Side) -> Shape | None:
        """The closed outline of a muscle or region on one side (None for nerves)."""
        return self._outline.get((structure_id, side))

    def trigger_points(self, muscle_id: str, side: Side) -> list[Shape]:
        """The trigger-point markers of a muscle on one side."""
        return self._trps.get((muscle_id, side), [])

    def zones(self, muscle_id: str, side: Side, kind: str | None = None) -> list[Shape]:
        """The referral zones of a muscle on one side, optionally only one kind."""
        found = self._zones.get((muscle_id, side), [])
        return [z for z in found if kind is None or z.attrs.get("kind") == kind]

    def zone_confidence(self, shape_key: str) -> Confidence:
        """How sure a drawn referral zone is: its own override, else its muscle's confidence."""
        shape = self.geometry.shapes.get(shape_key)
        if shape is None or shape.cls != "zone":
            raise KeyError(f"'{shape_key}' is not a referral zone of the drawing")
        st = self.structure(shape.structure_id)
        key = zone_key(shape)
        if key in st.zone_confidence:
            return st.zone_confidence[key]
        return st.confidence or "mapped"

    def stretch_shapes(self, stretch: str, side: Side) -> list[Shape]:
        """The drawn pieces of one nerve stretch on one side."""
        return self._stretch.get((stretch, side), [])

    def fibres(self, shape_key: str) -> list[Shape]:
        """Fibre lines and tendons drawn for one muscle outline."""
        return self._fibres.get(shape_key, [])

    def nerve_stretches(self, nerve_id: str) -> tuple[str, ...]:
        """The stretches that make up a nerve's course, roots to branches."""
        return self.structure(nerve_id).stretches

    def all_stretches(self) -> tuple[str, ...]:
        """Every stretch of the sciatic nerve and its two branches, in course order."""
        out: list[str] = []
        for nid in self.ids("nerve"):
            out.extend(self.structure(nid).stretches)
        return tuple(out)

    def regions_of(self, muscle_id: str) -> list[str]:
        """The regions whose muscle list names this muscle."""
        return [r for r in self.ids("region") if muscle_id in self.structure(r).muscles]

    def article(self, article_id: str) -> Article:
        """Return an article by id, or raise KeyError listing the valid ones."""
        try:
            return self.articles[article_id]
        except KeyError:
            raise KeyError(
                f"no article '{article_id}'; valid: {', '.join(sorted(self.articles))}"
            ) from None

    def refs(self) -> list[Ref]:
        """Every selectable structure on every side."""
        return [Ref(i, side) for i in self.structures for side in SIDES]

    @property
    def body_box(self) -> BBox:
        """Bounding box of the skin silhouette (the whole figure)."""
        skin = self.geometry.shapes.get("skin")
        if skin is None:
            x, y, w, h = self.geometry.view_box
            return x, y, x + w, y + h
        return skin.box


def zone_key(shape: Shape) -> str:
    """A zone's ``<kind>-<n>`` from its id ``zone-<muscle>-<kind>-<n>-<side>`` ("" if not one)."""
    prefix = f"zone-{shape.structure_id}-"
    if not shape.key.startswith(prefix):
        return ""
    rest = shape.key[len(prefix) :]
    if shape.side and rest.endswith(f"-{shape.side}"):
        rest = rest[: -len(shape.side) - 1]
    return rest


def build_atlas(geometry: Geometry, content: Content) -> Atlas:
    """Join geometry and content, checking that each names only what the other has."""
    check_atlas(geometry, content)
    return Atlas(geometry, content)


def _content_place(content: Content, sid: str) -> tuple[str, str]:
    where = content.origin.get(sid, "")
    file, _, line = where.partition(":")
    return (file or "assets/content", f"line {line}, structure '{sid}'" if line else sid)


def check_atlas(geometry: Geometry, content: Content) -> None:
    """Raise BodymapError for the first mismatch between drawing and content."""
    svg = geometry.source
    shapes = geometry.shapes
    if "skin" not in shapes:
        raise BodymapError(
            svg,
            "id 'skin'",
            "the body silhouette is missing",
            "Regenerate the drawing with python tools/draw_body.py",
        )
    muscles = {sid for sid, s in content.structures.items() if s.kind == "muscle"}
    drawn_stretches = {s.attrs.get("stretch", "") for s in shapes.values() if s.cls == "nerve"}
    for sid, st in content.structures.items():
        file, place = _content_place(content, sid)
        if sid not in content.articles:
            raise BodymapError(
                file,
                place,
                f"there is no article for '{sid}'",
                f"Add assets/content/articles/{sid}.md",
            )
        if st.kind in ("muscle", "region"):
            for side in SIDES:
                key = f"{sid}-{side}" if st.kind == "muscle" else f"region-{sid}-{side}"
                if key not in shapes:
                    raise BodymapError(
                        svg,
                        f"id '{key}'",
                        f"the drawing has no outline for {st.kind} '{sid}'",
                        f"Draw it in tools/draw_body.py or remove '{sid}' from {file}",
                    )
        for stretch in (*st.nerve_stretches, *st.stretches):
            if stretch not in drawn_stretches:
                raise BodymapError(
                    file,
                    place,
                    f"nerve stretch '{stretch}' is not in the drawing",
                    f"Use one of: {', '.join(sorted(drawn_stretches))}",
                )
        for m in st.muscles:
            if m not in muscles:
                raise BodymapError(
                    file,
                    place,
                    f"region lists unknown muscle '{m}'",
                    f"Use one of: {', '.join(sorted(muscles))}",
                )
        if st.kind == "muscle":
            names = {t.name for t in st.trigger_points}
            for side in SIDES:
                drawn = {
                    s.attrs.get("name", "")
                    for s in shapes.values()
                    if s.cls == "trigger-point" and s.structure_id == sid and s.side == side
                }
                missing = names - drawn
                if missing:
                    raise BodymapError(
                        svg,
                        f"{sid}, {side} side",
                        f"trigger point(s) {', '.join(sorted(missing))} are not drawn",
                        f"Add circles trp-{sid}-<name>-{side} or remove them from {file}",
                    )
    zone_keys: dict[str, set[str]] = {}
    for shape in shapes.values():
        if shape.cls == "zone":
            zone_keys.setdefault(shape.structure_id, set()).add(zone_key(shape))
    for sid, st in content.structures.items():
        unknown = sorted(set(st.zone_confidence) - zone_keys.get(sid, set()))
        if unknown:
            file, place = _content_place(content, sid)
            have = ", ".join(sorted(zone_keys.get(sid, set()))) or "none"
            raise BodymapError(
                file,
                f"{place}, key 'zone_confidence'",
                f"zone '{unknown[0]}' is not drawn for '{sid}' (drawn: {have})",
                'Use a drawn zone\'s <kind>-<n>, e.g. "essential-1", or remove the key',
            )
    for key in REQUIRED_ARTICLES:
        if key not in content.articles:
            raise BodymapError(
                "assets/content/articles",
                f"{key}.md",
                "this article is missing",
                f"Add assets/content/articles/{key}.md",
            )
    for shape in shapes.values():
        if (
            shape.cls in ("muscle", "region", "nerve")
            and shape.structure_id not in content.structures
        ):
            raise BodymapError(
                svg,
                f"id '{shape.key}'",
                f"the drawing names structure '{shape.structure_id}' that has no content",
                "Add it to assets/content/*.toml or fix data-structure",
            )
        if shape.cls in ("zone", "trigger-point"):
            owner = shape.structure_id
            if owner not in muscles:
                raise BodymapError(
                    svg,
                    f"id '{shape.key}'",
                    f"this {shape.cls.replace('-', ' ')} is attached to "
                    f"{repr(owner) if owner else 'nothing'}, not to a muscle",
                    'Set data-muscle to a muscle id, e.g. data-muscle="piriformis"',
                )
            if (
                shape.attrs.get("kind") not in (None, "essential", "spillover")
                and shape.cls == "zone"
            ):
                raise BodymapError(
                    svg,
                    f"id '{shape.key}'",
                    "data-kind must be essential or spillover",
                    "Fix data-kind",
                )
        if shape.cls == "trigger-point" and shape.side:
            muscle = shapes.get(f"{shape.structure_id}-{shape.side}")
            centre = _circle_centre(shape)
            if muscle is not None and not muscle.contains(centre):
                raise BodymapError(
                    svg,
                    f"id '{shape.key}' at ({centre[0]:.0f}, {centre[1]:.0f})",
                    f"the trigger point lies outside its muscle '{muscle.key}'",
                    "Move it inside the muscle outline in tools/draw_body.py",
                )


def _circle_centre(shape: Shape) -> Point:
    """The centre of a trigger-point circle (the mean of its ring)."""
    ring = shape.rings[0]
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def marker_centre(shape: Shape) -> Point:
    """Public name for the centre of a circular marker."""
    return _circle_centre(shape)
