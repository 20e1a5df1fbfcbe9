"""Search ranking over the shipped content: names, synonyms, abbreviations and typos."""

from __future__ import annotations

import pytest

from bodymap.core.atlas import Content
from bodymap.core.content import load_content
from bodymap.core.ids import Ref
from bodymap.core.search import EXACT, FUZZY, PREFIX, SUBSTRING, WORD_PREFIX, SearchIndex
from bodymap.resources import asset_root
from tests.real_ids import ISSUE_10_MUSCLES
from tests.synthetic import mini_content

DEEP_SIX = {
    "piriformis",
    "superior_gemellus",
    "obturator_internus",
    "inferior_gemellus",
    "quadratus_femoris",
}
HAMSTRINGS = {
    "biceps_femoris_long_head",
    "biceps_femoris_short_head",
    "semitendinosus",
    "semimembranosus",
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(asset_root().joinpath("content"))


@pytest.fixture(scope="module")
def index(content) -> SearchIndex:
    return SearchIndex(content)


def ids(hits) -> list[str]:
    return [h.ref.id for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("piri", "piriformis"),
        ("Piriformis", "piriformis"),
        ("peroneal", "common_fibular_nerve"),
        ("glute med", "gluteus_medius"),
        ("QL", "quadratus_lumborum"),
        ("ql", "quadratus_lumborum"),
        ("semitend", "semitendinosus"),
        ("gastroc", "gastrocnemius"),
        ("musculus soleus", "soleus"),
        ("tibial", "tibial_nerve"),
    ],
)
def test_top_hit(index, query, expected):
    """Each everyday query puts the intended structure first."""
    assert index.top(query) is not None
    assert index.top(query).ref.id == expected


NEW_MUSCLES = ISSUE_10_MUSCLES


@pytest.mark.parametrize("muscle", NEW_MUSCLES)
def test_new_muscles_found_by_name_and_latin(content, index, muscle):
    """Each muscle added for the pain guide is the exact top hit for its English and Latin names."""
    st = content.structures[muscle]
    for query in (st.name, st.latin, st.name.lower()):
        top = index.top(query)
        assert top is not None and top.ref.id == muscle, query
        assert top.tier == EXACT, query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("TFL", "tensor_fasciae_latae"),
        ("tfl", "tensor_fasciae_latae"),
        ("IT band", "tensor_fasciae_latae"),
        ("external obturator", "obturator_externus"),
        ("multifidi", "multifidus"),
        ("iliocostalis", "iliocostalis_lumborum"),
        ("longissimus", "longissimus"),
        ("VL", "vastus_lateralis"),
        ("knee unlocker", "popliteus"),
        ("freshman's nerve", "plantaris"),
        ("peroneus longus", "fibularis_longus"),
        ("peroneus brevis", "fibularis_brevis"),
        ("tib post", "tibialis_posterior"),
        ("FDL", "flexor_digitorum_longus"),
        ("fdl", "flexor_digitorum_longus"),
    ],
)
def test_new_muscle_synonyms_and_abbreviations(index, query, expected):
    """Therapists' abbreviations and the old peroneus names go straight to the new muscle."""
    top = index.top(query)
    assert top is not None and top.ref.id == expected
    assert top.tier == EXACT


def test_group_words_for_the_new_muscles(index):
    """ "erector spinae" and "peroneals" find both their muscles; "peroneal" is still the nerve."""
    exact = {h.ref.id for h in index.search("erector spinae") if h.tier == EXACT}
    assert exact == {"iliocostalis_lumborum", "longissimus"}
    exact = {h.ref.id for h in index.search("peroneals") if h.tier == EXACT}
    assert exact == {"fibularis_longus", "fibularis_brevis"}
    assert index.top("peroneal").ref.id == "common_fibular_nerve"
    deep = {h.ref.id for h in index.search("deep six") if h.tier == EXACT}
    assert deep >= DEEP_SIX | {"obturator_externus"}


def test_group_synonyms_find_the_whole_group(index):
    """ "deep six" and "hamstrings" return every muscle of the group as exact matches."""
    deep = index.search("deep six")
    assert {h.ref.id for h in deep if h.tier == EXACT} >= DEEP_SIX
    ham = index.search("hamstrings")
    assert {h.ref.id for h in ham if h.tier == EXACT} >= HAMSTRINGS
    assert all(h.matched.lower() == "hamstrings" for h in ham if h.ref.id in HAMSTRINGS)


def test_tiers_rank_exact_prefix_word_substring_fuzzy(index):
    """The matched tier of the top hit follows the ranking rule for each kind of query."""
    assert index.top("soleus").tier == EXACT
    assert index.top("sole").tier == PREFIX
    assert index.top("glute med").tier == EXACT  # a synonym written that way
    assert index.top("bic fem").tier == WORD_PREFIX
    assert index.top("membran").tier == SUBSTRING
    top = index.top("pirifromis")  # a typo
    assert top is not None and top.ref.id == "piriformis" and top.tier == FUZZY
    hits = index.search("glut")
    assert [h.tier for h in hits] == sorted(h.tier for h in hits)


def test_one_hit_per_structure_with_its_best_term(index):
    """A structure appears once, with the text that matched best."""
    hits = index.search("gluteus")
    assert len(ids(hits)) == len(set(ids(hits)))
    assert index.top("piri").matched == "piri"
    assert index.top("peroneal").label == "Common fibular nerve (peroneal)"


def test_side_suffix_and_no_match(index):
    """ "piri left" selects the left piriformis; gibberish and blank queries find nothing."""
    assert index.top("piri left").ref == Ref("piriformis", "left")
    assert index.top("piriformis:right").ref == Ref("piriformis", "right")
    assert index.search("xqzzy") == []
    assert index.search("   ") == []


def test_works_on_any_content():
    """The index needs only structures, so the synthetic content works too."""
    assert SearchIndex(mini_content()).top("piri").ref.id == "piriformis"
    assert SearchIndex(mini_content()).top("glut").ref.id in {
        "gluteal",
        "gluteus_maximus",
        "gluteus_minimus",
    }
