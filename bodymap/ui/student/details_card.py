"""The "Details" dock: a structured card for the selected muscle or nerve, each field sourced.

The words come from ``Structure.card`` (checked by the content loader); where the sources
disagree, the card's text already says so. A region shows links to its muscles' cards.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from bodymap.core.article_view import KIND_WORDS, confidence_text
from bodymap.core.atlas import Atlas
from bodymap.core.content import CARD_TITLES, MUSCLE_CARD_FIELDS
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState
from bodymap.ui.article_panel import announce_swap
from bodymap.ui.palette import Palette
from bodymap.ui.qt import keep_words_whole

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

NERVE_CARD_FIELDS = ("roots", "course", "branches", "supplies", "skin_territory", "variants")
HINT = QT_TRANSLATE_NOOP(
    "StudentDetailsCard",
    "Select a muscle or a nerve on the drawing (or press Tab, then Enter) to see its card.",
)


def card_fields(atlas: Atlas, structure_id: str) -> tuple[str, ...]:
    """The fields a structure's card shows, in reading order."""
    kind = atlas.structure(structure_id).kind
    if kind == "muscle":
        return MUSCLE_CARD_FIELDS
    if kind == "nerve":
        return NERVE_CARD_FIELDS
    return ()


def source_line(source: str) -> str:
    """A field's references as the card shows them: "Source: A" or "Sources: A; B; C".

    The references are listed once each, in the content's order, with single spaces; the
    content files hold the references themselves (see docs/atlas-format.md).
    """
    parts: list[str] = []
    for part in source.split(";"):
        clean = " ".join(part.split())
        if clean and clean not in parts:
            parts.append(clean)
    if not parts:
        return ""
    listed = "; ".join(parts)
    if len(parts) == 1:
        return translate("StudentDetailsCard", "Source: {sources}").format(sources=listed)
    return translate("StudentDetailsCard", "Sources: {sources}").format(sources=listed)


def card_title(name: str) -> str:
    """A card field's heading in the interface language ("Origin", "Origen", "Ursprung")."""
    return translate("Card", CARD_TITLES[name]) if name in CARD_TITLES else name


def card_html(atlas: Atlas, ref: Ref | None, palette: Palette) -> str:
    """The card as HTML with relative font sizes (it scales with the system font)."""
    muted = palette.muted_text
    if ref is None:
        return f"<p style='color:{muted}'>{escape(translate('StudentDetailsCard', HINT))}</p>"
    st = atlas.structure(ref.id)
    side = {
        "left": translate("StudentDetailsCard", ", left side"),
        "right": translate("StudentDetailsCard", ", right side"),
    }.get(ref.side or "", "")
    head = [f"<h2 style='margin-bottom:0'>{escape(st.name)}</h2>"]
    if st.latin:
        head.append(f"<p style='margin-top:2px'><i>{escape(st.latin)}</i></p>")
    kind = translate("Article", KIND_WORDS[st.kind]) if st.kind in KIND_WORDS else st.kind
    if st.layer == "superficial":
        kind = translate("Article", "superficial {kind}").format(kind=kind)
    elif st.layer == "deep":
        kind = translate("Article", "deep {kind}").format(kind=kind)
    head.append(f"<p style='color:{muted}'>{escape(kind.capitalize() + side)}</p>")
    if st.kind == "region":
        links = "".join(
            f"<li><a href='bodymap:{m}'>{escape(atlas.structure(m).name)}</a></li>"
            for m in st.muscles
        )
        return "".join(head) + (
            f"<p>{escape(st.summary)}</p><p>"
            + escape(
                translate("StudentDetailsCard", "Muscles of this region; choose one for its card:")
            )
            + f"</p><ul>{links}</ul>"
        )
    rows = []
    for name in card_fields(atlas, ref.id):
        cf = st.card.get(name)
        if cf is None:
            continue  # the loader requires every muscle field; nerves may omit one
        sure = confidence_text(st) if name == "referral" else ""
        extra = f"<p style='margin-top:0; margin-bottom:1px'>{escape(sure)}</p>" if sure else ""
        line = source_line(cf.source)
        rows.append(
            f"<h4 style='margin-bottom:1px'>{escape(card_title(name))}</h4>"
            f"<p style='margin-top:0; margin-bottom:1px'>{escape(cf.text)}</p>{extra}"
            + (
                f"<p style='margin-top:0; color:{muted}'><small>{escape(line)}</small></p>"
                if line
                else ""
            )
        )
    return "".join(head) + "".join(rows)


class DetailsCard(QWidget):
    """Shows the card of the selected structure; links select other structures."""

    DOCUMENTS_KEPT = 48

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.atlas = window.atlas
        self.palette_ = window.scene.palette
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.setAccessibleName(translate("StudentDetailsCard", "Details card"))
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.ref: Ref | None = None
        self.html = ""
        self._shrunk = False
        self._stale = False  # the selection changed while the card was hidden
        # Cards rendered before, swapped in when chosen again (html, font, link colour).
        self._documents: dict[tuple[str, str, int], tuple[QTextDocument, int, bool]] = {}
        self.browser.viewport().installEventFilter(self)
        window.store.state_changed.connect(lambda _old, new: self.show_state(new))
        self.show_state(window.store.state)

    def show_state(self, state: ViewState) -> None:
        """Show the card of the selected structure (or how to get one).

        A hidden card only notes the selection and writes itself when it is next shown
        (or read), so a click costs nothing for a panel nobody looks at.
        """
        if state.selection == self.ref and self.html and not self._stale:
            return  # a hover, a layer or a depth: the card says the same
        self.ref = state.selection
        if not self.isVisible():
            self._stale = True
            return
        self._write()

    def _write(self) -> None:
        self._stale = False
        html = card_html(self.atlas, self.ref, self.palette_)
        if html != self.html:
            self.html = html
            width = self.browser.viewport().width()
            key = (html, self.browser.font().key(), QGuiApplication.palette().link().color().rgba())
            kept = self._documents.pop(key, None)
            if kept is not None and kept[1] == width:
                doc, _w, self._shrunk = kept  # this card, rendered before at this width
            else:
                if kept is not None:
                    shiboken6.delete(kept[0])
                doc = QTextDocument(self)
                doc.setDefaultFont(self.browser.font())
                doc.setDocumentMargin(12)
                doc.setHtml(html)
                self._shrunk = keep_words_whole(doc, width)
            self._documents[key] = (doc, width, self._shrunk)  # most recent last
            old = self.browser.document()
            # The browser deletes its own first document; ours it leaves to us.
            dropped = old.parent() is self and all(
                d is not old for d, _w, _s in self._documents.values()
            )
            old_length = old.characterCount() - 1
            self.browser.setDocument(doc)
            if dropped:
                shiboken6.delete(old)
            announce_swap(self.browser, old_length)
            while len(self._documents) > self.DOCUMENTS_KEPT:
                first = next(iter(self._documents))
                if self._documents[first][0] is doc:
                    break
                shiboken6.delete(self._documents.pop(first)[0])
            self.browser.setAccessibleDescription(self.browser.toPlainText()[:200])

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._write()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            # No word broken in two: a heading too wide for the card is set smaller.
            if self._shrunk:
                self.browser.setHtml(self.html)  # into the document shown; caret to the start
            width = self.browser.viewport().width()
            doc = self.browser.document()
            self._shrunk = keep_words_whole(doc, width)
            for key, (kept, _w, _s) in list(self._documents.items()):
                if kept is doc:  # remember the width it is fitted to now
                    self._documents[key] = (kept, width, self._shrunk)
        return False

    def set_palette(self, palette: Palette) -> None:
        """A new theme: redraw the card in its colours."""
        self.palette_ = palette
        self.html = ""
        self.show_state(self.window_.store.state)

    def plain_text(self) -> str:
        """What the card says (tests, screen readers)."""
        if self._stale:
            self._write()
        return self.browser.toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "bodymap":
            self.window_.on_link(url.path())


def install_details_dock(window: MainWindow) -> tuple[QDockWidget, DetailsCard]:
    """Add the Details dock on the right of the window, beside the article."""
    card = DetailsCard(window)
    dock = QDockWidget(translate("StudentDetailsCard", "Details"), window)
    dock.setObjectName("detailsDock")
    dock.setWidget(card)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock, card
