"""The text panel: the article for the current state, with links that select structures."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QFile, QIODevice, QObject, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTextInsertEvent,
    QAccessibleTextRemoveEvent,
    QFont,
    QGuiApplication,
    QImage,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.palette import Palette
from bodymap.ui.qt import keep_words_whole

RED_FLAG_TEXT = QT_TRANSLATE_NOOP(
    "ArticlePanel",
    "<b>⚠ Get urgent medical help</b> for numbness around the genitals or back passage, "
    "new bladder or bowel problems, or weakness or sciatica in both legs. "
    "<a href='bodymap:red-flags'{style}>Read the warning signs</a>",
)


def red_flag_html(palette: Palette) -> str:
    """The strip's text; its link is the strip's own colour, bold and underlined.

    This is the safety link: the platform's link blue is unreadable on the dark theme's
    maroon, so the link takes the warning text's colour, which is checked against the strip.
    """
    style = f" style='color:{palette.warning_text}; font-weight:bold; text-decoration:underline'"
    return translate("ArticlePanel", RED_FLAG_TEXT).format(style=style)


# Pictures read once for every article document (a care picture appears in many articles).
_IMAGES: dict[str, QImage] = {}


class ArticleDocument(QTextDocument):
    """One article's rendered text; its pictures come from a cache shared by all articles."""

    # The width its headings were fitted to, negative when one was made smaller (the text
    # must then be set again before fitting another width); None: not fitted yet.
    fitted: float | None = None

    def loadResource(self, kind: int, name: QUrl) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value and name.isLocalFile():
            key = name.toString()
            image = _IMAGES.get(key)
            if image is None:
                file = QFile(name.toLocalFile())
                data = QByteArray()
                if file.open(QIODevice.OpenModeFlag.ReadOnly):
                    data = file.readAll()
                    file.close()
                image = QImage.fromData(data)
                _IMAGES[key] = image
            return image
        return super().loadResource(kind, name)


def announce_swap(browser: QTextBrowser, old_length: int) -> None:
    """Tell assistive technology the text changed, as setting it in place does (a removal of
    the old text, an insertion of the new): a swapped-in document emits no such events."""
    if not QAccessible.isActive():
        return
    if old_length > 0:
        QAccessible.updateAccessibility(QAccessibleTextRemoveEvent(browser, 0, " " * old_length))
    QAccessible.updateAccessibility(QAccessibleTextInsertEvent(browser, 0, browser.toPlainText()))


def _drop(doc: QTextDocument) -> None:
    """Free a rendered article now (deleteLater would wait for the outer event loop)."""
    shiboken6.delete(doc)


class ArticlePanel(QWidget):
    """Markdown article above a fixed red-flag strip; emits ``link_activated(target)``."""

    link_activated = Signal(str)
    DOCUMENTS_KEPT = 32  # rendered articles kept (a few hundred kB each)

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.setAccessibleName(translate("ArticlePanel", "Article"))
        self.browser.document().setDocumentMargin(18)
        self.red_flags = QLabel(red_flag_html(palette), self)
        self.red_flags.setWordWrap(True)
        self.red_flags.setOpenExternalLinks(False)
        self.red_flags.linkActivated.connect(lambda href: self._on_anchor(QUrl(href)))
        self.red_flags.setAccessibleName(translate("ArticlePanel", "Urgent warning signs"))
        self.red_flags.setObjectName("redFlagStrip")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.red_flags)
        self.markdown = ""
        self._shrunk = False
        # Rendered articles, most recently shown last: choosing a structure again swaps its
        # document in instead of parsing and laying out the Markdown anew. Keyed by the text
        # and everything the parse bakes in (font, link colour, theme); bounded.
        self._documents: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()
        self.browser.viewport().installEventFilter(self)
        self.external_links_allowed = True
        self.set_point_size(11.5)

    def set_point_size(self, size: float) -> None:
        """Body text size (11-12 pt desktop, larger in presentation and kiosk modes)."""
        font = QFont(self.browser.font())
        font.setPointSizeF(size)
        self.browser.document().setDefaultFont(font)
        self.browser.setFont(font)
        p = self.palette_
        self.red_flags.setStyleSheet(
            f"#redFlagStrip {{ background: {p.warning_bg}; color: {p.warning_text};"
            f" padding: 10px 14px; font-size: {size * 0.92:.1f}pt;"
            f" border-top: 1px solid {p.warning_text}; }}"
        )
        self.red_flags.setText(red_flag_html(p))
        self.forget_documents()
        if self.markdown:
            text, self.markdown = self.markdown, ""
            self.show_markdown(text, scroll_to_top=False)

    def forget_documents(self) -> None:
        """Drop every rendered article but the one shown (a new theme, size or language)."""
        current = self.browser.document()
        for doc in self._documents.values():
            if doc is not current:
                _drop(doc)
        self._documents.clear()

    def _document_key(self, text: str) -> tuple[object, ...]:
        font = self.browser.font()
        # The Markdown parse bakes the application's link colour into the text.
        link = QGuiApplication.palette().link().color().rgba()
        return (text, font.key(), link, id(self.palette_))

    def _document_for(self, text: str) -> QTextDocument:
        key = self._document_key(text)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = ArticleDocument(self)
        doc.setDefaultFont(self.browser.font())
        doc.setDocumentMargin(18)
        doc.setMarkdown(text)
        self._documents[key] = doc
        current = self.browser.document()
        for old_key in list(self._documents):
            if len(self._documents) <= self.DOCUMENTS_KEPT:
                break
            old = self._documents[old_key]
            if old is not current and old is not doc:  # the one on screen goes later
                del self._documents[old_key]
                _drop(old)
        return doc

    def show_markdown(self, text: str, scroll_to_top: bool = True) -> None:
        """Show an article (does nothing when it is already shown)."""
        if text == self.markdown:
            return
        self.markdown = text
        doc = self._document_for(text)
        old = self.browser.document()
        if doc is not old:
            # The browser deletes its own first document; ours it leaves to us.
            dropped = old.parent() is self and all(d is not old for d in self._documents.values())
            old_length = old.characterCount() - 1
            self.browser.setDocument(doc)
            # The caret at the start, as a fresh text has it: the browser keeps the caret in
            # view when it is resized, and a kept document's caret may be anywhere.
            self.browser.setTextCursor(QTextCursor(doc))
            if dropped:
                _drop(old)  # dropped from the cache while it was on screen
            announce_swap(self.browser, old_length)
        self._fit_words()
        if scroll_to_top:
            self.browser.verticalScrollBar().setValue(0)

    def _fit_words(self) -> None:
        """No word broken in two: a heading too wide for the panel is set smaller."""
        width = self.browser.viewport().width()
        doc = self.browser.document()
        fitted = doc.fitted if isinstance(doc, ArticleDocument) else None
        if fitted is not None and abs(fitted) == width:
            return  # this document was fitted to this width already
        if fitted is not None and fitted < 0:
            bar = self.browser.verticalScrollBar()
            at = bar.value()
            self.browser.setMarkdown(self.markdown)  # into this document; the caret to the start
            bar.setValue(at)
        shrunk = keep_words_whole(doc, width)
        self._shrunk = shrunk
        # The sign says whether a heading was made smaller (the text must be set again first).
        if isinstance(doc, ArticleDocument):
            doc.fitted = -float(width) if shrunk else float(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_words()
        return False

    def plain_text(self) -> str:
        """What the panel says, as plain text (for tests and screen readers)."""
        return self.browser.toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "bodymap":
            self.link_activated.emit(url.path())
        elif self.external_links_allowed and url.scheme() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
