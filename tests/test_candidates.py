"""Candidate muscles from a pain drawing, on painted areas whose right answer is known."""

from __future__ import annotations

import pytest

from bodymap.core.candidates import (
    nerve_or_muscle_reading,
    rank_candidates,
    reason_for,
    roots_under_zones,
)
from bodymap.core.ids import Ref
from bodymap.core.painting import body_raster
from bodymap.core.state import Stroke


def down(x: float, y0: float, y1: float, width: float, level: int = 6) -> Stroke:
    """A vertical stroke from y0 to y1."""
    ys = range(int(y0), int(y1) + 1, 8)
    return Stroke(tuple((x, float(y)) for y in ys), intensity=level, width=width)


def patch(x0: float, x1: float, y0: float, y1: float, level: int = 6) -> Stroke:
    """A zig-zag stroke that fills a rectangle."""
    pts: list[tuple[float, float]] = []
    for k, x in enumerate(range(int(x0), int(x1) + 1, 10)):
        ys = (y0, y1) if k % 2 == 0 else (y1, y0)
        pts += [(float(x), ys[0]), (float(x), ys[1])]
    return Stroke(tuple(pts), intensity=level, width=20.0)


def test_reason_wording():
    """The reason names the zone that covers more, and mentions the other from 5 %."""
    assert reason_for(0.8, 0.0) == "covers 80 % of the painted area with its essential zone"
    assert reason_for(0.8, 0.1) == (
        "covers 80 % of the painted area with its essential zone, 10 % more with its spillover zone"
    )
    assert reason_for(0.02, 0.4) == "covers 40 % of the painted area with its spillover zone"
    assert reason_for(0.001, 0.0).startswith("covers 1 %")


def test_mini_gluteus_minimus_pattern(mini):
    """Painting the synthetic minimus zone down the thigh puts gluteus minimus first."""
    ranked = rank_candidates(mini, [down(50, 245, 365, 40)])
    assert ranked[0].ref == Ref("gluteus_minimus", "left")
    assert ranked[0].essential_share == pytest.approx(1.0)
    assert "essential zone" in ranked[0].reason
    assert [c.ref.id for c in ranked] == ["gluteus_minimus", "piriformis"]
    assert ranked[1].spillover_share < 1.0 and ranked[1].score < ranked[0].score


def test_mini_side_aware(mini):
    """A drawing on the right matches only right-side zones."""
    ranked = rank_candidates(mini, [down(150, 225, 385, 40)])
    assert ranked and all(c.ref.side == "right" for c in ranked)
    assert rank_candidates(mini, []) == []


def test_mini_buttock_gives_piriformis_and_gluteus_maximus(mini):
    """Painting the synthetic buttock ranks piriformis and gluteus maximus at the top."""
    ranked = rank_candidates(mini, [patch(20, 80, 50, 130)])
    assert {c.ref.id for c in ranked[:2]} == {"piriformis", "gluteus_maximus"}


def test_real_gluteus_minimus_posterior_pattern(atlas):
    """Painting gluteus minimus's posterior pattern down thigh and calf puts it first."""
    thigh = atlas.geometry.shapes["zone-gluteus_minimus-essential-2-left"].box
    calf = atlas.geometry.shapes["zone-gluteus_minimus-spillover-1-left"].box
    cx_t, cx_c = (thigh[0] + thigh[2]) / 2, (calf[0] + calf[2]) / 2
    strokes = [
        down(cx_t, thigh[1] + 12, thigh[3] - 12, 36, 7),
        down(cx_c, calf[1] + 12, calf[3] - 12, 44, 5),
    ]
    ranked = rank_candidates(atlas, strokes)
    assert ranked[0].ref == Ref("gluteus_minimus", "left")
    assert ranked[0].score > 1.5 * ranked[1].score
    assert all(c.ref.side == "left" for c in ranked)


def test_real_sacroiliac_and_buttock(atlas):
    """Painting the sacroiliac region and buttock ranks piriformis and gluteus maximus high."""
    si = atlas.geometry.shapes["zone-piriformis-essential-1-right"].box
    hip = atlas.geometry.shapes["zone-piriformis-essential-2-right"].box
    strokes = [
        patch(si[0] + 5, si[2] - 5, si[1] + 8, si[3] - 8),
        patch(hip[0] + 10, hip[2] - 10, hip[1] + 12, hip[3] - 12),
    ]
    ranked = rank_candidates(atlas, strokes)
    top = [c.ref.id for c in ranked[:4]]
    assert "piriformis" in top and "gluteus_maximus" in top
    assert "gluteus_minimus" not in top
    assert all(c.ref.side == "right" for c in ranked)


def test_real_calf_only_points_to_the_calf_muscles(atlas):
    """Painting only the mid calf lists muscles whose zones reach the calf, not the buttock ones."""
    calf = atlas.geometry.shapes["zone-gastrocnemius-spillover-1-left"].box
    ranked = rank_candidates(atlas, [down((calf[0] + calf[2]) / 2, calf[1] + 20, calf[3] - 20, 30)])
    ids = [c.ref.id for c in ranked]
    assert ids[0] in {"gastrocnemius", "gluteus_minimus", "soleus"}
    assert "piriformis" not in ids


def outer_leg_stroke(atlas, side: str = "left", inset: float = 12.0) -> Stroke:
    """A stroke down the outer edge of the leg, from below the fibular head to the outer ankle."""
    skin = atlas.geometry.shapes["skin"]
    head = atlas.geometry.shapes[f"bone-fibula-head-{side}"].box
    outer = range(250, 500) if side == "left" else range(750, 500, -1)
    sign = 1 if side == "left" else -1

    def edge(y: float) -> float:
        return float(next(x for x in outer if skin.contains((x, y))))

    ys = range(int(head[3]) + 30, 1850, 8)
    return Stroke(tuple((edge(y) + sign * inset, float(y)) for y in ys), intensity=6, width=22.0)


@pytest.mark.parametrize("side", ["left", "right"])
def test_real_outer_leg_points_to_gluteus_minimus_and_the_fibularis_muscles(atlas, side):
    """A strip painted down the outer leg to the outer ankle ranks gluteus minimus, fibularis longus
    and fibularis brevis as the top three, on the painted side only."""
    ranked = rank_candidates(atlas, [outer_leg_stroke(atlas, side)])
    top = [c.ref.id for c in ranked[:3]]
    assert set(top) == {"gluteus_minimus", "fibularis_longus", "fibularis_brevis"}, [
        (c.ref.id, round(c.score, 3)) for c in ranked[:5]
    ]
    assert all(c.ref.side == side for c in ranked)
    assert "piriformis" not in [c.ref.id for c in ranked]


@pytest.mark.parametrize("side", ["left", "right"])
def test_real_heel_points_to_soleus_first(atlas, side):
    """Painting the back and underside of the heel (over the calcaneus) puts soleus first, well
    ahead of tibialis posterior, whose heel zone is spillover only."""
    heel = atlas.geometry.shapes[f"bone-calcaneus-{side}"].box
    ranked = rank_candidates(atlas, [patch(heel[0] + 4, heel[2] - 4, heel[1] + 6, heel[3] - 4)])
    assert ranked[0].ref == Ref("soleus", side)
    assert ranked[0].essential_share > 0.5
    second = {c.ref.id: c for c in ranked}["tibialis_posterior"]
    assert second.essential_share < 0.05 < second.spillover_share
    assert ranked[0].score > 2 * ranked[1].score


def test_zone_cells_are_the_drawn_zones(atlas):
    """The ranking's zone cells cover the drawn zone's area (one source of truth)."""
    cells = body_raster(atlas).zone_cells("piriformis", "left", "essential")
    area = sum(z.area for z in atlas.zones("piriformis", "left", "essential"))
    assert len(cells) * 16 == pytest.approx(area, rel=0.1)


def test_nerve_or_muscle_reading(atlas):
    """The reading names the roots under gluteus minimus's zones and says both can coexist."""
    assert "L5" in roots_under_zones(atlas, "gluteus_minimus", "left")
    text = nerve_or_muscle_reading(atlas, Ref("gluteus_minimus", "left"))
    assert text.startswith("Gluteus minimus's referral zones overlap the L5")
    assert "both can coexist" in text
    assert "Select a muscle" in nerve_or_muscle_reading(atlas, None)
    assert "Select a muscle" in nerve_or_muscle_reading(atlas, Ref("sciatic_nerve", None))


def test_an_inferred_pattern_counts_half_and_says_so(atlas):
    """Painting superior gemellus's zones: its inferred pattern scores half; the reason says why."""
    from bodymap.core.candidates import CONFIDENCE_WEIGHT, INFERRED_NOTE

    assert CONFIDENCE_WEIGHT["inferred"] == 0.5  # the reason's "counts for half" relies on it
    strokes = []
    for zone in atlas.zones("superior_gemellus", "left"):
        x0, y0, x1, y1 = zone.box
        strokes.append(patch(x0 + 6, x1 - 6, y0 + 8, y1 - 8))
    ranked = rank_candidates(atlas, strokes, limit=20)
    by_id = {c.ref.id: c for c in ranked}
    gem = by_id["superior_gemellus"]
    unweighted = gem.essential_share + 0.5 * gem.spillover_share
    assert gem.score == pytest.approx(0.5 * unweighted, rel=0.02)
    assert gem.reason.endswith(INFERRED_NOTE) and gem.inferred_share == 1.0
    # Piriformis's mapped pattern lies in the same places, so it now ranks above the gemellus.
    assert ranked.index(by_id["piriformis"]) < ranked.index(gem)
    assert "no source maps" not in by_id["piriformis"].reason


def test_a_described_zone_counts_less_than_a_mapped_one(atlas):
    """Soleus's sacroiliac zone is only described: painting it scores below its kind weight."""
    from bodymap.core.candidates import CONFIDENCE_WEIGHT

    grades = atlas.structure("soleus").zone_confidence
    key = next(k for k, g in grades.items() if g == "described")
    x0, y0, x1, y1 = atlas.geometry.shapes[f"zone-soleus-{key}-right"].box
    ranked = rank_candidates(atlas, [patch(x0 + 4, x1 - 4, y0 + 6, y1 - 6)], limit=20)
    soleus = next(c for c in ranked if c.ref.id == "soleus")
    weight = 0.5 if key.startswith("spillover") else 1.0
    own = soleus.essential_share + soleus.spillover_share
    assert soleus.score == pytest.approx(weight * CONFIDENCE_WEIGHT["described"] * own, rel=0.05)


def test_the_reading_never_claims_more_than_the_drawn_roots(atlas):
    """A muscle whose zones miss every dermatome is said not to overlap the L4–S2 areas drawn."""
    text = nerve_or_muscle_reading(atlas, Ref("quadratus_lumborum", "left"))
    assert "do not overlap the L4–S2 skin areas drawn here" in text
    assert "follow a nerve root" not in text
    assert "Pins and needles in a dermatome's pattern, with numbness or weakness" in text


def test_gluteus_minimus_reading_names_s1_as_its_text_does(atlas):
    """Its posterior pattern resembles S1, as its text says: the strip names L5, S1 and S2."""
    text = nerve_or_muscle_reading(atlas, Ref("gluteus_minimus", "left"))
    assert "overlap the L5, S1 and S2 skin areas drawn here" in text
