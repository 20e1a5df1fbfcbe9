"""German content (assets/content/i18n/de) translates every structure, care field and article."""

from __future__ import annotations

import pytest

from bodymap.core.content import load_content
from bodymap.core.search import SearchIndex
from bodymap.core.translation import MARK, translate
from bodymap.resources import asset_root, care_pictures


@pytest.fixture(scope="module")
def german():
    root = asset_root()
    english = load_content(root.joinpath("content"), "assets/content", care_pictures(root))
    return english, *translate(english, root.joinpath("content"), "de")


def test_no_structure_care_field_or_article_is_missing_in_german(german) -> None:
    """Coverage lists no missing field or article, and no text carries the [EN] mark."""
    english, content, cov = german
    assert cov.missing == []
    for st in content.structures.values():
        texts = [st.name, st.summary, *(f.text for f in st.card.values())]
        texts += [t.where for t in st.trigger_points]
        texts += [str(v) for v in (st.referral or {}).values() if isinstance(v, str)]
        assert not any(t.endswith(MARK) for t in texts), st.id
    for mc in content.care.muscles.values():
        texts = [mc.client, mc.therapist, mc.evidence, *mc.habits, *mc.not_for]
        for item in mc.self_care:
            texts += [item.title, item.how, item.dose, item.stop]
        assert not any(t.endswith(MARK) for t in texts), mc.muscle
    general = content.care.general
    assert not any(t.endswith(MARK) for t in (*general.red_flags, *general.stop_signs))
    assert set(content.structures) == set(english.structures)


def test_key_terms_use_the_german_anatomical_names(german) -> None:
    """Piriformis is "M. piriformis", the sciatic nerve "Ischiasnerv"; its relations stay exact."""
    _, content, _ = german
    names = {sid: st.name for sid, st in content.structures.items()}
    assert names["piriformis"] == "M. piriformis"
    assert names["sciatic_nerve"] == "Ischiasnerv"
    assert names["gluteus_medius"] == "Mittlerer Gesäßmuskel"
    assert names["superior_gemellus"] == "Oberer Zwillingsmuskel"
    assert names["gastrocnemius"] == "Zwillingswadenmuskel"
    assert names["common_fibular_nerve"] == "Gemeinsamer Wadenbeinnerv"
    course = content.structures["sciatic_nerve"].card["course"].text
    assert "meist unterhalb des M. piriformis" in course
    assert "liegt er auf dem M. adductor magnus" in course
    assert "unter dem langen Kopf des M. biceps femoris" in course
    assert "durch den M. adductor" not in course


def test_german_names_fit_on_a_label(german) -> None:
    """No German structure name is longer than 32 characters: names are drawn as labels."""
    _, content, _ = german
    long = {sid: st.name for sid, st in content.structures.items() if len(st.name) > 32}
    assert long == {}


def test_sources_stay_as_in_english(german) -> None:
    """A translated card field keeps the English field's sources, word for word."""
    english, content, _ = german
    for sid, st in content.structures.items():
        for key, card_field in st.card.items():
            assert card_field.source == english.structures[sid].card[key].source, (sid, key)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("birnenförmiger Muskel", "piriformis"),
        ("Ischias", "sciatic_nerve"),
        ("langer Bizepskopf", "biceps_femoris_long_head"),
        ("mittlerer Gesäßmuskel", "gluteus_medius"),
        ("Nervus tibialis", "tibial_nerve"),
        ("Peroneus", "common_fibular_nerve"),
        ("Kniekehle", "popliteal_fossa"),
        ("piriformis", "piriformis"),
    ],
)
def test_search_finds_german_and_english_names(german, query, expected) -> None:
    """German synonyms people type, and the English name, find the structure first."""
    _, content, _ = german
    top = SearchIndex(content).top(query)
    assert top is not None and top.ref.id == expected, (query, top)


def test_the_medial_hamstrings_share_one_german_group_name(german) -> None:
    """Semitendinosus and semimembranosus share one pattern group: the quiz asks them as one."""
    _, content, _ = german
    a = content.structures["semitendinosus"].pattern_group
    b = content.structures["semimembranosus"].pattern_group
    assert a == b == "die medialen ischiocruralen Muskeln"


def test_a_german_group_word_finds_every_member(german) -> None:
    """ "Beinbeuger" finds all four hamstring heads; "Zwillingsmuskel" both hip gemelli first."""
    _, content, _ = german
    index = SearchIndex(content)
    hamstrings = {h.ref.id for h in index.search("Beinbeuger")}
    assert {
        "biceps_femoris_long_head",
        "biceps_femoris_short_head",
        "semitendinosus",
        "semimembranosus",
    } <= hamstrings
    hits = index.search("Zwillingsmuskel")
    assert {h.ref.id for h in hits[:2]} == {"superior_gemellus", "inferior_gemellus"}
    # "Zwillingswadenmuskel" (the calf) is at most a typo-level match, after the hip gemelli.
    assert all(h.how == "fuzzy" for h in hits if h.ref.id == "gastrocnemius")


def test_german_care_keeps_the_urgent_advice(german) -> None:
    """The red flags name the saddle area and both legs; a swollen calf is never to be massaged."""
    _, content, _ = german
    flags = " ".join(content.care.general.red_flags)
    assert "Reithosenbereich" in flags and "beiden Beinen" in flags and "Notruf" in flags
    calf = content.care.of("gastrocnemius")
    assert "Gerinnsel" in calf.not_for[0] and "Kein Druck und keine Massage" in calf.not_for[0]
    assert content.care.of("piriformis").self_care[0].title == "Ball an der Wand"


def test_german_client_texts_address_the_reader_as_sie(german) -> None:
    """Self-care instructions use the polite "Sie" form, never the familiar "du"."""
    _, content, _ = german
    for mc in content.care.muscles.values():
        for item in mc.self_care:
            words = f"{item.how} {item.stop}".replace(",", " ").replace(".", " ").split()
            assert "Sie" in words, (mc.muscle, item.id)
            assert not {"du", "dich", "dein", "deine"} & {w.lower() for w in words}, mc.muscle


def test_every_german_list_has_as_many_items_as_the_english(german) -> None:
    """A red flag, stop sign, caution or habit added in English is never missing in German."""
    english, content, _ = german
    for key in ("red_flags", "stop_signs", "not_for"):
        de, en = getattr(content.care.general, key), getattr(english.care.general, key)
        assert len(de) == len(en), key
    for mid, mc in english.care.muscles.items():
        de_mc = content.care.of(mid)
        assert len(de_mc.habits) == len(mc.habits), (mid, "habits")
        assert len(de_mc.not_for) == len(mc.not_for), (mid, "not_for")
        assert [i.id for i in de_mc.self_care] == [i.id for i in mc.self_care], mid
    for sid, st in english.structures.items():
        assert len(content.structures[sid].synonyms) > 0 or not st.synonyms, sid


def test_the_lower_back_and_leg_muscles_keep_their_relations_in_german(german) -> None:
    """Issue 10's muscles: German names, one fibularis group, the nerve relations kept exact."""
    _, content, _ = german
    names = {sid: st.name for sid, st in content.structures.items()}
    assert names["tensor_fasciae_latae"] == "Schenkelbindenspanner"
    assert names["popliteus"] == "Kniekehlenmuskel"
    assert names["plantaris"] == "Sohlenspanner"
    assert names["tibialis_posterior"] == "Hinterer Schienbeinmuskel"
    longus, brevis = content.structures["fibularis_longus"], content.structures["fibularis_brevis"]
    assert longus.pattern_group == brevis.pattern_group == "die Wadenbeinmuskeln (Mm. fibulares)"
    tfl = content.structures["tensor_fasciae_latae"].card["relation_to_sciatic"].text
    assert "einzige Nerv, der das Becken oberhalb des M. piriformis verlässt" in tfl
    popliteus = content.structures["popliteus"].card["relation_to_sciatic"].text
    assert "liegt dabei auf dem M. popliteus" in popliteus
    index = SearchIndex(content)
    assert index.top("Peroneus longus").ref.id == "fibularis_longus"
    assert index.top("Rückenstrecker").ref.id in {
        "iliocostalis_lumborum",
        "longissimus",
        "multifidus",
    }
