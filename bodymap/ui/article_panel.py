"""The text panel: the article for the current state, with links that select structures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QFont
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


class ArticlePanel(QWidget):
    """Markdown article above a fixed red-flag strip; emits ``link_activated(target)``."""

    link_activated = Signal(str)

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
        if self.markdown:
            self.browser.setMarkdown(self.markdown)
            self._fit_words()

    def show_markdown(self, text: str) -> None:
        """Show an article (does nothing when it is already shown)."""
        if text == self.markdown:
            return
        self.markdown = text
        self.browser.setMarkdown(text)
        self._fit_words()
        self.browser.verticalScrollBar().setValue(0)

    def _fit_words(self) -> None:
        """No word broken in two: a heading too wide for the panel is set smaller."""
        width = self.browser.viewport().width()
        if self._shrunk:
            bar = self.browser.verticalScrollBar()
            at = bar.value()
            self.browser.setMarkdown(self.markdown)
            bar.setValue(at)
        self._shrunk = keep_words_whole(self.browser.document(), width)

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
