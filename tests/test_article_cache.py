"""The text panel keeps each rendered article and swaps it in: never stale, never unbounded."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument

from bodymap.core.ids import Ref
from tests.windows import make_window


@pytest.fixture
def window(qtbot, mini):
    w = make_window(qtbot, mini)
    yield w
    w.student.theme.apply("light")  # the theme changes the application palette too


def fresh_text(window) -> str:
    """The panel's Markdown rendered anew in a document of its own."""
    doc = QTextDocument()
    doc.setMarkdown(window.article.markdown)
    return doc.toPlainText()


def link_colours(doc: QTextDocument) -> set[str]:
    """The colours of every link in a document."""
    colours = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                colours.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return colours


def test_choosing_again_swaps_in_the_same_document_with_the_same_text(window):
    """A structure chosen a second time shows its kept document, whose text is a fresh render's."""
    window.select(Ref("piriformis", "right"))
    first = window.article.browser.document()
    first_text = window.article.plain_text()
    assert first_text == fresh_text(window)
    window.select(Ref("gluteus_maximus", "left"))
    assert window.article.browser.document() is not first
    assert window.article.plain_text() == fresh_text(window)
    assert window.article.plain_text() != first_text
    window.select(Ref("piriformis", "right"))
    assert window.article.browser.document() is first
    assert window.article.plain_text() == first_text == fresh_text(window)


def test_a_theme_switch_never_brings_back_a_document_of_the_old_theme(window):
    """After a theme change, an article shown before is rendered again in the new link colour."""
    window.select(Ref("gluteal", None))  # its article links to the region's muscles
    light_doc = window.article.browser.document()
    light_links = link_colours(light_doc)
    window.select(Ref("gluteus_maximus", "left"))
    window.student.theme.apply("dark")
    window.select(Ref("gluteal", None))
    doc = window.article.browser.document()
    assert doc is not light_doc
    link = QGuiApplication.palette().link().color().name()
    assert link_colours(doc) == {link} != light_links
    assert window.article.plain_text() == fresh_text(window)


def test_a_new_text_size_renders_the_articles_at_that_size(window):
    """Kept documents are dropped when the text size changes (presentation, kiosk)."""
    window.select(Ref("piriformis", "right"))
    window.select(Ref("gluteus_maximus", "left"))
    window.article.set_point_size(17.0)
    assert window.article.browser.document().defaultFont().pointSizeF() == 17.0
    window.select(Ref("piriformis", "right"))
    assert window.article.browser.document().defaultFont().pointSizeF() == 17.0
    assert window.article.plain_text() == fresh_text(window)


def test_the_kept_documents_are_bounded(window, monkeypatch):
    """No more documents are kept than DOCUMENTS_KEPT, and the one on screen is never freed."""
    monkeypatch.setattr(type(window.article), "DOCUMENTS_KEPT", 2)
    refs = [Ref(i, side) for i in window.atlas.structures for side in ("left", "right")]
    for ref in refs:
        window.select(ref)
        assert len(window.article._documents) <= 2
        assert window.article.plain_text() == fresh_text(window)


def test_a_kept_document_fitted_again_stays_at_its_top(qtbot, atlas):
    """A window shown after a selection (--screenshot) re-fits the article at its top."""
    from bodymap.ui.main_window import MainWindow

    w = MainWindow(atlas)
    qtbot.addWidget(w)
    w.select(Ref("piriformis", "right"))
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    for width in (1200, 800, 1400):
        w.resize(width, 800)
        qtbot.wait(10)
        assert w.article.browser.textCursor().position() == 0, width
        assert w.article.browser.verticalScrollBar().value() == 0, width
