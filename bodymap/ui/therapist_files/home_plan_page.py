"""The handout's "Your home plan" pages: each ticked item with its picture, dose and stop sign.

Laid out as blocks (the title, one block per item, the safety notes) that flow onto as many
pages as they need; a block is never split across pages. The pictures are the line drawings
of ``assets/care`` painted as vectors, so they stay sharp and print in black and white.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from bodymap.core.home_plan import PLAN_INTRO, PLAN_TITLE, HomePlan, PlanEntry
from bodymap.core.i18n import translate
from bodymap.resources import read_care_picture
from bodymap.ui.therapist_files.handout_pages import _document, _draw_text

PICTURE_W, PICTURE_H = 168.0, 126.0  # about 44 × 33 mm at 96 dpi
GAP = 16.0
BLOCK_GAP = 12.0
FLAGS_FRAME = "#7A0C17"  # the handout's heading red; prints as a dark grey


@dataclass(frozen=True)
class Block:
    """One unbreakable piece of a plan page: text, and a picture on its left if any."""

    doc: QTextDocument
    height: float
    picture: str = ""
    framed: bool = False


def _e(text: str) -> str:
    return html.escape(text, quote=False)


P = "<p style='margin-top:0; margin-bottom:5px'>"  # tight paragraphs: a plan fits one page
H = "<h3 style='margin-top:0; margin-bottom:4px'>"


def _items(lines: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:2px'>{_e(line)}</li>" for line in lines)
    return f"<ul style='margin-top:0; margin-bottom:0; -qt-list-indent:1'>{items}</ul>"


def _entry_html(number: int, entry: PlanEntry) -> str:
    it = entry.item
    note = (
        f"{P}<b>From your therapist:</b> <i>{_e(entry.note)}</i></p>" if entry.note.strip() else ""
    )
    return (
        f"{H}{number}. {_e(it.title)} <span style='font-weight:normal; color:#444444'>"
        f"(for {_e(entry.muscle_name.lower())})</span></h3>"
        f"{P}{_e(it.how)}</p>"
        f"{P}<b>How long, how often:</b> {_e(it.dose)}</p>"
        f"{P}<b>When to stop:</b> {_e(it.stop)}</p>{note}"
    )


def plan_blocks(device: QPagedPaintDevice, width: float, plan: HomePlan) -> list[Block]:
    """Every block of the home plan, in reading order."""
    head = _document(
        device,
        width,
        html_text=f"<h1 style='margin-top:0'>{translate('CoreHomePlan', PLAN_TITLE)}</h1>"
        f"{P}{_e(translate('CoreHomePlan', PLAN_INTRO))}</p>",
    )
    blocks = [Block(head, head.size().height() - 6)]
    text_w = width - PICTURE_W - GAP
    for n, entry in enumerate(plan.entries, start=1):
        doc = _document(device, text_w, html_text=_entry_html(n, entry), point_size=10.0)
        blocks.append(Block(doc, max(doc.size().height(), PICTURE_H), entry.item.picture))
    # Two columns in smaller type, so two items, the cautions and the urgent signs share a page.
    stop = _document(
        device,
        width,
        html_text=(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            "<td width='42%' style='padding-right:14px'>"
            f"{H}Stop, and tell your therapist, if</h3>{_items(plan.stop_signs)}</td>"
            "<td width='58%'>"
            f"{H}Ask first, and do not do these yourself, if</h3>{_items(plan.not_for)}</td>"
            "</tr></table>"
        ),
        point_size=9.5,
    )
    blocks.append(Block(stop, stop.size().height()))
    flags = _document(
        device,
        width - 20,
        html_text=(
            "<h3 style='margin-top:0; margin-bottom:4px; color:#7A0C17'>Get help now</h3>"
            f"{P}<b>Go to an emergency department or call emergency services if you have "
            "any of these:</b></p>"
            f"{_items(plan.red_flags)}"
        ),
        point_size=9.5,
    )
    blocks.append(Block(flags, flags.size().height() + 16, framed=True))
    return blocks


def paginate(blocks: list[Block], height: float) -> list[list[tuple[Block, float]]]:
    """Blocks placed on pages: each (block, top) fits, or starts a page of its own."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    for block in blocks:
        if pages[-1] and y + block.height > height:
            pages.append([])
            y = 0.0
        pages[-1].append((block, y))
        y += block.height + BLOCK_GAP
    return pages


def _picture(painter: QPainter, name: str, rect: QRectF) -> None:
    renderer = QSvgRenderer(QByteArray(read_care_picture(name)))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, rect)
    pen = QPen(QColor("#777777"))
    pen.setWidthF(0.8)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def draw_plan_page(painter: QPainter, placed: list[tuple[Block, float]], width: float) -> None:
    """Paint one page of the home plan (the caller adds the footer)."""
    for block, top in placed:
        painter.save()
        if block.picture:
            _picture(painter, block.picture, QRectF(0, top, PICTURE_W, PICTURE_H))
            painter.translate(PICTURE_W + GAP, top)
        elif block.framed:
            pen = QPen(QColor(FLAGS_FRAME))
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0, top, width, block.height))
            painter.translate(10, top + 8)
        else:
            painter.translate(0, top)
        _draw_text(painter, block.doc)
        painter.restore()
