"""The handout's pages: paper set-up, the header, the map panels, the text and footers.

Page 1 carries the title, the date, the names and the body map as shown (the scene is
painted straight into the PDF, so lines and text stay sharp at any zoom), with a close-up
of the selection beside it. The next pages carry the plain-language text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsItem

from bodymap import APP_NAME, __version__
from bodymap.core.handout_text import HandoutText
from bodymap.core.home_plan import HomePlan, PlanChoice
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.palette import PRINT
from bodymap.ui.scene import BodyScene

if TYPE_CHECKING:
    from bodymap.ui.therapist_files.home_plan_page import Block

RESOLUTION = 96
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
FOOTER = QT_TRANSLATE_NOOP(
    "TherapistFilesHandoutPages",
    "bodymap: for education; it does not diagnose. Made on this computer; nothing was sent.",
)
LEGEND = QT_TRANSLATE_NOOP(
    "TherapistFilesHandoutPages",
    "Seen from behind: the person's LEFT is on the left of the picture. Solid red: where "
    "pain is usually felt from this muscle's trigger points; red stripes: where it "
    "sometimes spreads; ✕: trigger points; yellow: the sciatic nerve.",
)
# Said only when such a zone is on the map (how sure its source is).
CONFIDENCE_NOTES = {
    "described": QT_TRANSLATE_NOOP(
        "TherapistFilesHandoutPages",
        "Pale red with a dash-dot edge: a pattern described in words, not drawn "
        "in a published map.",
    ),
    "inferred": QT_TRANSLATE_NOOP(
        "TherapistFilesHandoutPages",
        "Red dotted outline, no fill: a pattern no source maps, drawn by likeness "
        "to a neighbouring muscle.",
    ),
}
FRAME = "#1F6FEB"  # the selection blue: "this part, enlarged"
DRAWING_NOTE = QT_TRANSLATE_NOOP(
    "TherapistFilesHandoutPages", "Violet, dotted: your own drawing of where you feel the pain."
)


@dataclass(frozen=True, slots=True)
class HandoutOptions:
    """What the dialog asks: optional names and the paper size."""

    therapist: str = ""
    client: str = ""
    paper: str = "A4"
    home_plan: tuple[PlanChoice, ...] = ()  # the self-care items ticked for the home plan
    language: str = ""  # the handout's language ("es", "de", "en"); "" = the interface's


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


def _draw_text(painter: QPainter, doc: QTextDocument, clip: QRectF | None = None) -> None:
    """Paint a text document black on white, whatever the screen theme's text colour is.

    ``drawContents`` takes its colours from the application's palette, which in the dark
    theme is near-white: on paper that is invisible.
    """
    ctx = QAbstractTextDocumentLayout.PaintContext()
    pal = QPalette(ctx.palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Text, QColor(PRINT.text))
        pal.setColor(group, QPalette.ColorRole.WindowText, QColor(PRINT.text))
        pal.setColor(group, QPalette.ColorRole.Link, QColor("#0B4FB3"))
    ctx.palette = pal
    painter.save()
    if clip is not None:
        painter.setClipRect(clip)
        ctx.clip = clip
    doc.documentLayout().draw(painter, ctx)
    painter.restore()


def _header_html(
    text: HandoutText, opts: HandoutOptions, has_drawing: bool, confidences: Sequence[str] = ()
) -> str:
    who = []
    if opts.client.strip():
        who.append(
            translate("TherapistFilesHandoutPages", "For: {name}").format(
                name=f"<b>{html.escape(opts.client.strip())}</b>"
            )
        )
    if opts.therapist.strip():
        who.append(
            translate("TherapistFilesHandoutPages", "From: {name}").format(
                name=f"<b>{html.escape(opts.therapist.strip())}</b>"
            )
        )
    names = " &nbsp;·&nbsp; ".join(who)
    note = f"<p>{translate('TherapistFilesHandoutPages', DRAWING_NOTE)}</p>" if has_drawing else ""
    legend = " ".join(
        [
            translate("TherapistFilesHandoutPages", LEGEND),
            *(
                translate("TherapistFilesHandoutPages", CONFIDENCE_NOTES[c])
                for c in confidences
                if c in CONFIDENCE_NOTES
            ),
        ]
    )
    return (
        f"<h1 style='margin-bottom:2px'>{html.escape(text.title)}</h1>"
        f"<p style='color:#444444'>{html.escape(text.subtitle)}</p>"
        f"<p>{text.date}{' &nbsp;·&nbsp; ' + names if names else ''}</p>"
        f"{note}<p style='color:#444444; font-size:9pt'>{html.escape(legend)}</p>"
    )


def _footer(painter: QPainter, page: QRectF, number: int, total: int) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    rect = QRectF(page.left(), page.bottom() - 16, page.width(), 16)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("TherapistFilesHandoutPages", FOOTER),
    )
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("TherapistFilesHandoutPages", "Page {number} of {total}").format(
            number=number, total=total
        ),
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
    scene: BodyScene,
    sources: Sequence[QRectF],
    text: HandoutText,
    opts: HandoutOptions,
    has_drawing: bool = False,
    crowding: Sequence[QGraphicsItem] = (),
    plan: HomePlan | None = None,
) -> int:
    """Paint the handout onto a PDF writer or printer; returns the number of pages.

    ``sources`` are the parts of the scene to show on page 1: the whole map, optionally
    followed by a close-up drawn beside it. ``crowding`` items (the leader-line labels)
    are left off the small whole map when a close-up carries them.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    page = QRectF(0, 0, rect.width(), rect.height())
    body_height = page.height() - 28  # room for the footer
    shown = sorted(scene.confidences_shown())
    header = _document(device, page.width(), html_text=_header_html(text, opts, has_drawing, shown))
    body = _document(device, page.width(), markdown=text.body_markdown)
    body.setPageSize(QSizeF(page.width(), body_height))
    plan_pages = plan_layout(device, page.width(), body_height, plan)
    total = 1 + body.pageCount() + len(plan_pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF or printer could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _draw_text(painter, header)
        top = header.size().height() + 12
        space = QRectF(0, top, page.width(), body_height - top)
        with scene.printing(PRINT):
            for i, (source, target) in enumerate(_panels(sources, space)):
                hide = list(crowding) if i == 0 and len(sources) > 1 else []
                shown = [item.isVisible() for item in hide]
                for item in hide:
                    item.setVisible(False)
                scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
                for item, visible in zip(hide, shown, strict=True):
                    item.setVisible(visible)
        if len(sources) > 1:
            _mark_close_up(painter, sources[0], sources[1], _panels(sources, space))
        _footer(painter, page, 1, total)
        for i in range(body.pageCount()):
            device.newPage()
            painter.save()
            painter.translate(0, -i * body_height)
            _draw_text(painter, body, QRectF(0, i * body_height, page.width(), body_height))
            painter.restore()
            _footer(painter, page, i + 2, total)
        if plan_pages:
            from bodymap.ui.therapist_files.home_plan_page import draw_plan_page
        for j, placed in enumerate(plan_pages):
            device.newPage()
            draw_plan_page(painter, placed, page.width())
            _footer(painter, page, body.pageCount() + j + 2, total)
    finally:
        painter.end()
    return total


def plan_layout(
    device: QPagedPaintDevice, width: float, height: float, plan: HomePlan | None
) -> list[list[tuple[Block, float]]]:
    """The home-plan pages (none without a plan), laid out before any page is painted."""
    # Imported here: the home-plan page module uses this module's text helpers.
    from bodymap.ui.therapist_files.home_plan_page import paginate, plan_blocks

    if plan is None:
        return []
    return paginate(plan_blocks(device, width, plan), height)
