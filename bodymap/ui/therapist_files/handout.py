"""The client's handout: a vector PDF (or a print-out) of the body map and its plain text.

Page 1 carries the title, the date, the names and the body map exactly as shown (the scene
is painted straight into the PDF, so lines and text stay sharp at any zoom). The next pages
carry the plain-language article, the urgent signs and the disclaimer.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsScene,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from bodymap import APP_NAME, __version__
from bodymap.core.atlas import Atlas
from bodymap.core.handout_text import HandoutText, compose_handout
from bodymap.core.ids import Ref

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

# Items that keep their screen size (trigger-point ✕, LEFT/RIGHT) are sized in device pixels,
# so the page uses screen-like units: they come out as big on paper as on a 96-dpi screen.
RESOLUTION = 96
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
FOOTER = "bodymap: for education; it does not diagnose. Made on this computer; nothing was sent."
LEGEND = (
    "Seen from behind: the person's LEFT is on the left of the picture. Solid red: where "
    "pain is usually felt from this muscle's trigger points; hatched red: where it "
    "sometimes spreads; ✕: trigger points; yellow: the sciatic nerve."
)
FRAME = "#1F6FEB"  # the selection blue: "this part, enlarged"
CLOSE_UP_MIN = 0.3  # a close-up is at least this share of the body's width
THERAPIST_KEY = "handout/therapist"
DRAWING_NOTE = "The coloured marks are where you showed your pain."


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else (the UK included)."""
    from PySide6.QtCore import QLocale

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


@dataclass(frozen=True, slots=True)
class HandoutOptions:
    """What the dialog asks: optional names and the paper size."""

    therapist: str = ""
    client: str = ""
    paper: str = "A4"


def setup_device(device: QPagedPaintDevice, paper: str) -> None:
    """Paper size, margins and resolution for a PDF writer or a printer."""
    layout = QPageLayout(
        QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)
    if isinstance(device, QPdfWriter):
        device.setResolution(RESOLUTION)
        device.setCreator(f"{APP_NAME} {__version__}")
    else:
        device.setResolution(RESOLUTION)  # type: ignore[attr-defined]


def _document(
    device: QPagedPaintDevice,
    width: float,
    markdown: str | None = None,
    html_text: str | None = None,
    point_size: float = 10.5,
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 15pt; color: #7A0C17; } h3 { font-size: 12.5pt; }"
    )
    if markdown is not None:
        doc.setMarkdown(markdown)
    else:
        doc.setHtml(html_text or "")
    doc.setTextWidth(width)
    return doc


def _header_html(text: HandoutText, opts: HandoutOptions, has_drawing: bool) -> str:
    who = []
    if opts.client.strip():
        who.append(f"For: <b>{html.escape(opts.client.strip())}</b>")
    if opts.therapist.strip():
        who.append(f"From: <b>{html.escape(opts.therapist.strip())}</b>")
    names = " &nbsp;·&nbsp; ".join(who)
    note = f"<p>{DRAWING_NOTE}</p>" if has_drawing else ""
    return (
        f"<h1 style='margin-bottom:2px'>{html.escape(text.title)}</h1>"
        f"<p style='color:#444444'>{html.escape(text.subtitle)}</p>"
        f"<p>{text.date}{' &nbsp;·&nbsp; ' + names if names else ''}</p>"
        f"{note}<p style='color:#444444; font-size:9pt'>{html.escape(LEGEND)}</p>"
    )


def _footer(painter: QPainter, page: QRectF, number: int, total: int) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    rect = QRectF(page.left(), page.bottom() - 16, page.width(), 16)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, FOOTER)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        f"Page {number} of {total}",
    )


def _fit(source: QRectF, space: QRectF) -> QRectF:
    """The largest rectangle of the source's shape centred in the space."""
    scale = min(space.width() / source.width(), space.height() / source.height())
    w, h = source.width() * scale, source.height() * scale
    return QRectF(space.center().x() - w / 2, space.top(), w, h)


def _grow_to_aspect(rect: QRectF, aspect: float) -> QRectF:
    """The rectangle widened or heightened about its centre to a width/height ratio."""
    w, h = rect.width(), rect.height()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    out = QRectF(0, 0, w, h)
    out.moveCenter(rect.center())
    return out


def _panels(sources: Sequence[QRectF], space: QRectF) -> list[tuple[QRectF, QRectF]]:
    """Where each source goes: one centred panel, or the whole map left and a close-up right."""
    if len(sources) == 1:
        return [(sources[0], _fit(sources[0], space))]
    body, focus = sources[0], sources[1]
    left = _fit(body, QRectF(space.left(), space.top(), space.width() * 0.42, space.height()))
    left.moveLeft(space.left())
    gap = 18.0
    right = QRectF(
        left.right() + gap, space.top(), space.right() - left.right() - gap, left.height()
    )
    return [(body, left), (_grow_to_aspect(focus, right.width() / right.height()), right)]


def _mark_close_up(
    painter: QPainter, body: QRectF, focus: QRectF, panels: list[tuple[QRectF, QRectF]]
) -> None:
    """Frame the close-up and show on the whole map which part it enlarges."""
    (_, left), (shown, right) = panels
    pen = QPen(QColor(FRAME))
    pen.setWidthF(1.2)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(right)
    sx, sy = left.width() / body.width(), left.height() / body.height()
    painter.drawRect(
        QRectF(
            left.left() + (shown.left() - body.left()) * sx,
            left.top() + (shown.top() - body.top()) * sy,
            shown.width() * sx,
            shown.height() * sy,
        ).intersected(left)
    )
    painter.restore()


def render_handout(
    device: QPagedPaintDevice,
    scene: QGraphicsScene,
    sources: Sequence[QRectF],
    text: HandoutText,
    opts: HandoutOptions,
    has_drawing: bool = False,
) -> int:
    """Paint the handout onto a PDF writer or printer; returns the number of pages.

    ``sources`` are the parts of the scene to show on page 1: the whole map, optionally
    followed by a close-up drawn beside it.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    page = QRectF(0, 0, rect.width(), rect.height())
    body_height = page.height() - 28  # room for the footer
    header = _document(device, page.width(), html_text=_header_html(text, opts, has_drawing))
    body = _document(device, page.width(), markdown=text.body_markdown)
    body.setPageSize(QSizeF(page.width(), body_height))
    total = 1 + body.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF or printer could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        header.drawContents(painter)
        top = header.size().height() + 12
        space = QRectF(0, top, page.width(), body_height - top)
        for source, target in _panels(sources, space):
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        if len(sources) > 1:
            _mark_close_up(painter, sources[0], sources[1], _panels(sources, space))
        _footer(painter, page, 1, total)
        for i in range(body.pageCount()):
            device.newPage()
            painter.save()
            painter.translate(0, -i * body_height)
            body.drawContents(painter, QRectF(0, i * body_height, page.width(), body_height))
            painter.restore()
            _footer(painter, page, i + 2, total)
    finally:
        painter.end()
    return total


def handout_for(atlas: Atlas, selection: Ref | None) -> HandoutText:
    """The handout's words for the current selection (today's date)."""
    return compose_handout(atlas, selection, dt.date.today())


def write_pdf(window: MainWindow, path: Path, opts: HandoutOptions) -> int:
    """Write the handout for what the window shows to a PDF file; returns the page count."""
    writer = QPdfWriter(str(path))
    setup_device(writer, opts.paper)
    title = handout_for(window.atlas, window.store.state.selection).title
    writer.setTitle(f"bodymap handout: {title}")
    return paint_window(window, writer, opts)


def shown_area(window: MainWindow) -> QRectF:
    """The part of the drawing to print: the whole body, or the zoomed-in part on screen."""
    view, body = window.view, window.scene.body_rect
    if not window.isVisible() or view.zoom <= 1.05:
        return body
    visible = view.mapToScene(view.viewport().rect()).boundingRect().intersected(body)
    return visible if visible.width() > 50 and visible.height() > 50 else body


def focus_area(window: MainWindow) -> QRectF | None:
    """A close-up around the selection, its zones and trigger points, and the drawing."""
    look = window.scene.look
    shapes = window.atlas.geometry.shapes
    boxes = []
    if look is not None and window.store.state.selection is not None:
        boxes = [shapes[k].box for k in (*look.selected, *look.zones, *look.markers) if k in shapes]
    for stroke in window.store.state.strokes:
        if stroke.points and not stroke.erase:
            r = stroke.width / 2
            xs = [p[0] for p in stroke.points]
            ys = [p[1] for p in stroke.points]
            boxes.append((min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r))
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    body = window.scene.body_rect
    side = max(x1 - x0, y1 - y0, body.width() * CLOSE_UP_MIN)
    rect = QRectF(0, 0, max(x1 - x0, side * 0.6) * 1.15, max(y1 - y0, side * 0.6) * 1.15)
    rect.moveCenter(QRectF(x0, y0, x1 - x0, y1 - y0).center())
    if rect.width() >= body.width() * 0.8 and rect.height() >= body.height() * 0.6:
        return None  # the close-up would show nearly everything: one big map is clearer
    return rect


def paint_window(window: MainWindow, device: QPagedPaintDevice, opts: HandoutOptions) -> int:
    """Paint the handout of the window's current view onto a device."""
    state = window.store.state
    scene = window.scene
    # Screen-only labels: the hover name and the depth captions (too crowded on paper).
    hidden = [
        t
        for t in (getattr(scene, "hover_tag", None), *getattr(scene, "depth_tags", {}).values())
        if t is not None
    ]
    was_visible = [t.isVisible() for t in hidden]
    for tag in hidden:
        tag.setVisible(False)
    shown = shown_area(window)
    focus = focus_area(window) if shown == window.scene.body_rect else None
    try:
        return render_handout(
            device,
            scene,
            [shown, *([focus] if focus is not None else [])],
            handout_for(window.atlas, state.selection),
            opts,
            has_drawing=bool(state.strokes),
        )
    finally:
        for tag, visible in zip(hidden, was_visible, strict=True):
            tag.setVisible(visible)


# --- the dialog and the two actions ------------------------------------------------------
class HandoutDialog(QDialog):
    """Asks for the optional names and the paper size before exporting or printing."""

    def __init__(self, parent: QWidget, title: str, opts: HandoutOptions, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.therapist = QLineEdit(opts.therapist, self)
        self.therapist.setPlaceholderText("optional")
        self.client = QLineEdit(opts.client, self)
        self.client.setPlaceholderText("optional")
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(opts.paper)
        form.addRow("Therapist's name:", self.therapist)
        form.addRow("Client's name:", self.client)
        form.addRow("Paper size:", self.paper)
        note = QLabel("The handout is made on this computer; nothing is sent anywhere.", self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> HandoutOptions:
        """The choices made in the dialog."""
        return HandoutOptions(
            self.therapist.text().strip(), self.client.text().strip(), self.paper.currentText()
        )


class HandoutActions(QObject):
    """ "Export handout…" (Ctrl+E) and "Print…" (Ctrl+P) for a main window."""

    def __init__(
        self, window: MainWindow, client_name: Callable[[], str], settings: Callable[[], QSettings]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.client_name = client_name
        self.settings = settings  # where the therapist's name is kept, on this computer
        self.act_export = QAction("&Export handout…", window)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.setStatusTip(
            "Write a PDF for the client: the body map, the plain "
            "explanation, urgent signs and the disclaimer"
        )
        self.act_export.triggered.connect(self.export)
        self.act_print = QAction("&Print handout…", window)
        self.act_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.act_print.triggered.connect(self.print_)
        for act in (self.act_export, self.act_print):
            window.addAction(act)
            window.menu_file.insertAction(window.act_quit, act)
        window.menu_file.insertSeparator(window.act_quit)

    def ask(self, title: str, ok_text: str) -> HandoutOptions | None:
        """Show the dialog; None when cancelled."""
        kept = self.settings().value(THERAPIST_KEY, "")
        therapist = kept if isinstance(kept, str) else ""
        start = HandoutOptions(therapist, self.client_name(), default_paper())
        dialog = HandoutDialog(self.window, title, start, ok_text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        opts = dialog.options()
        self.settings().setValue(THERAPIST_KEY, opts.therapist)
        return opts

    def default_name(self) -> str:
        """A file name such as ``handout piriformis right 2026-03-03.pdf``."""
        sel = self.window.store.state.selection
        what = "overview" if sel is None else f"{sel.id.replace('_', ' ')} {sel.side or ''}"
        return f"handout {what.strip()} {dt.date.today().isoformat()}.pdf"

    def export(self) -> Path | None:
        """Ask for names, paper and a file name, then write the PDF."""
        opts = self.ask("Export handout", "Choose file…")
        if opts is None:
            return None
        start = str(Path.home() / self.default_name())
        name, _ = QFileDialog.getSaveFileName(
            self.window, "Save handout as PDF", start, "PDF documents (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = write_pdf(self.window, path, opts)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                "Handout not saved",
                f"{path}: the PDF could not be written ({exc}). Choose a folder you can write to.",
            )
            return None
        if not path.is_file() or path.stat().st_size == 0:
            QMessageBox.warning(
                self.window,
                "Handout not saved",
                f"{path}: the PDF could not be written. Choose a folder you can write to.",
            )
            return None
        self.window.statusBar().showMessage(f"Handout saved: {path} ({pages} pages).", 8000)
        return path

    def print_(self) -> bool:
        """Ask for names and paper, then print through the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        opts = self.ask("Print handout", "Choose printer…")
        if opts is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_device(printer, opts.paper)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle("Print handout")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            paint_window(self.window, printer, opts)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                "Handout not printed",
                f"The printer could not be used ({exc}). Check it is on and "
                "try again, or export a PDF instead.",
            )
            return False
        return True
