"""The text panel: the article for the current state, with links that select structures."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from bodymap.ui.palette import Palette

RED_FLAG_TEXT = (
    "<b>⚠ Get urgent medical help</b> for numbness around the genitals or back passage, "
    "new bladder or bowel problems, or weakness or sciatica in both legs. "
    "<a href='bodymap:red-flags'>Read the warning signs</a>"
)


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
        self.browser.setAccessibleName("Article")
        self.browser.document().setDocumentMargin(18)
        self.red_flags = QLabel(RED_FLAG_TEXT, self)
        self.red_flags.setWordWrap(True)
        self.red_flags.setOpenExternalLinks(False)
        self.red_flags.linkActivated.connect(lambda href: self._on_anchor(QUrl(href)))
        self.red_flags.setAccessibleName("Urgent warning signs")
        self.red_flags.setObjectName("redFlagStrip")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.red_flags)
        self.markdown = ""
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
        if self.markdown:
            self.browser.setMarkdown(self.markdown)

    def show_markdown(self, text: str) -> None:
        """Show an article (does nothing when it is already shown)."""
        if text == self.markdown:
            return
        self.markdown = text
        self.browser.setMarkdown(text)
        self.browser.verticalScrollBar().setValue(0)

    def plain_text(self) -> str:
        """What the panel says, as plain text (for tests and screen readers)."""
        return self.browser.toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "bodymap":
            self.link_activated.emit(url.path())
        elif self.external_links_allowed and url.scheme() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
