"""The home plan: ticked self-care items go on a "Your home plan" page and into the session."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from bodymap.core import state as ops
from bodymap.core.home_plan import PlanChoice, compose_plan, known_choices, offers
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from bodymap.ui.main_window import MainWindow
from bodymap.ui.therapist_files import handout as ho

TWO = (
    PlanChoice("piriformis/ball_wall", "Morning and evening, both sides"),
    PlanChoice("piriformis/figure_four"),
)


@pytest.fixture
def window(qtbot, mini, tmp_path):
    w = MainWindow(mini)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w.resize(1000, 700)
    return w


def pages_text(path: Path) -> list[str]:
    """Each page's text, with whitespace and ligatures made plain."""
    reader = pypdf.PdfReader(str(path))
    out = []
    for page in reader.pages:
        text = unicodedata.normalize("NFKC", page.extract_text() or "")
        out.append(re.sub(r"\s+", " ", text))
    return out


def drawing_ops(path: Path, index: int) -> int:
    """How many path-drawing operators (lines, curves, rectangles) a page's content has."""
    page = pypdf.PdfReader(str(path)).pages[index]
    data = page.get_contents().get_data()
    return len(re.findall(rb"(?m) (?:l|c|re)$", data))


def test_core_plan_keeps_known_items_in_order_and_drops_unknown(mini):
    """Unknown keys (content changed) are dropped; known ones keep their order and lines."""
    plan = compose_plan(mini, (*TWO, PlanChoice("quadriceps/roll"), PlanChoice("piriformis/x")))
    assert plan is not None
    assert [e.item.id for e in plan.entries] == ["ball_wall", "figure_four"]
    assert plan.entries[0].note == "Morning and evening, both sides"
    assert "Caution for piriformis." in plan.not_for and "General caution." in plan.not_for
    assert plan.red_flags == ("General red flag.",)
    assert compose_plan(mini, ()) is None
    assert known_choices(mini, (TWO[0], TWO[0])) == (TWO[0],)


def test_offers_list_the_selected_muscle_first_then_candidates_once(mini):
    """The dialog offers the selection's items, then each candidate's, never a muscle twice."""
    keys = [o.key for o in offers(mini, ["piriformis", "gluteus_maximus", "piriformis"])]
    assert keys == ["piriformis/ball_wall", "piriformis/figure_four", "gluteus_maximus/ball_wall"]
    assert offers(mini, ["gluteal", "sciatic_nerve"]) == []  # regions and nerves have no care


def test_handout_with_two_ticked_items_has_the_home_plan_page(window, tmp_path):
    """Two ticked items: one more page titled "Your home plan" with both items and pictures."""
    window.select(Ref("piriformis", "right"))
    plain = tmp_path / "plain.pdf"
    with_plan = tmp_path / "plan.pdf"
    before = ho.write_pdf(window, plain, ho.HandoutOptions("Sam", "Anna", "A4"))
    pages = ho.write_pdf(window, with_plan, ho.HandoutOptions("Sam", "Anna", "A4", TWO))
    texts = pages_text(with_plan)
    assert pages == len(texts) == before + 1
    last = texts[-1]
    for words in (
        "Your home plan",
        "not a cure",
        "1. Ball for piriformis",
        "How for piriformis.",
        "Dose for piriformis.",
        "Stop for piriformis.",
        "From your therapist: Morning and evening, both sides",
        "2. Stretch for piriformis",
        "Stretch dose for piriformis.",
        "Stretch stop for piriformis.",
        "General stop sign.",
        "Caution for piriformis.",
        "Get help now",
        "General red flag.",
        f"Page {pages} of {pages}",
    ):
        assert words in last, words
    assert "Your home plan" not in " ".join(pages_text(plain))
    # The two pictures are painted as vector line drawings: many more strokes on the page
    # than the text-only safety notes would need.
    picture_ops = drawing_ops(with_plan, pages - 1)
    assert picture_ops > 150, picture_ops
    reader = pypdf.PdfReader(str(with_plan))
    xobjects = reader.pages[-1]["/Resources"].get("/XObject", {})
    images = [k for k, v in xobjects.items() if v.get_object().get("/Subtype") == "/Image"]
    assert not images  # vector, not pasted-in pixels


def test_many_items_flow_onto_a_second_plan_page(window, tmp_path, mini):
    """Items never split across pages: five items make the plan take two pages."""
    window.select(Ref("piriformis", "right"))
    five = tuple(PlanChoice(o.key, "x " * 60) for o in offers(mini, mini.ids("muscle")))
    assert len(five) == 4
    path = tmp_path / "long.pdf"
    pages = ho.write_pdf(window, path, ho.HandoutOptions(paper="A4", home_plan=five))
    texts = pages_text(path)
    assert pages == len(texts)
    plan_pages = [t for t in texts if "Your home plan" in t or "Get help now" in t]
    joined = " ".join(texts)
    for o in offers(mini, mini.ids("muscle")):
        assert o.item.dose in joined, o.key
    assert plan_pages  # the plan is there, however many pages it takes


def test_dialog_ticks_items_saves_them_in_the_session_and_prints_them(
    window, tmp_path, monkeypatch
):
    """Ticking two items and adding a line in the dialog puts them on the PDF and the session."""
    window.select(Ref("piriformis", "right"))
    window.store.update(ops.add_stroke, Stroke(((130.0, 80.0), (150.0, 150.0)), 8, 20.0))
    seen: dict[str, list[str]] = {}

    def accept(dialog):
        rows = dialog.plan.rows
        seen["rows"] = list(rows)
        rows["piriformis/ball_wall"][0].setChecked(True)
        rows["piriformis/ball_wall"][1].setText("Only on the right")
        rows["piriformis/figure_four"][0].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ho.HandoutDialog, "exec", accept)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)")
    )
    assert window.handout.export() == target
    assert seen["rows"][:2] == ["piriformis/ball_wall", "piriformis/figure_four"]
    assert window.sessions.home_plan == (
        PlanChoice("piriformis/ball_wall", "Only on the right"),
        PlanChoice("piriformis/figure_four", ""),
    )
    assert window.sessions.is_modified()
    last = pages_text(target)[-1]
    assert "Your home plan" in last and "Only on the right" in last

    # Saved with the session and back after opening it in a fresh window.
    session = tmp_path / "anna.bodymap"
    assert window.sessions._write(session)
    other = MainWindow(window.atlas)
    other.sessions.settings = window.sessions.settings
    assert other.sessions.open_path(session, asked=True)
    assert other.sessions.home_plan == window.sessions.home_plan
    # The next dialog starts with them ticked and the line filled in.
    seen.clear()

    def look(dialog):
        box, line = dialog.plan.rows["piriformis/ball_wall"]
        seen["state"] = [str(box.isChecked()), line.text(), str(line.isEnabled())]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ho.HandoutDialog, "exec", look)
    assert other.handout.ask("Export handout", "Choose file…") is None
    assert seen["state"] == ["True", "Only on the right", "True"]
    other.close()
    other.deleteLater()


def test_dialog_without_a_selection_says_how_to_get_items(window, monkeypatch):
    """With nothing selected and nothing drawn, the dialog explains where the items come from."""
    from bodymap.ui.therapist_files.home_plan_picker import EMPTY_TEXT

    texts: list[str] = []

    def look(dialog):
        from PySide6.QtWidgets import QLabel

        texts.extend(lbl.text() for lbl in dialog.plan.findChildren(QLabel))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ho.HandoutDialog, "exec", look)
    assert window.handout.ask("Export handout", "Choose file…") is None
    assert EMPTY_TEXT in texts
