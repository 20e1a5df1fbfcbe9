"""A small synthetic atlas built from rectangles, so most tests do not depend on the artwork."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bodymap.core.atlas import (
    Article,
    Atlas,
    CardField,
    Content,
    Geometry,
    Shape,
    Structure,
    TriggerPointInfo,
)
from bodymap.core.care import CareBook, parse_care
from bodymap.core.content import MUSCLE_CARD_FIELDS
from bodymap.core.geometry import Polygon

CARD = {f: CardField(f"{f} text", "test source") for f in MUSCLE_CARD_FIELDS}


def rect(x: float, y: float, w: float, h: float) -> Polygon:
    """A rectangle as a polygon."""
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def circle(cx: float, cy: float, r: float = 5.0) -> Polygon:
    """A circle as a 16-gon."""
    import math

    return tuple(
        (cx + r * math.cos(i * math.pi / 8), cy + r * math.sin(i * math.pi / 8)) for i in range(16)
    )


def mini_geometry() -> Geometry:
    """Skin 0..200 x 0..400; per side: a big superficial muscle, a thin deep one, a region."""
    shapes: list[Shape] = []
    order = 0

    def add(
        key: str,
        cls: str,
        side: str | None,
        rings: tuple[Polygon, ...],
        closed: bool = True,
        **attrs: str,
    ) -> None:
        nonlocal order
        shapes.append(Shape(key, cls, side, rings, closed, order, attrs))  # type: ignore[arg-type]
        order += 1

    add("skin", "skin", None, (rect(0, 0, 200, 400),))
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        add(f"region-gluteal-{side}", "region", side, (rect(x0, 0, 100, 200),), structure="gluteal")
        add(
            f"region-posterior_thigh-{side}",
            "region",
            side,
            (rect(x0, 200, 100, 200),),
            structure="posterior_thigh",
        )
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        add(
            f"piriformis-{side}",
            "muscle",
            side,
            (rect(x0 + 20, 60, 60, 12),),
            structure="piriformis",
        )
        add(
            f"gluteus_minimus-{side}",
            "muscle",
            side,
            (rect(x0 + 20, 20, 60, 30),),
            structure="gluteus_minimus",
        )
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        add(
            f"gluteus_maximus-{side}",
            "muscle",
            side,
            (rect(x0 + 10, 40, 80, 140),),
            structure="gluteus_maximus",
        )
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        cx = x0 + 50
        add(
            f"nerve-infrapiriform-{side}",
            "nerve",
            side,
            (((cx, 72.0), (cx, 120.0)),),
            False,
            structure="sciatic_nerve",
            stretch="infrapiriform",
            width="6",
        )
        add(
            f"nerve-thigh-{side}",
            "nerve",
            side,
            (((cx, 120.0), (cx, 380.0)),),
            False,
            structure="sciatic_nerve",
            stretch="thigh",
            width="6",
        )
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        add(
            f"zone-piriformis-essential-1-{side}",
            "zone",
            side,
            (rect(x0 + 10, 40, 80, 100),),
            muscle="piriformis",
            kind="essential",
        )
        add(
            f"zone-piriformis-spillover-1-{side}",
            "zone",
            side,
            (rect(x0 + 20, 200, 60, 120),),
            muscle="piriformis",
            kind="spillover",
        )
        add(
            f"zone-gluteus_minimus-essential-1-{side}",
            "zone",
            side,
            (rect(x0 + 20, 220, 60, 170),),
            muscle="gluteus_minimus",
            kind="essential",
        )
        add(
            f"zone-gluteus_maximus-essential-1-{side}",
            "zone",
            side,
            (rect(x0 + 10, 40, 80, 140),),
            muscle="gluteus_maximus",
            kind="essential",
        )
    for side, x0 in (("left", 0.0), ("right", 100.0)):
        add(
            f"trp-piriformis-lateral-{side}",
            "trigger-point",
            side,
            (circle(x0 + 70, 66, 4),),
            muscle="piriformis",
            name="lateral",
        )
        add(
            f"trp-gluteus_minimus-posterior-{side}",
            "trigger-point",
            side,
            (circle(x0 + 40, 35, 4),),
            muscle="gluteus_minimus",
            name="posterior",
        )
        add(
            f"trp-gluteus_maximus-trp2-{side}",
            "trigger-point",
            side,
            (circle(x0 + 50, 150, 4),),
            muscle="gluteus_maximus",
            name="trp2",
        )
    return Geometry("mini.svg", (0, 0, 200, 400), {s.key: s for s in shapes})


def mini_content() -> Content:
    """Content for the mini geometry."""
    structures = {
        "gluteal": Structure(
            "gluteal",
            "region",
            "Buttock",
            summary="The buttock.",
            muscles=("gluteus_maximus", "piriformis", "gluteus_minimus"),
            nerve_stretches=("infrapiriform",),
        ),
        "posterior_thigh": Structure(
            "posterior_thigh",
            "region",
            "Back of the thigh",
            summary="The back of the thigh.",
            nerve_stretches=("thigh",),
        ),
        "gluteus_maximus": Structure(
            "gluteus_maximus",
            "muscle",
            "Gluteus maximus",
            layer="superficial",
            summary="Big.",
            shown_at=frozenset({0}),
            touches_nerve=True,
            nerve_stretches=("infrapiriform",),
            trigger_points=(TriggerPointInfo("trp2", "above the tuberosity"),),
            card=CARD,
        ),
        "piriformis": Structure(
            "piriformis",
            "muscle",
            "Piriformis",
            layer="deep",
            summary="Pear.",
            shown_at=frozenset({1, 2}),
            touches_nerve=True,
            nerve_stretches=("infrapiriform",),
            trigger_points=(TriggerPointInfo("lateral", "lateral third"),),
            referral={"essential": "buttock", "spillover": "thigh"},
            card=CARD,
        ),
        "gluteus_minimus": Structure(
            "gluteus_minimus",
            "muscle",
            "Gluteus minimus",
            layer="deep",
            summary="Small.",
            shown_at=frozenset({2}),
            touches_nerve=False,
            trigger_points=(TriggerPointInfo("posterior", "posterior fibres"),),
            card=CARD,
        ),
        "sciatic_nerve": Structure(
            "sciatic_nerve",
            "nerve",
            "Sciatic nerve",
            summary="Nerve.",
            stretches=("infrapiriform", "thigh"),
        ),
    }
    articles = {
        k: Article(k, k.title(), f"About {k}.", f"# {k.title()}\n\nAbout {k}.\n\n## Anatomy\n\nX.")
        for k in [*structures, "overview", "red-flags", "disclaimer", "sources"]
    }
    return Content(structures=structures, articles=articles, care=mini_care())


def mini_care() -> CareBook:
    """The mini assets' Care sections (tests/data/mini_assets/content/care.toml)."""
    path = Path(__file__).parent / "data" / "mini_assets" / "content" / "care.toml"
    text = path.read_text("utf-8")
    muscles = ["gluteus_maximus", "piriformis", "gluteus_minimus"]
    return parse_care(tomllib.loads(text), str(path), text, muscles)


def mini_atlas() -> Atlas:
    """The synthetic atlas (checked like the real one)."""
    from bodymap.core.atlas import build_atlas

    return build_atlas(mini_geometry(), mini_content())
