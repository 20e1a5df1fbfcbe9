"""The client's handout: a vector PDF with the map, the plain text, urgent signs and disclaimer."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bodymap.core import state as ops
from bodymap.core.handout_text import compose_handout, plain_links
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from bodymap.ui.main_window import MainWindow
from bodymap.ui.therapist_files import handout as ho


@pytest.fixture
def window(qtbot, mini, tmp_path):
    w = MainWindow(mini)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w.resize(1000, 700)
    return w


def pdf_text(path: Path) -> tuple[int, str]:
    """Page count and all text of a PDF, with whitespace and ligatures made plain."""
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    text = unicodedata.normalize("NFKC", text)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_pdf_for_a_selection_with_a_drawing(window, tmp_path):
    """Piriformis with a drawing: two pages with the title, names, article, flags and disclaimer."""
    window.select(Ref("piriformis", "right"))
    window.store.update(ops.add_stroke, Stroke(((130.0, 80.0), (150.0, 150.0)), 8, 20.0))
    path = tmp_path / "handout.pdf"
    pages = ho.write_pdf(window, path, ho.HandoutOptions("Sam Taylor", "Anna Müller", "A4"))
    assert path.stat().st_size > 2000
    count, text = pdf_text(path)
    assert pages == count == 2
    for words in (
        "Piriformis, right side",
        "Anna Müller",
        "Sam Taylor",
        "Violet, dotted: your own drawing of where you feel the pain",
        "About piriformis.",
        "Red-Flags",
        "About red-flags.",
        "Disclaimer",
        "About disclaimer.",
        "Page 1 of 2",
        "Page 2 of 2",
        ho.handout_for(window.atlas, None).date,
    ):
        assert words in text, words
    # Vector output: the map is drawn with paths, not pasted in as a picture.
    reader = pypdf.PdfReader(str(path))
    first = reader.pages[0]
    xobjects = first["/Resources"].get("/XObject", {})
    images = [k for k, v in xobjects.items() if v.get_object().get("/Subtype") == "/Image"]
    assert not images
    assert first.mediabox.width == pytest.approx(595, abs=2)  # A4 in points


def test_pdf_without_selection_uses_overview_and_letter(window, tmp_path):
    """With nothing selected the handout carries the overview; Letter paper is 612 pt wide."""
    path = tmp_path / "overview.pdf"
    ho.write_pdf(window, path, ho.HandoutOptions(paper="Letter"))
    count, text = pdf_text(path)
    assert count == 2
    assert "About overview." in text and "About piriformis." not in text
    assert "For:" not in text and "your own drawing" not in text
    assert pypdf.PdfReader(str(path)).pages[0].mediabox.width == pytest.approx(612, abs=2)


def test_long_text_flows_onto_more_pages(window, tmp_path, monkeypatch):
    """A long article continues on extra pages, each numbered, and nothing is cut off."""
    long_text = "\n\n".join(
        f"Paragraph {i} of a long explanation for the client." * 3 for i in range(160)
    )
    real = ho.compose_handout

    def longer(atlas, selection, day=None):
        t = real(atlas, selection, day)
        return type(t)(
            t.title,
            t.subtitle,
            t.date,
            t.body_markdown + "\n\n" + long_text + "\n\nThe very last line.",
        )

    monkeypatch.setattr(ho, "compose_handout", longer)
    path = tmp_path / "long.pdf"
    pages = ho.write_pdf(window, path, ho.HandoutOptions())
    count, text = pdf_text(path)
    assert pages == count and count >= 4
    assert f"Page {count} of {count}" in text and "The very last line." in text
    assert "Paragraph 159 of a long" in text


def test_export_action_with_dialogs_patched(window, tmp_path, monkeypatch):
    """Export handout… asks for names and a file name, writes the PDF and keeps the name."""
    target = tmp_path / "for anna"  # no suffix: .pdf is added
    monkeypatch.setattr(ho.HandoutDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)")
    )
    window.sessions.panel.client.setText("Anna")
    done = window.handout.export()
    assert done == tmp_path / "for anna.pdf" and done.stat().st_size > 0
    assert not list(tmp_path.glob(".*.tmp"))  # written under a temporary name, then renamed
    _, text = pdf_text(done)
    assert "For: Anna" in text
    assert window.handout.act_export.shortcut().toString() == "Ctrl+E"
    assert window.handout.act_print.shortcut().toString() == "Ctrl+P"


def test_print_goes_through_the_print_dialog(window, tmp_path, monkeypatch):
    """Print… renders through the system print dialog's printer (here a PDF file)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        seen.append(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ho.HandoutDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.handout.print_() is True
    assert seen and out.stat().st_size > 0
    assert pdf_text(out)[0] == 2


def test_cancelled_dialog_writes_nothing(window, tmp_path, monkeypatch):
    """Cancelling the handout dialog writes no file and asks for no file name."""
    monkeypatch.setattr(ho.HandoutDialog, "exec", lambda self: QDialog.DialogCode.Rejected)

    def never(*a, **k):
        raise AssertionError("no file dialog after cancel")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    assert window.handout.export() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_paper_follows_the_locale():
    """US locales default to Letter; metric ones and the UK to A4."""
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert ho.default_paper() == "Letter"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert ho.default_paper() == "A4"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert ho.default_paper() == "A4"
    finally:
        QLocale.setDefault(QLocale.system())


def test_handout_words_drop_app_links_and_professional_sections(atlas):
    """On paper, app links read as words and the red flags omit the section for therapists."""
    assert plain_links("see [piriformis](bodymap:piriformis) now") == "see piriformis now"
    assert plain_links("the page [Urgent help](bodymap:red-flags).") == "the page “Urgent help”."
    text = compose_handout(atlas, Ref("piriformis", "right"), dt.date(2026, 3, 3))
    assert text.title == "Piriformis, right side" and text.date == "3 March 2026"
    assert "bodymap:" not in text.body_markdown
    assert "## When to seek urgent medical help" in text.body_markdown
    assert "### Emergency signs" in text.body_markdown
    assert "For therapists" not in text.body_markdown
    assert text.body_markdown.index("Piriformis is a small muscle") < text.body_markdown.index(
        "## Disclaimer"
    )


def test_close_up_frames_the_selection_and_the_drawing(window):
    """The close-up beside the map holds the selected muscle, its zone and the drawing."""
    assert ho.focus_area(window) is None  # nothing selected or drawn: one whole map
    window.select(Ref("gluteus_maximus", "left"))
    window.store.update(ops.add_stroke, Stroke(((60.0, 170.0),), 4, 10.0))
    rect = ho.focus_area(window)
    assert rect is not None
    for key in ("gluteus_maximus-left", "zone-gluteus_maximus-essential-1-left"):
        x0, y0, x1, y1 = window.atlas.geometry.shapes[key].box
        assert rect.contains(x0, y0) and rect.contains(x1, y1)
    assert rect.contains(60.0, 175.0)
    assert not rect.contains(150.0, 300.0)  # the other leg stays out
    window.select(Ref("piriformis", "right"))  # zones down to the knee: one big map is clearer
    window.store.update(ops.clear_strokes)
    assert ho.focus_area(window) is None


def test_unwritable_pdf_path_gives_one_message(window, tmp_path, monkeypatch):
    """Exporting into a folder that does not exist says so and names the file."""
    said: list[str] = []
    monkeypatch.setattr(ho.HandoutDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "h.pdf"), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert window.handout.export() is None
    assert len(said) == 1 and "h.pdf" in said[0] and "Choose a folder" in said[0]
