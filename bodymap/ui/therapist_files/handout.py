"""The client's handout: "Export handout…" (a vector PDF) and "Print…", and their dialog.

The handout shows the body map as the window shows it, a close-up of the selection, then
the plain-language article, the urgent signs and the disclaimer (see ``handout_pages``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPdfWriter,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bodymap.core.atlas import Atlas
from bodymap.core.handout_text import HandoutText, compose_handout
from bodymap.core.home_plan import Offer, compose_plan
from bodymap.core.i18n import translate
from bodymap.core.ids import Ref
from bodymap.ui.language import speaking
from bodymap.ui.therapist_files.handout_pages import (
    PAPERS,
    HandoutOptions,
    render_handout,
    setup_device,
)
from bodymap.ui.therapist_files.home_plan_picker import HomePlanPicker

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

# Items that keep their screen size (trigger-point ✕, LEFT/RIGHT) are sized in device pixels,
# so the page uses screen-like units: they come out as big on paper as on a 96-dpi screen.
CLOSE_UP_MIN = 0.3  # a close-up is at least this share of the body's width


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else (the UK included)."""
    from PySide6.QtCore import QLocale

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


def handout_for(atlas: Atlas, selection: Ref | None) -> HandoutText:
    """The handout's words for the current selection (today's date)."""
    return compose_handout(atlas, selection, dt.date.today())


def write_pdf(window: MainWindow, path: Path, opts: HandoutOptions) -> int:
    """Write the handout to a PDF file; returns the page count.

    The PDF is written beside the target under a temporary name and renamed at the end,
    so a failure never leaves half a PDF or spoils an earlier one.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp_name)
        setup_device(writer, opts.paper)
        lang = _language(window, opts)
        with speaking(lang):
            title = handout_for(window.atlas_in(lang), window.store.state.selection).title
            title = translate("TherapistFilesHandout", "bodymap handout: {title}").format(
                title=title
            )
        writer.setTitle(title)
        pages = paint_window(window, writer, opts)
        del writer  # closes the file
        with contextlib.suppress(OSError):
            # mkstemp makes the file private (0600); a handout gets the user's usual mode,
            # or keeps the mode of the file it replaces.
            os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return pages


def _language(window: MainWindow, opts: HandoutOptions) -> str:
    """The handout's language: the one chosen in the dialog, else the interface's."""
    return opts.language or getattr(window, "language", "en")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


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
    labels = getattr(getattr(window, "student", None), "labels", None)
    crowding = [labels.item] if labels is not None else []
    for item in crowding:
        item.printing = True
    lang = _language(window, opts)
    side_tags = getattr(scene, "side_tags", {})
    words = {side: tag.text for side, tag in side_tags.items()}
    try:
        with speaking(lang):
            # LEFT and RIGHT under the feet in the handout's language.
            for side, tag in side_tags.items():
                tag.set_text(translate("Scene", "LEFT" if side == "left" else "RIGHT"))
            atlas = window.atlas_in(lang) if hasattr(window, "atlas_in") else window.atlas
            return render_handout(
                device,
                scene,
                [shown, *([focus] if focus is not None else [])],
                handout_for(atlas, state.selection),
                opts,
                has_drawing=bool(state.strokes),
                crowding=crowding,
                plan=compose_plan(atlas, opts.home_plan),
            )
    finally:
        for side, tag in side_tags.items():
            tag.set_text(words[side])
        for item in crowding:
            item.printing = False
        for tag, visible in zip(hidden, was_visible, strict=True):
            tag.setVisible(visible)


# --- the dialog and the two actions ------------------------------------------------------
class HandoutDialog(QDialog):
    """Asks for the optional names and the paper size before exporting or printing."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        opts: HandoutOptions,
        ok_text: str,
        plan_offers: list[Offer] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.therapist = QLineEdit(opts.therapist, self)
        self.therapist.setPlaceholderText(translate("TherapistFilesHandout", "optional"))
        self.client = QLineEdit(opts.client, self)
        self.client.setPlaceholderText(translate("TherapistFilesHandout", "optional"))
        from bodymap.core.translation import LANGUAGES

        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(opts.language or "en")))
        self.language.setToolTip(
            translate(
                "TherapistFilesHandout",
                "The language of the handout's text (the client's language)",
            )
        )
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(opts.paper)
        form.addRow(translate("TherapistFilesHandout", "Therapist's name:"), self.therapist)
        form.addRow(translate("TherapistFilesHandout", "Client's name:"), self.client)
        form.addRow(translate("TherapistFilesHandout", "Paper size:"), self.paper)
        form.addRow(translate("TherapistFilesHandout", "Handout language:"), self.language)
        self.plan = HomePlanPicker(plan_offers or [], opts.home_plan, self)
        form.addRow(translate("TherapistFilesHandout", "Home plan:"), self.plan)
        note = QLabel(
            translate(
                "TherapistFilesHandout",
                "The handout is made on this computer; nothing is sent anywhere.",
            ),
            self,
        )
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
            self.therapist.text().strip(),
            self.client.text().strip(),
            self.paper.currentText(),
            self.plan.choices(),
            str(self.language.currentData() or ""),
        )
