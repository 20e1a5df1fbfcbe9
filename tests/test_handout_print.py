"""The handout prints black on white with the light plate whatever the screen theme shows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from bodymap.core.ids import Ref
from bodymap.core.label_layout import overlaps
from bodymap.ui.main_window import MainWindow
from bodymap.ui.palette import DARK, PRINT
from bodymap.ui.therapist_files import handout as ho


@pytest.fixture
def dark_window(qtbot, mini, tmp_path):
    base = QApplication.palette()
    w = MainWindow(mini, DARK)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w.resize(1000, 700)
    yield w
    QApplication.setPalette(base)


def render_pages(pdf: Path, out: Path) -> list[QImage]:
    """Each page of a PDF as an image, rendered by poppler's pdftoppm (installed by .ci/run)."""
    tool = shutil.which("pdftoppm")
    assert tool, "pdftoppm (poppler-utils) is needed to read the handout back"
    subprocess.run([tool, "-r", "40", "-png", str(pdf), str(out / "page")], check=True)
    return [QImage(str(p)) for p in sorted(out.glob("page-*.png"))]


def luminance(image: QImage, x: int, y: int) -> float:
    c = image.pixelColor(x, y)
    return 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()


def dark_pixels(image: QImage, top: float, bottom: float) -> int:
    """How many pixels of a horizontal band of the page are near-black (text)."""
    h, w = image.height(), image.width()
    return sum(
        1
        for y in range(int(top * h), int(bottom * h))
        for x in range(0, w, 2)
        if luminance(image, x, y) < 90
    )


def test_dark_theme_handout_is_dark_text_on_white_with_the_light_plate(dark_window, tmp_path):
    """Exported under the dark theme, titles and text read back dark, the paper and panel white."""
    w = dark_window
    assert w.student.theme.current == "dark"  # the widgets really are in the dark theme
    w.select(Ref("piriformis", "right"))
    pdf = tmp_path / "dark.pdf"
    ho.write_pdf(w, pdf, ho.HandoutOptions("Sam", "Anna", "A4"))
    pages = render_pages(pdf, tmp_path)
    assert len(pages) == 2
    first, second = pages
    # The title band (top ~8 % of the sheet) and the text page carry dark text.
    assert dark_pixels(first, 0.03, 0.09) > 40
    assert dark_pixels(second, 0.05, 0.6) > 100
    # Paper white at the corners; the body panel's background is the print white, not #1E2126.
    for x, y in ((3, 3), (first.width() - 4, first.height() - 4)):
        assert luminance(first, x, y) > 245
    # The map's background prints white: almost nothing in the map band is as dark as
    # the dark theme's #1E2126 (text is never that large).
    band = [
        luminance(first, x, y)
        for y in range(int(first.height() * 0.25), int(first.height() * 0.85), 2)
        for x in range(0, first.width(), 2)
    ]
    assert sum(v < 50 for v in band) < 0.01 * len(band)
    # ...and the screen is back in its own theme afterwards.
    assert w.scene.palette is DARK and w.scene.backgroundBrush().color().name() == "#1e2126"
    assert w.student.labels.item.palette is DARK and PRINT.background == "#FFFFFF"


def test_printed_labels_stay_inside_their_panel_and_off_the_dermatome_names(qtbot, atlas, tmp_path):
    """With labels and dermatomes on, printed labels lie inside the close-up, none overlapping."""
    w = MainWindow(atlas)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    w.view.fit_body()
    w.select(Ref("piriformis", "right"))
    w.student.act_labels.setChecked(True)
    w.nerve_toggle.set_on(True)
    item = w.student.labels.item
    seen: list[tuple[float, float, list]] = []
    real = item.relayout

    def spy(transform, width, height):
        placed = real(transform, width, height)
        if item.printing:
            seen.append((width, height, list(placed)))
        return placed

    item.relayout = spy
    ho.write_pdf(w, tmp_path / "labels.pdf", ho.HandoutOptions())
    # One printed layout: the close-up's (the small whole map goes without labels).
    assert len(seen) == 1
    width, height, placed = seen[0]
    assert width < 700  # the close-up panel, not the whole sheet
    keys = [p.key for p in placed]
    assert "piriformis:right" in keys
    assert any(k.startswith("tag:") for k in keys), "the dermatome names join the columns"
    assert overlaps(placed) == []
    for p in placed:
        x0, y0, x1, y1 = p.box
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, (p.key, p.box, width)
    # The dermatome tags themselves stay quiet while the labels carry their names.
    assert all(t.absorbed_by is not None and t.absorbed_by() for t in w.nerve_toggle.labels)


def test_handout_says_what_an_inferred_or_described_pattern_looks_like(qtbot, atlas, tmp_path):
    """A handout showing an inferred pattern explains the dotted outline; a mapped one does not."""
    import unicodedata

    import pypdf

    w = MainWindow(atlas)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    def text_of(ref: Ref) -> str:
        w.select(ref)
        pdf = tmp_path / f"{ref.id}.pdf"
        ho.write_pdf(w, pdf, ho.HandoutOptions())
        page = pypdf.PdfReader(str(pdf)).pages[0].extract_text() or ""
        return " ".join(unicodedata.normalize("NFKC", page).split())  # "ﬁ" ligatures

    inferred = text_of(Ref("superior_gemellus", "right"))
    assert "Red dotted outline, no fill" in inferred
    mapped = text_of(Ref("piriformis", "right"))
    assert "dotted outline" not in mapped and "Solid red" in mapped
