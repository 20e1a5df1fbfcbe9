"""The handout's language is chosen apart from the interface's: a Spanish-speaking client of an
English-speaking therapist gets a Spanish handout."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from bodymap.core import state as ops
from bodymap.core.i18n import translate
from bodymap.core.ids import Ref
from bodymap.ui.main_window import MainWindow
from bodymap.ui.therapist_files import handout as ho
from bodymap.ui.therapist_files.handout_pages import HandoutOptions


@pytest.fixture
def english_window(qtbot, atlas):
    """The real atlas in an English window, piriformis on the right selected."""
    from bodymap.ui.language import install_language

    install_language("en")
    window = MainWindow(atlas)
    qtbot.addWidget(window)
    window.store.update(ops.select, atlas, Ref("piriformis", "right"))
    return window


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_spanish_handout_from_an_english_interface(english_window, tmp_path) -> None:
    """The PDF's fixed texts and its content are Spanish; the window stays English after."""
    path = tmp_path / "es.pdf"
    ho.write_pdf(english_window, path, HandoutOptions(client="Ana", language="es"))
    text = _text(path)
    assert "Piriforme" in text  # the content: the Spanish name of the muscle
    assert "Visto desde atrás" in text  # the fixed legend under the map
    assert "Página 1 de" in text and "Para: Ana" in text
    month = translate("Months", "January")  # English: no translator is installed
    assert month == "January"
    spanish_months = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    assert f"de {spanish_months[dt.date.today().month - 1]} de" in text
    assert "Seen from behind" not in text and "Page 1 of" not in text
    # The interface did not change language on the way.
    assert english_window.act_overview.text() == "Overview"
    assert translate("TherapistFilesHandoutPages", "Page {number} of {total}").startswith("Page")


def test_the_handout_defaults_to_the_interface_language(english_window, tmp_path) -> None:
    """Without a choice the handout is in the window's language (English here)."""
    path = tmp_path / "en.pdf"
    ho.write_pdf(english_window, path, HandoutOptions())
    text = _text(path)
    assert "Seen from behind" in text and "Piriformis" in text
    assert "Visto desde atrás" not in text


def test_the_dialog_offers_the_languages_and_starts_at_the_interface_s(english_window) -> None:
    """Export handout… has a Handout language list, set to the interface language."""
    dialog = ho.HandoutDialog(english_window, "Export", HandoutOptions(language="de"), "OK")
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Español", "Deutsch"]
    assert dialog.options().language == "de"
