"""Leader-line labels for the visible structures, laid out in screen pixels on every view change.

One graphics item covers the scene and paints in viewport coordinates: at each paint it maps
the structures' anchors through the painter's transform, asks the Qt-free
``label_layout.layout_labels`` for non-overlapping boxes beside the figure, and draws boxes and
leader lines. So labels keep their screen size while zooming and follow every pan, zoom and
state change without the view knowing about them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.core.atlas import Atlas
from bodymap.core.geometry import BBox
from bodymap.core.ids import Ref
from bodymap.core.label_layout import LabelRequest, PlacedLabel, layout_labels
from bodymap.core.look import Look
from bodymap.core.traversal import anchor, display_name, visible_refs
from bodymap.ui.items import TagItem
from bodymap.ui.palette import Palette
from bodymap.ui.qt import color

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

LABEL_Z = 1.5e6  # above the plate and markers, below the hover tag


def label_point_size() -> float:
    """Label text size, following the system font (never a fixed pixel size)."""
    base = QApplication.font().pointSizeF()
    return max(7.5, (base if base > 0 else 10.0) * 0.95)


class LabelsItem(QGraphicsItem):
    """Paints every visible structure's label beside the figure, in screen pixels."""

    def __init__(self, atlas: Atlas, palette: Palette) -> None:
        super().__init__()
        self.atlas = atlas
        self.palette = palette
        self.latin = False
        self.shown = False
        self.suppressed = False  # the quiz hides labels while it asks its questions
        self.suppressed_changed: Callable[[], None] = lambda: None
        self.look: Look | None = None
        self.selection: Ref | None = None
        self.placed: list[PlacedLabel] = []
        self.texts: dict[str, str] = {}
        self._key: tuple[object, ...] | None = None
        self._bounds = QRectF()
        # Boxes in viewport pixels the labels must not go under (the floating legend).
        self.keep_out: Callable[[], list[BBox]] = list
        # Tags on the drawing (the dermatomes' root names) whose words join the label
        # columns while labels are drawn, so no tag ever sits on a label.
        self.absorbed: list[TagItem] = []
        self.printing = False  # the handout: no floating legend to keep out of
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # --- state ----------------------------------------------------------------------------
    def set_bounds(self, rect: QRectF) -> None:
        """Cover the whole scene so the item is painted wherever the view looks."""
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def set_look(self, look: Look, selection: Ref | None, shown: bool) -> bool:
        """Follow a new look (which structures are visible) and the labels layer switch.

        Returns True when the labels on screen may have changed (they were or are drawn):
        while they are off, a click repaints only what it restyled, not the whole canvas.
        """
        if (look, selection, shown) == (self.look, self.selection, self.shown):
            return False
        was = self.active()
        self.look, self.selection, self.shown = look, selection, shown
        if not (was or self.active()):
            return False
        self.update()
        return True

    def set_latin(self, latin: bool) -> None:
        """Switch between English and Terminologia Anatomica names."""
        if latin != self.latin:
            self.latin = latin
            self.update()

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide the labels whatever the layer says (quiz questions)."""
        if suppressed != self.suppressed:
            self.suppressed = suppressed
            self.update()
            self.suppressed_changed()

    def active(self) -> bool:
        """True when labels are to be drawn now."""
        return self.shown and not self.suppressed and self.look is not None

    def draws_tags(self) -> bool:
        """True when the absorbed tags' words are drawn here (not by the tags themselves)."""
        return self.isVisible() and self.active()

    # --- layout ---------------------------------------------------------------------------
    def font(self) -> QFont:
        """The label font, sized from the system font."""
        f = QFont(QApplication.font())
        f.setPointSizeF(label_point_size())
        return f

    def relayout(self, transform: QTransform, width: float, height: float) -> list[PlacedLabel]:
        """Place the labels for a scene-to-screen transform and a viewport size."""
        look = self.look
        if look is None:
            return []
        font = self.font()
        keep_out = () if self.printing else tuple(self.keep_out())
        tags = [
            (f"tag:{i}", t.text, t.scenePos()) for i, t in enumerate(self.absorbed) if t.isVisible()
        ]
        key = (transform, width, height, look, self.latin, font.pointSizeF(), keep_out, tuple(tags))
        if key == self._key:
            return self.placed
        fm = QFontMetricsF(font)
        pad_x, pad_y = fm.height() * 0.45, fm.height() * 0.18
        requests: list[LabelRequest] = []
        texts: dict[str, str] = {}
        for ref in visible_refs(self.atlas, look):
            a = anchor(self.atlas, look, ref)
            if a is None:
                continue
            p = transform.map(QPointF(*a))
            if not (0 <= p.x() <= width and 0 <= p.y() <= height):
                continue  # only what is in view gets a label
            text = display_name(self.atlas, ref.id, self.latin)
            texts[str(ref)] = text
            requests.append(
                LabelRequest(
                    str(ref),
                    (p.x(), p.y()),
                    fm.horizontalAdvance(text) + 2 * pad_x,
                    fm.height() + 2 * pad_y,
                    ref.side or "left",
                )
            )
        x0, y0, x1, y1 = self.atlas.body_box
        for tag_key, text, pos in tags:
            p = transform.map(pos)
            if not (0 <= p.x() <= width and 0 <= p.y() <= height):
                continue
            texts[tag_key] = f"{text} dermatome"
            requests.append(
                LabelRequest(
                    tag_key,
                    (p.x(), p.y()),
                    fm.horizontalAdvance(texts[tag_key]) + 2 * pad_x,
                    fm.height() + 2 * pad_y,
                    "left" if pos.x() < (x0 + x1) / 2 else "right",
                )
            )
        tl, br = transform.map(QPointF(x0, y0)), transform.map(QPointF(x1, y1))
        self.placed = layout_labels(
            requests,
            (tl.x(), tl.y(), br.x(), br.y()),
            (width, height),
            margin=fm.height() * 0.5,
            gap=fm.height() * 0.15,
            reach=fm.height() * 1.2,
            keep_out=keep_out,
        )
        self.texts = texts
        self._key = key
        return self.placed

    # --- QGraphicsItem --------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.active():
            return
        transform = painter.worldTransform()
        origin = QPointF(0, 0)
        if widget is not None:
            width, height = float(widget.width()), float(widget.height())
        else:
            # Printing: the scene is drawn into a panel of the page (its clip), so the
            # labels are laid out inside that panel, not across the whole sheet.
            device = painter.device()
            panel = QRectF(0, 0, device.width(), device.height())
            if painter.hasClipping():
                panel = transform.mapRect(painter.clipBoundingRect()).intersected(panel)
            origin = panel.topLeft()
            width, height = panel.width(), panel.height()
            transform = transform * QTransform.fromTranslate(-origin.x(), -origin.y())
        placed = self.relayout(transform, width, height)
        p = self.palette
        font = self.font()
        painter.save()
        painter.resetTransform()  # from here on: viewport (or panel) pixels
        painter.translate(origin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(font)
        selected = str(self.selection) if self.selection is not None else ""
        for lab in placed:
            (ax, ay), (ex, ey) = lab.leader
            is_sel = lab.key == selected or (
                self.selection is not None
                and self.selection.side is None
                and lab.key.split(":")[0] == self.selection.id
            )
            line = QPen(color(p.selection if is_sel else p.text, 0.9 if is_sel else 0.6))
            line.setWidthF(1.6 if is_sel else 1.0)
            painter.setPen(line)
            painter.drawLine(QPointF(ax, ay), QPointF(ex, ey))
            painter.setBrush(color(p.selection if is_sel else p.text))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(ax, ay), 2.4, 2.4)
            box = QRectF(lab.box[0], lab.box[1], lab.box[2] - lab.box[0], lab.box[3] - lab.box[1])
            edge = QPen(color(p.selection if is_sel else p.muted_text, 1.0 if is_sel else 0.55))
            edge.setWidthF(2.0 if is_sel else 0.8)
            painter.setPen(edge)
            painter.setBrush(color(p.label_bg, 0.93))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(color(p.text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.texts.get(lab.key, lab.key))
        painter.restore()


class LabelsController:
    """Keeps the labels item in step with the store and the view."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.item = LabelsItem(window.atlas, window.scene.palette)
        self.item.set_bounds(window.scene.sceneRect())
        self.item.keep_out = self.legend_box
        window.scene.addItem(self.item)
        view = window.view
        # Panning scrolls the viewport's pixels; labels live in viewport pixels, so repaint.
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: view.viewport().update())
        window.store.state_changed.connect(lambda _old, _new: self.refresh())
        self.refresh()

    def legend_box(self) -> list[BBox]:
        """The legend's box in the view's viewport pixels, when it floats over the canvas."""
        legend = getattr(self.window, "legend", None)
        viewport = self.window.view.viewport()
        if legend is None or not legend.isVisible():
            return []
        top_left = viewport.mapFromGlobal(legend.mapToGlobal(QPoint(0, 0)))
        x, y = float(top_left.x()), float(top_left.y())
        return [(x, y, x + legend.width(), y + legend.height())]

    def refresh(self) -> None:
        """Follow the current state (and the look the scene shows)."""
        state = self.window.store.state
        look = self.window.scene.look
        if look is not None and self.item.set_look(look, state.selection, "labels" in state.layers):
            self.window.view.viewport().update()
        self.make_room()

    def set_latin(self, latin: bool) -> None:
        """English or Latin names."""
        self.item.set_latin(latin)
        self.window.view.viewport().update()
        self.make_room()

    def side_room(self) -> float:
        """Pixels each label column needs beside the figure: the longest name, its padding,
        the leader's reach and the margin (as ``relayout`` lays them out)."""
        if not self.item.active():
            return 0.0
        fm = QFontMetricsF(self.item.font())
        names = [
            display_name(self.item.atlas, sid, self.item.latin) for sid in self.item.atlas.ids()
        ]
        widest = max((fm.horizontalAdvance(n) for n in names), default=0.0)
        return widest + 2 * fm.height() * 0.45 + fm.height() * 1.2 + fm.height() * 0.5 + 4

    def make_room(self) -> None:
        """Fit the body between the label columns, so no label has to sit on the figure."""
        view = self.window.view
        room = self.side_room()
        if room != view.side_room_px:
            view.side_room_px = room
            if view.fitted:
                view.fit_body()

    def set_palette(self, palette: Palette) -> None:
        """A new theme."""
        self.item.palette = palette
        self.item.update()
