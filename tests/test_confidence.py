"""The referral confidence of every muscle: read from the content, checked, and asked per zone."""

from __future__ import annotations

import pytest

from bodymap.core.atlas import CONFIDENCES
from bodymap.core.content import parse_structure
from bodymap.core.errors import BodymapError


def test_every_muscle_has_a_confidence_and_a_note_naming_a_source(atlas):
    """Each muscle's pattern says how sure it is, with a sentence naming where that comes from."""
    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        assert st.confidence in CONFIDENCES, mid
        assert len(st.confidence_note.split()) >= 8, mid
        assert st.confidence_note.endswith("."), mid
        assert "confidence" not in st.referral and "confidence_note" not in st.referral


def test_the_honest_grades_of_known_muscles(atlas):
    """Piriformis is mapped by Travell & Simons; the gemelli are drawn by analogy (inferred)."""
    assert atlas.structure("piriformis").confidence == "mapped"
    assert atlas.structure("obturator_internus").confidence == "mapped"
    for mid in ("superior_gemellus", "inferior_gemellus", "quadratus_femoris"):
        assert atlas.structure(mid).confidence == "inferred", mid
        assert "analogy" in atlas.structure(mid).confidence_note


def test_zone_confidence_falls_back_to_the_muscle_and_honours_an_override(atlas):
    """A zone without its own entry has its muscle's grade; soleus's sacroiliac zone differs."""
    assert atlas.zone_confidence("zone-piriformis-essential-1-left") == "mapped"
    assert atlas.zone_confidence("zone-superior_gemellus-spillover-1-right") == "inferred"
    overrides = atlas.structure("soleus").zone_confidence
    assert overrides, "soleus should mark its rare sacroiliac zone"
    for key, grade in overrides.items():
        for side in ("left", "right"):
            assert atlas.zone_confidence(f"zone-soleus-{key}-{side}") == grade
    with pytest.raises(KeyError):
        atlas.zone_confidence("piriformis-left")


def test_every_drawn_zone_has_a_grade(atlas):
    """Every zone of the drawing answers one of the three words (none falls through)."""
    zones = [s.key for s in atlas.geometry.shapes.values() if s.cls == "zone"]
    assert zones
    assert {atlas.zone_confidence(k) for k in zones} <= set(CONFIDENCES)


@pytest.mark.parametrize(
    ("referral", "words"),
    [
        ({"essential": "x"}, "the referral has no confidence"),
        ({"essential": "x", "confidence": "sure"}, "unknown confidence 'sure'"),
        ({"essential": "x", "confidence": "mapped"}, "the confidence has no note"),
    ],
)
def test_a_muscle_without_a_proper_confidence_is_refused(referral, words):
    """A missing, misspelt or unexplained confidence stops the load with file, place and fix."""
    entry = {
        "id": "piriformis",
        "kind": "muscle",
        "name": "Piriformis",
        "summary": "s",
        "layer": "deep",
        "trigger_points": [{"name": "a", "where": "b"}],
        "referral": referral,
    }
    with pytest.raises(BodymapError) as info:
        parse_structure(entry, "muscles.toml", 12)
    assert words in info.value.message
    assert "line 12, structure 'piriformis'" in info.value.message
    assert "\n" not in info.value.message


def test_a_region_needs_no_confidence():
    """Only muscles carry a referral pattern, so a region without a confidence loads."""
    st = parse_structure(
        {"id": "calf", "kind": "region", "name": "Calf", "summary": "s"}, "regions.toml", 3
    )
    assert st.confidence is None


def test_the_shown_text_names_a_differing_zone_grade(atlas):
    """Soleus's text says one zone is only described; a muscle without overrides adds nothing."""
    from bodymap.core.article_view import confidence_text

    soleus = confidence_text(atlas.structure("soleus"))
    assert soleus.startswith("Mapped (")
    assert "One of its zones is only described in words rather than mapped." in soleus
    gem = confidence_text(atlas.structure("inferior_gemellus"))
    assert gem.startswith("Inferred (") and "of its zones" not in gem
