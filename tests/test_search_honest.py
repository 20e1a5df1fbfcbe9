"""A search for the hamstrings lists the true three first and says why the short head is there."""

from __future__ import annotations

import pytest

from bodymap.core.search import SearchIndex, split_note
from bodymap.resources import load_atlas, translated_atlas

TRUE_HAMSTRINGS = {"biceps_femoris_long_head", "semitendinosus", "semimembranosus"}
SHORT = "biceps_femoris_short_head"
QUERIES = {
    "en": ["hamstrings", "hamstring", "hammies", "lateral hamstring", "outer hamstring"],
    "es": ["isquiotibiales", "isquios", "hamstrings"],
    "de": ["Beinbeuger", "ischiocrurale Muskulatur", "Hamstrings", "hamstrings"],
}
SIDE_WORDS = {"lateral", "outer"}
WHY = {"en": "crosses only the knee", "es": "solo cruza la rodilla", "de": "nur das Knie"}


@pytest.fixture(scope="module")
def indexes() -> dict[str, SearchIndex]:
    atlas = load_atlas()
    return {
        lang: SearchIndex(atlas if lang == "en" else translated_atlas(atlas, lang))
        for lang in QUERIES
    }


@pytest.mark.parametrize(("lang", "query"), [(lang, q) for lang, qs in QUERIES.items() for q in qs])
def test_true_hamstrings_rank_before_the_short_head(indexes, lang, query):
    """Every true hamstring found ranks above the short head, which says why it is listed."""
    hits = indexes[lang].search(query)
    order = [h.ref.id for h in hits]
    assert SHORT in order
    short = order.index(SHORT)
    # "lateral hamstring" means biceps femoris: only its long head must come first there.
    meant = {"biceps_femoris_long_head"} if query.split()[0] in SIDE_WORDS else TRUE_HAMSTRINGS
    assert all(m in order[:short] for m in meant), order
    assert WHY[lang] in hits[short].label
    assert not any(h.note for h in hits if h.ref.id in TRUE_HAMSTRINGS)


def test_the_plain_group_name_finds_all_three_true_hamstrings_first(indexes):
    """ "hamstrings" puts exactly the three true hamstrings at the top, the short head later."""
    order = [h.ref.id for h in indexes["en"].search("hamstrings")]
    assert set(order[:3]) == TRUE_HAMSTRINGS
    assert order.index(SHORT) > 2


def test_the_short_head_is_still_found_by_its_own_names(indexes):
    """Its own names ("short head of biceps", "BFSH") find it first, with no caveat."""
    for query in ("short head of biceps", "BFSH", "biceps short"):
        top = indexes["en"].top(query)
        assert top is not None and top.ref.id == SHORT and top.note == ""


def test_split_note():
    """A bracketed note is split off a loose synonym; a plain synonym has none."""
    assert split_note("hamstrings [not a true one]") == ("hamstrings", "not a true one")
    assert split_note("glute med") == ("glute med", "")
