"""Muscles whose typical pain pattern matches the drawing, ranked by how their zones cover it.

This is pattern matching, not a cause: a listed muscle is one whose typical referral zones lie
where the person painted, a lead for the examination.

The zones are the same drawn shapes the map shows (``atlas.zones(muscle, side, kind)``),
rasterised on the pain drawing's grid, so the list and the picture cannot disagree.

For each muscle and side, with P the painted cells on that side and N all painted cells:

* essential share = |P ∩ essential| / N
* spillover share = |P ∩ spillover, outside essential| / N
* score = Σ over painted zone cells of (kind weight × confidence weight) / N, where a cell's
  kind weight is ESSENTIAL_WEIGHT or SPILLOVER_WEIGHT and its confidence weight comes from
  the zone's grade (``Atlas.zone_confidence``): an ``inferred`` zone (no source maps it, drawn
  by analogy) counts CONFIDENCE_WEIGHT["inferred"] of a mapped one, and the reason says so.

A stroke on the left can only match left-side zones. Ties go to the zone that fits the drawing
more tightly, then to content order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodymap.core.atlas import Atlas, Confidence
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.ids import SIDES, Ref, Side
from bodymap.core.painting import PainMap, body_raster, paint_map
from bodymap.core.state import Stroke

ESSENTIAL_WEIGHT = 1.0
SPILLOVER_WEIGHT = 0.5
# How much a painted cell counts by the grade of its zone's pattern.
CONFIDENCE_WEIGHT: dict[Confidence, float] = {"mapped": 1.0, "described": 0.8, "inferred": 0.5}
MIN_SCORE = 0.03  # below 3 % of the drawing a match is noise, not a lead
MENTION_SHARE = 0.05  # a second zone is mentioned in the reason from 5 % up


@dataclass(frozen=True, slots=True)
class Candidate:
    """A muscle on one side whose referral zones cover part of the pain drawing."""

    ref: Ref
    name: str
    score: float
    essential_share: float  # of the painted area, 0-1
    spillover_share: float  # of the painted area, 0-1, outside the essential zone
    fit: float  # the share of the muscle's zones that is painted, 0-1
    reason: str
    inferred_share: float = 0.0  # of the matched zone cells, the share whose pattern is inferred


def _pct(share: float) -> str:
    """A share as a whole percentage, never "0 %" for a real overlap."""
    value = round(share * 100)
    return f"{max(value, 1) if share > 0 else 0} %"


def reason_for(essential: float, spillover: float) -> str:
    """The short reason a candidate is listed, from its two shares of the painted area."""
    if essential >= spillover:
        text = translate(
            "CoreCandidates",
            "covers {pct} of the painted area with its essential zone",
        ).format(pct=_pct(essential))
        if spillover >= MENTION_SHARE:
            text += translate(
                "CoreCandidates",
                ", {pct} more with its spillover zone",
            ).format(pct=_pct(spillover))
        return text
    text = translate(
        "CoreCandidates",
        "covers {pct} of the painted area with its spillover zone",
    ).format(pct=_pct(spillover))
    if essential >= MENTION_SHARE:
        text += translate(
            "CoreCandidates",
            ", {pct} with its essential zone",
        ).format(pct=_pct(essential))
    return text


INFERRED_NOTE = QT_TRANSLATE_NOOP(
    "CoreCandidates",
    "; no source maps this pattern (it is drawn by analogy), so it counts for half",
)


def _weights(atlas: Atlas, muscle: str, side: Side) -> dict[tuple[int, int], tuple[float, str]]:
    """Each zone cell of a muscle's side -> (its best weight, the grade that gave it)."""
    raster = body_raster(atlas)
    kind_weight = {"essential": ESSENTIAL_WEIGHT, "spillover": SPILLOVER_WEIGHT}
    out: dict[tuple[int, int], tuple[float, str]] = {}
    for zone in atlas.zones(muscle, side):
        grade = atlas.zone_confidence(zone.key)
        w = kind_weight.get(zone.attrs.get("kind", ""), SPILLOVER_WEIGHT) * CONFIDENCE_WEIGHT[grade]
        for cell in raster.shape_cells(zone.key):
            if cell not in out or out[cell][0] < w:
                out[cell] = (w, grade)
    return out


def rank_candidates(
    atlas: Atlas, drawing: PainMap | Iterable[Stroke], limit: int = 8, min_score: float = MIN_SCORE
) -> list[Candidate]:
    """Muscles (with side) ranked by weighted zone overlap with the drawing, best first."""
    pm = drawing if isinstance(drawing, PainMap) else paint_map(atlas, drawing)
    total = len(pm.intensity)
    if total == 0:
        return []
    raster = body_raster(atlas)
    found: list[tuple[tuple[float, float, int], Candidate]] = []
    for order, muscle in enumerate(atlas.ids("muscle")):
        name = atlas.structure(muscle).name
        for side in SIDES:
            painted = pm.cells_on(side)
            if not painted:
                continue
            essential = raster.zone_cells(muscle, side, "essential")
            spill = raster.zone_cells(muscle, side, "spillover") - essential
            if not essential and not spill:
                continue
            e_share = len(painted & essential) / total
            s_share = len(painted & spill) / total
            if ESSENTIAL_WEIGHT * e_share + SPILLOVER_WEIGHT * s_share < min_score:
                continue  # cannot reach the threshold whatever the grades: skip the weights
            weights = _weights(atlas, muscle, side)
            hit = [weights[c] for c in painted if c in weights]
            score = sum(w for w, _g in hit) / total
            if score < min_score:
                continue
            inferred = sum(1 for _w, g in hit if g == "inferred") / len(hit) if hit else 0.0
            zone_size = len(essential) + len(spill)
            fit = (len(painted & essential) + len(painted & spill)) / zone_size
            reason = reason_for(e_share, s_share) + (
                translate("CoreCandidates", INFERRED_NOTE) if inferred >= 0.5 else ""
            )
            cand = Candidate(
                Ref(muscle, side), name, score, e_share, s_share, fit, reason, inferred
            )
            found.append(((-round(score, 6), -fit, order), cand))
    found.sort(key=lambda item: item[0])
    return [c for _key, c in found[:limit]]


def dermatome_roots(atlas: Atlas, side: Side) -> dict[str, frozenset[tuple[int, int]]]:
    """The drawn dermatomes of one side as root -> cells (L4, L5, S1, S2...)."""
    raster = body_raster(atlas)
    roots: dict[str, set[tuple[int, int]]] = {}
    for shape in atlas.geometry.of_class("dermatome"):
        if shape.side == side:
            root = shape.attrs.get("root", "")
            roots.setdefault(root, set()).update(raster.shape_cells(shape.key))
    return {r: frozenset(c) for r, c in roots.items() if r}


def roots_under_zones(
    atlas: Atlas, muscle_id: str, side: Side, min_share: float = 0.05
) -> list[str]:
    """Dermatome roots that cover at least ``min_share`` of a muscle's referral zones."""
    zones = body_raster(atlas).zone_cells(muscle_id, side)
    if not zones:
        return []
    roots = dermatome_roots(atlas, side)
    shares = {r: len(cells & zones) / len(zones) for r, cells in roots.items()}
    return sorted((r for r, s in shares.items() if s >= min_share), key=_root_order)


def _root_order(root: str) -> tuple[int, int]:
    """L4 < L5 < S1 < S2: lumbar before sacral, then by number."""
    letter = {"T": 0, "L": 1, "S": 2}.get(root[:1].upper(), 3)
    try:
        return letter, int(root[1:])
    except ValueError:
        return letter, 99


READING_BASE = QT_TRANSLATE_NOOP(
    "CoreCandidates",
    "Pins and needles in a dermatome's pattern, with numbness or weakness, point to the nerve; "
    "a deep ache with no numbness or weakness fits a trigger point; both can coexist.",
)


def drawn_root_span(atlas: Atlas) -> str:
    """The drawn dermatomes as a span, e.g. "L4–S2" (the roots the reading can compare)."""
    roots = sorted(
        {s.attrs.get("root", "") for s in atlas.geometry.of_class("dermatome")} - {""},
        key=_root_order,
    )
    if not roots:
        return ""
    return roots[0] if len(roots) == 1 else f"{roots[0]}–{roots[-1]}"


def _and_list(items: list[str]) -> str:
    """L5 / L5 and S1 / L5, S1 and S2."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def nerve_or_muscle_reading(atlas: Atlas, selection: Ref | None) -> str:
    """One plain line comparing the dermatomes with the selected muscle's referral zones."""
    base = translate("CoreCandidates", READING_BASE)
    if selection is None or atlas.structure(selection.id).kind != "muscle":
        return base + " Select a muscle to compare its referral zones."
    st = atlas.structure(selection.id)
    sides: tuple[Side, ...] = (selection.side,) if selection.side else SIDES
    roots: list[str] = []
    for side in sides:
        roots.extend(r for r in roots_under_zones(atlas, st.id, side) if r not in roots)
    roots.sort(key=_root_order)
    if not body_raster(atlas).zone_cells(st.id, sides[0]):
        return base
    if roots:
        areas = (
            translate("CoreCandidates", "skin area")
            if len(roots) == 1
            else translate("CoreCandidates", "skin areas")
        )
        return translate(
            "CoreCandidates",
            "{name}'s referral zones overlap the {join} {areas} drawn "
            "here, so where it hurts cannot tell them apart. {base}",
        ).format(name=st.name, join=_and_list(roots), areas=areas, base=base)
    span = drawn_root_span(atlas)
    return translate(
        "CoreCandidates",
        "{name}'s referral zones do not overlap the {span} skin areas drawn here. {base}",
    ).format(name=st.name, span=span, base=base)
