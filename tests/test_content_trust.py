"""The content says what its sources say: the issue-10 corrections hold wherever they are shown."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from bodymap.core.article_view import CONFIDENCE_WORDS, compose, confidence_text
from bodymap.core.candidates import READING_BASE
from bodymap.core.handout_text import compose_handout
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState

REPO = Path(__file__).resolve().parent.parent
UI_SOURCES = sorted((REPO / "bodymap").rglob("*.py"))


def user_texts(atlas) -> list[tuple[str, str]]:
    """Every string the app can show from the content: (where, text)."""
    out: list[tuple[str, str]] = []
    for sid, st in atlas.structures.items():
        for name in ("name", "latin", "summary", "confidence_note"):
            out.append((f"{sid}.{name}", getattr(st, name)))
        out += [(f"{sid}.synonyms", s) for s in st.synonyms]
        out += [(f"{sid}.trigger_points", t.where) for t in st.trigger_points]
        out += [(f"{sid}.referral.{k}", v) for k, v in st.referral.items()]
        for field, cf in st.card.items():
            out += [
                (f"{sid}.card.{field}.text", cf.text),
                (f"{sid}.card.{field}.source", cf.source),
            ]
    out += [(f"articles/{aid}.md", art.text) for aid, art in atlas.articles.items()]
    care = getattr(atlas, "care", None)
    if care is not None:
        out += [(f"care.{where}", text) for where, text in _strings_in(care, "")]
    return out


def _strings_in(obj, where: str) -> list[tuple[str, str]]:
    """Every string inside a tree of dataclasses, tuples and mappings, with its path."""
    if isinstance(obj, str):
        return [(where, obj)]
    if isinstance(obj, dict) or hasattr(obj, "items"):
        return [x for k, v in obj.items() for x in _strings_in(v, f"{where}.{k}")]
    if isinstance(obj, (tuple, list)):
        return [x for i, v in enumerate(obj) for x in _strings_in(v, f"{where}[{i}]")]
    if hasattr(obj, "__dataclass_fields__"):
        return [
            x for name in obj.__dataclass_fields__ for x in _strings_in(getattr(obj, name), name)
        ]
    return []


def test_no_fact_sheet_references_or_internal_notes_reach_users(atlas):
    """No shown text names the fact sheet or its sections, or keeps an internal fact-check note."""
    bad = re.compile(r"clinical-facts|§|error noted|disputed claim|that is an error", re.I)
    found = [
        (where, bad.search(text).group(0)) for where, text in user_texts(atlas) if bad.search(text)
    ]
    assert not found, found
    shown_elsewhere = [REPO / "README.md", *UI_SOURCES]
    for path in shown_elsewhere:
        text = path.read_text("utf-8")
        assert "clinical-facts" not in text and "§" not in text, path


def test_sources_are_references_not_fact_sheet_sections(atlas):
    """Every card source names at least one reference (a letter-led name), never a bare number."""
    for sid, st in atlas.structures.items():
        for field, cf in st.card.items():
            assert re.match(r"^[A-Za-z]", cf.source), (sid, field, cf.source)


def test_the_sciatic_nerve_usually_leaves_below_piriformis(atlas):
    """'Under piriformis' (which reads as deep to it) is gone from content and UI strings."""
    for where, text in user_texts(atlas):
        assert not re.search(r"under (the )?piriformis", text, re.I), where
    for path in UI_SOURCES:
        assert "under piriformis" not in path.read_text("utf-8").lower(), path
    assert "usually leaves the pelvis below piriformis" in atlas.structure("sciatic_nerve").summary


def test_cauda_equina_means_emergency_care_now_everywhere(atlas):
    """Overview, disclaimer and red flags agree: emergency now, never 'emergency … the same day'."""
    for aid in ("overview", "disclaimer", "red-flags"):
        text = atlas.article(aid).text
        assert "emergency care the same day" not in text, aid
        assert re.search(r"emergency (care|department) now|emergency department now", text), aid


def test_tingling_reads_the_same_in_the_strip_and_the_articles(atlas):
    """Pins and needles in a dermatome's pattern, with numbness or weakness, point to the nerve."""
    phrase = "in a dermatome's pattern"
    assert "Pins and needles in a dermatome's pattern, with numbness or weakness" in READING_BASE
    for aid in ("nerve-or-muscle", "overview"):
        assert phrase in atlas.article(aid).text, aid
        assert "with numbness or weakness" in atlas.article(aid).text, aid


def test_overview_lists_no_weakness_among_referral_effects(atlas):
    """The overview's symptom list (nerve or muscle) does not list weakness; the text says why."""
    text = atlas.article("overview").text
    section = text.split("## Symptoms people describe", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    assert bullets and not any("weakness" in b or "numbness" in b for b in bullets)
    assert "a muscle's referred pain is described as causing neither" in section


def test_the_small_corrections(atlas):
    """Each small wording fix of the issue is in place, and its old form nowhere."""
    # Muscles, nerves, regions, articles and the Care sections.
    texts = "\n".join(t for _w, t in user_texts(atlas))
    assert "most muscles below the knee" not in texts
    assert "all the muscles of the leg and foot" in atlas.article("sciatic_nerve").text
    assert "weakness or numbness need " not in texts
    for m in re.finditer(r"[^.]*obturator internus syndrome[^.]*", texts, re.I):
        assert "recognised" not in m.group(0), m.group(0)
    for mid in ("superior_gemellus", "obturator_internus"):
        assert "described in case reports" in atlas.structure(mid).card["relation_to_sciatic"].text
    for m in re.finditer(r"nearly everyone[^.;)]*", texts):
        assert "with an active trigger point" in m.group(0), m.group(0)
    from bodymap.ui.kiosk.attract import STEPS

    caption = STEPS[-1][2] if isinstance(STEPS[-1], tuple) else STEPS[-1].caption
    assert "usually" in caption and "so the two" not in caption


def test_soleus_sacroiliac_referral_belongs_to_the_rare_low_trigger_point(atlas):
    """Soleus: the sacroiliac zone comes from the rare point by the lowest one, not the high one."""
    st = atlas.structure("soleus")
    card = st.card["trigger_points"].text
    assert "a little above and lateral to it refers to the same-side sacroiliac region" in card
    assert "refers to the upper calf" in card
    upper = next(t for t in st.trigger_points if t.name == "upper")
    assert "upper calf" in upper.where and "sacroiliac" not in upper.where
    assert "linked to the upper trigger point" not in atlas.article("soleus").text


def test_obturator_internus_has_the_pelvic_floor_pattern(atlas):
    """Obturator internus: the intrapelvic part's T&S pelvic-floor map, not a piriformis copy."""
    st = atlas.structure("obturator_internus")
    words = " ".join((st.referral["essential"], st.referral["spillover"], st.card["referral"].text))
    for part in ("coccyx", "anal", "vagina", "rectum", "back of the"):
        assert part in words, part
    assert "inside the pelvis" in st.referral["essential"]
    assert "piriformis-like" not in words and "Not separately mapped" not in words
    assert "intrapelvic part" in atlas.article("obturator_internus").text
    assert "pelvic floor chapter" in st.card["referral"].source


def test_red_flags_name_the_new_signs_and_reach_the_handout(atlas):
    """The added warning signs are in the article and on every handout page's red-flag section."""
    signs = (
        "swollen, warm, red or darker",
        "pain at night",
        "after about the age of 50",
        "history of cancer",
        "steroid",
        "osteoporosis",
        "fever",
        "immune system is weakened",
        "inject drugs",
    )
    text = atlas.article("red-flags").text
    for sign in signs:
        assert sign in text, sign
    for ref in (None, Ref("piriformis", "left"), Ref("calf", None)):
        body = compose_handout(atlas, ref).body_markdown
        for sign in signs:
            assert sign in body, (ref, sign)


def test_the_red_flag_strip_links_to_the_full_list():
    """The strip under every article (and in the kiosk) opens the red-flag article in one click."""
    from bodymap.ui.article_panel import RED_FLAG_TEXT

    assert "href='bodymap:red-flags'" in RED_FLAG_TEXT


def test_what_else_it_can_be_lists_the_other_sources_without_diagnosing(atlas):
    """'Nerve or muscle?' lists joints, stenosis, claudication and a clot, each to have checked."""
    text = atlas.article("nerve-or-muscle").text
    section = text.split("## What else it can be", 1)[1].split("\n## ", 1)[0]
    for source in (
        "sacroiliac joint",
        "facet joints",
        "hip joint",
        "spinal stenosis",
        "vascular claudication",
        "deep vein thrombosis",
    ):
        assert source in section, source
    assert "have it checked" in section
    assert not re.search(r"\byou have\b|\bthis is\b|\bdiagnos", section, re.I)


@pytest.mark.parametrize(
    ("aid", "words"),
    [
        ("nerve-or-muscle", ("Straight-leg raise", "Slump test", "sensitive but not specific")),
        ("gluteal", ("nerve to quadratus femoris", "upper outer quadrant", "cluneal nerves")),
        ("piriformis", ("60–90° of hip flexion", "medial rotator")),
        ("biceps_femoris_short_head", ("not a true hamstring", "one joint only")),
    ],
)
def test_student_facts_are_in_their_articles(atlas, aid, words):
    """Each added student fact sits in the article a student would look in."""
    text = atlas.article(aid).text
    for w in words:
        assert w in text, (aid, w)


def test_every_muscle_says_how_sure_its_map_is_in_the_article_and_the_card(atlas):
    """The article panel and the details card both carry the grade's words and the reason."""
    from bodymap.ui.palette import LIGHT
    from bodymap.ui.student.details_card import card_html

    for mid in atlas.ids("muscle"):
        st = atlas.structure(mid)
        ref = Ref(mid, "left")
        state = ViewState(selection=ref, article=mid)
        shown = compose(atlas, state)
        assert CONFIDENCE_WORDS[st.confidence] in shown, mid
        assert st.confidence_note in shown, mid
        html = card_html(atlas, ref, LIGHT)
        assert escape(confidence_text(st)) in html, mid


def test_the_kiosk_urgent_signs_button_shows_the_new_signs(qtbot, atlas):
    """In the kiosk, the urgent-signs button opens the full list, the added signs included."""
    from bodymap.core.kiosk_config import KioskConfig
    from tests.kiosk_support import make_kiosk

    window, _mode = make_kiosk(qtbot, atlas, KioskConfig(idle_seconds=60))
    window.act_red_flags.trigger()
    text = " ".join(window.article.browser.toPlainText().split())
    for sign in ("swollen, warm, red or darker", "after about the age of 50", "inject drugs"):
        assert sign in text, sign
    assert "href='bodymap:red-flags'" in window.article.red_flags.text()


def test_the_candidates_panel_claims_a_match_not_a_cause(qtbot, atlas):
    """The panel is titled by what it does and leads with 'matches the drawing', never 'cause'."""
    from bodymap.core import state as ops
    from bodymap.core.state import Stroke
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.therapist.candidates_panel import CAVEAT, LEAD, TITLE

    window = MainWindow(atlas)
    qtbot.addWidget(window)
    panel = window.candidates
    assert panel.windowTitle() == TITLE and "cause" not in TITLE.lower()
    x0, y0, x1, y1 = atlas.geometry.shapes["zone-piriformis-essential-2-left"].box
    window.store.update(
        ops.add_stroke, Stroke((((x0 + x1) / 2, y0 + 8), ((x0 + x1) / 2, y1 - 8)), 6, 20.0)
    )
    assert panel.list.count() >= 1
    assert LEAD in panel.summary.text() and "matches the drawing" in LEAD
    assert "not a cause" in CAVEAT and "count for half" in CAVEAT
