"""Care: every muscle has a complete Care section, its pictures ship, and the panel shows it."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from bodymap.core import state as ops
from bodymap.core.article_view import compose
from bodymap.core.care import (
    ITEM_FIELDS,
    MUSCLE_FIELDS,
    MUSCLE_LISTS,
    item_key,
    split_key,
)
from bodymap.core.care_text import CLIENT_HEADING, KIOSK_CARE, THERAPIST_HEADING
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState
from bodymap.resources import care_pictures, read_care_picture

ROOT = Path(__file__).resolve().parent.parent


def _draw_care():
    spec = importlib.util.spec_from_file_location("draw_care", ROOT / "tools" / "draw_care.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["draw_care"] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def care_text(mc) -> str:
    """All words of one muscle's Care section."""
    items = [getattr(it, f) for it in mc.self_care for f in ITEM_FIELDS]
    return " ".join([mc.client, mc.therapist, mc.evidence, *mc.habits, *mc.not_for, *items])


def test_every_muscle_has_a_complete_care_section(atlas):
    """Each muscle has every Care field filled, at least one self-care item, each fully filled."""
    muscles = atlas.ids("muscle")
    assert len(muscles) >= 16
    assert set(atlas.care.muscles) == set(muscles)
    for mid in muscles:
        mc = atlas.care.of(mid)
        assert mc is not None, mid
        for f in MUSCLE_FIELDS:
            assert len(getattr(mc, f)) > 40, (mid, f)
        for f in MUSCLE_LISTS:
            assert getattr(mc, f) and all(len(s) > 8 for s in getattr(mc, f)), (mid, f)
        assert mc.self_care, mid
        for it in mc.self_care:
            assert all(getattr(it, f).strip() for f in ITEM_FIELDS), (mid, it.id)
            # A dose says how long and how often.
            assert re.search(r"\d", it.dose) and re.search(r"day|week", it.dose), (mid, it.id)
            assert it.stop.startswith("Stop"), (mid, it.id)
    general = atlas.care.general
    assert general.red_flags and general.stop_signs and general.not_for and general.sources


def test_cautions_name_pregnancy_blood_thinners_injury_and_clots(atlas):
    """Who should not do it: pregnancy, blood thinners, recent injury and a possible clot."""
    words = " ".join(atlas.care.general.not_for).lower()
    for needle in ("pregnant", "blood thinners", "recent injury", "clot"):
        assert needle in words, needle


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bPririformis\b",
        r"\bGemillus\b",
        r"\boburator\b",
        r"\btibian\b",
        r"\binflamation\b",
        r"\bbicep femoris\b",
        r"through the adductor",
        r"under piriformis",
        r"(?<!not a )\bcures?\b",
        r"\bguarantee",
    ],
)
def test_care_text_has_no_seed_typos_and_promises_no_cure(atlas, pattern):
    """No seed typo or slip reaches the Care text, and nothing is promised as a cure."""
    g = atlas.care.general
    blobs = [care_text(mc) for mc in atlas.care.muscles.values()]
    blobs.append(" ".join([g.evidence, *g.not_for, *g.stop_signs, *g.red_flags]))
    for blob in blobs:
        assert not re.search(pattern, blob, flags=re.IGNORECASE), (pattern, blob[:80])


def test_every_picture_is_drawn_shipped_and_up_to_date(atlas):
    """Each picture an item names exists in assets/care, matches the generator, and is SVG."""
    draw = _draw_care()
    shipped = care_pictures()
    assert atlas.care.pictures() <= shipped
    assert shipped == set(draw.PICTURES)
    for name in shipped:
        data = read_care_picture(name)
        assert data.startswith(b"<svg") and b"<title>" in data
        assert data.decode("utf-8") == draw.svg(name), f"run python tools/draw_care.py ({name})"


def test_pictures_are_black_lines_on_white_only(atlas):
    """The pictures print in black and white: no colour other than black and white is used."""
    for name in care_pictures():
        colours = set(re.findall(r"#[0-9a-fA-F]{3,6}", read_care_picture(name).decode()))
        assert colours <= {"#000", "#fff"}, (name, colours)


def test_a_missing_picture_is_one_clear_line():
    """Asking for a picture that is not drawn names the file and lists the valid names."""
    from bodymap.core.errors import BodymapError

    with pytest.raises(BodymapError) as info:
        read_care_picture("cartwheel")
    assert "care/cartwheel.svg" in info.value.message
    assert "ball_wall_buttock" in info.value.message and "\n" not in info.value.message


def test_item_keys_round_trip():
    """An item key names a muscle and an item; anything else splits to nothing."""
    assert split_key(item_key("piriformis", "ball_wall")) == ("piriformis", "ball_wall")
    for bad in ("piriformis", "/x", "Piriformis/ball", "a/b/c", ""):
        assert split_key(bad) == ("", ""), bad


def _selected(atlas, sid: str) -> ViewState:
    return ops.select(ViewState(), atlas, Ref(sid, "right"))


def test_panel_shows_client_care_in_the_plain_part_and_therapist_care_later(atlas):
    """Piriformis: the client's Care comes before the anatomy, the therapist's after it."""
    md = compose(atlas, _selected(atlas, "piriformis"))
    mc = atlas.care.of("piriformis")
    assert mc is not None
    client_at = md.index(CLIENT_HEADING)
    anatomy_at = md.index("## Anatomy")
    therapist_at = md.index(THERAPIST_HEADING)
    assert client_at < anatomy_at < therapist_at
    client_part = md[client_at:anatomy_at]
    for it in mc.self_care:
        assert it.title in client_part and it.dose in client_part and it.stop in client_part
    assert "wallet" in client_part and "not a cure" in client_part
    assert "pregnant" in client_part
    therapist_part = md[therapist_at:]
    assert mc.therapist in therapist_part and "Evidence." in therapist_part
    assert "PMC9434898" in therapist_part
    # The article's own "Related:" links still close the panel.
    assert md.rstrip().splitlines()[-1].startswith("Related:")


def test_kiosk_article_shows_no_care_steps(atlas):
    """With care steps off (the kiosk) no muscle's article gives a dose, a step or a habit."""
    for mid in atlas.ids("muscle"):
        md = compose(atlas, _selected(atlas, mid), care_steps=False)
        mc = atlas.care.of(mid)
        assert mc is not None
        assert KIOSK_CARE in md
        assert THERAPIST_HEADING not in md
        for it in mc.self_care:
            assert it.how not in md and it.dose not in md, (mid, it.id)
        assert "How long" not in md and mc.habits[0] not in md
        assert "care:" not in md  # no pictures either


def test_regions_and_nerves_have_no_care_section(atlas):
    """Care belongs to muscles: a region's or a nerve's article has none."""
    for sid in (*atlas.ids("region"), *atlas.ids("nerve")):
        md = compose(atlas, _selected(atlas, sid))
        assert CLIENT_HEADING not in md and THERAPIST_HEADING not in md, sid
