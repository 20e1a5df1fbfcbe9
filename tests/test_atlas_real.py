"""Qt-free checks of the shipped drawing and content against each other."""

from __future__ import annotations

import re

import pytest

from bodymap.core.atlas import marker_centre
from bodymap.core.content import MUSCLE_CARD_FIELDS
from bodymap.core.ids import SIDES
from tests.real_ids import ISSUE_10_MUSCLES

REGIONS = ["lower_back", "gluteal", "posterior_thigh", "popliteal_fossa", "calf"]
MUSCLES = [
    "gluteus_maximus",
    "gluteus_medius",
    "gluteus_minimus",
    "piriformis",
    "superior_gemellus",
    "obturator_internus",
    "inferior_gemellus",
    "quadratus_femoris",
    "biceps_femoris_long_head",
    "biceps_femoris_short_head",
    "semitendinosus",
    "semimembranosus",
    "adductor_magnus",
    "quadratus_lumborum",
    "gastrocnemius",
    "soleus",
    *ISSUE_10_MUSCLES,
]
NERVES = ["sciatic_nerve", "tibial_nerve", "common_fibular_nerve"]


def test_every_issue_id_exists_with_the_right_kind(atlas):
    """The stable ids (24, plus the 12 muscles of issue 10) are all present with their kind, and
    nothing else: so the click-through test, which uses these lists, covers every structure."""
    for ids, kind in ((REGIONS, "region"), (MUSCLES, "muscle"), (NERVES, "nerve")):
        for sid in ids:
            assert atlas.structure(sid).kind == kind
    assert len(atlas.structures) == len(REGIONS) + len(MUSCLES) + len(NERVES)


def test_every_structure_is_drawn_on_both_sides(atlas):
    """Each muscle and region has an outline on each side; each nerve has stretches there."""
    for sid, st in atlas.structures.items():
        for side in SIDES:
            if st.kind == "nerve":
                assert all(atlas.stretch_shapes(s, side) for s in st.stretches), (sid, side)
            else:
                assert atlas.outline(sid, side) is not None, (sid, side)


def test_trigger_points_lie_inside_their_muscle(atlas):
    """Every trigger-point marker is inside its own muscle's outline on its own side."""
    for sid in MUSCLES:
        for side in SIDES:
            marks = atlas.trigger_points(sid, side)
            assert marks, (sid, side)
            outline = atlas.outline(sid, side)
            for m in marks:
                assert outline.contains(marker_centre(m)), m.key


def test_every_muscle_has_an_essential_zone_and_a_full_card(atlas):
    """Each muscle has an essential referral zone per side and every card field filled."""
    for sid in MUSCLES:
        st = atlas.structure(sid)
        for side in SIDES:
            assert atlas.zones(sid, side, "essential"), (sid, side)
        for field in MUSCLE_CARD_FIELDS:
            assert st.card[field].text and st.card[field].source, (sid, field)


def test_left_is_on_the_viewers_left(atlas):
    """Posterior view: the person's left side is drawn at smaller x than the right."""
    for sid in ("piriformis", "gluteus_maximus", "gastrocnemius"):
        assert atlas.outline(sid, "left").box[2] < atlas.outline(sid, "right").box[0]


def test_sciatic_nerve_leaves_below_piriformis_and_runs_between_the_landmarks(atlas):
    """The infrapiriform stretch starts at piriformis's lower border, and the nerve passes
    between the ischial tuberosity and the greater trochanter."""
    shapes = atlas.geometry.shapes
    for side in SIDES:
        piri = atlas.outline("piriformis", side)
        start = atlas.stretch_shapes("infrapiriform", side)[0].rings[0]
        mid_piri_y = (piri.box[1] + piri.box[3]) / 2
        assert max(p[1] for p in start) > mid_piri_y
        it = shapes[f"bone-ischial-tuberosity-{side}"].box
        gt = shapes[f"bone-greater-trochanter-{side}"].box
        lo, hi = sorted(((it[0] + it[2]) / 2, (gt[0] + gt[2]) / 2))
        crossing = atlas.stretch_shapes("ischiofemoral", side)[0].rings[0]
        xs = [p[0] for p in crossing]
        assert lo < sum(xs) / len(xs) < hi


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bPririformis\b",
        r"\bGemillus\b",
        r"\boburator\b",
        r"\btibian\b",
        r"\binflamation\b",
        r"\bbicep femoris\b",
        r"\bslip disk\b",
        r"\baprox\b",
        r"passes through the adductor",
    ],
)
def test_no_seed_typos_or_slip_in_our_text(atlas, pattern):
    """None of the seed article's typos, nor its anatomical slip, reaches our text."""
    for art in atlas.articles.values():
        assert not re.search(pattern, art.text, flags=re.IGNORECASE), (art.id, pattern)
    for st in atlas.structures.values():
        blob = " ".join(
            [st.name, st.summary, *st.referral.values(), *(c.text for c in st.card.values())]
        )
        assert not re.search(pattern, blob, flags=re.IGNORECASE), (st.id, pattern)


def test_overview_has_symptoms_red_flags_disclaimer_and_sources(atlas):
    """The overview lists the symptoms, links the red flags and sources, and disclaims."""
    text = atlas.article("overview").text.lower()
    for needle in ("numbness", "tingling", "buttock", "bodymap:red-flags", "bodymap:sources"):
        assert needle in text, needle
    flags = atlas.article("red-flags").text.lower()
    assert "cauda equina" in flags and "bladder" in flags and "both legs" in flags
    assert "diagnos" in atlas.article("disclaimer").text.lower()
