"""The "Nerve or muscle?" toggle: dermatomes against the selected muscle's referral zones.

On: the ``dermatomes`` layer is shown with its root labels (L4, L5, S1, S2) on the drawing,
and a strip above the canvas gives a one-line reading (computed in the core) with a link to
the "Nerve or muscle?" article. Off: the layer goes back to how it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStyle

from bodymap.core import state as ops
from bodymap.core.candidates import nerve_or_muscle_reading
from bodymap.core.i18n import translate
from bodymap.core.state import ViewState
from bodymap.ui.items import TagItem

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

ARTICLE = "nerve-or-muscle"


class NerveToggle(QObject):
    """Owns the toggle action, the root labels and the reading strip."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.point_size = 11.0
        act = QAction(
            window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
            translate("TherapistNerveToggle", "Nerve or muscle?"),
            window,
        )
        act.setCheckable(True)
        act.setShortcut("Ctrl+Shift+D")
        tip = translate(
            "TherapistNerveToggle",
            "Show the nerve roots' skin areas (dermatomes) beside the referral zones",
        )
        act.setToolTip(
            translate(
                "TherapistNerveToggle",
                "{tip} (Ctrl+Shift+D)",
            ).format(tip=tip)
        )
        act.setStatusTip(tip)
        act.triggered.connect(self.set_on)
        window.addAction(act)
        window.toolbar.addAction(act)
        self.action = act
        # Root labels are placed the first time the toggle is used: finding a good spot
        # inside each dermatome costs time that start-up should not pay.
        self.labels: list[TagItem] = []
        self.strip = QLabel(window.canvas)
        self.strip.setObjectName("nerveReading")
        self.strip.setWordWrap(True)
        self.strip.setTextFormat(Qt.TextFormat.RichText)
        self.strip.setAccessibleName(translate("TherapistNerveToggle", "Nerve or muscle reading"))
        self.strip.linkActivated.connect(lambda href: window.on_link(href.partition(":")[2]))
        self.strip.setVisible(False)
        self._style()
        # Above the drawing, not over it: the reading never covers the muscle it is about.
        window.canvas.add_strip(self.strip)
        self.store.state_changed.connect(self.on_state_changed)

    def _style(self) -> None:
        p = self.window.palette_
        self.strip.setStyleSheet(
            f"#nerveReading {{ background: {p.label_bg}; color: {p.text};"
            f" border: 1px solid {p.dermatome}; border-left: 6px solid {p.dermatome};"
            f" border-radius: 6px; padding: 8px 12px; font-size: {self.point_size:.1f}pt; }}"
        )

    def set_point_size(self, size: float | None) -> None:
        """Text size of the strip and the root labels (presentation enlarges them; None: 11)."""
        size = 11.0 if size is None else size
        self.point_size = size
        self._style()
        for tag in self.labels:
            tag.set_point_size(size)
        self._place()

    @property
    def on(self) -> bool:
        """True while the dermatomes are shown."""
        return "dermatomes" in self.store.state.layers

    def set_on(self, on: bool) -> None:
        """Show or hide the dermatomes and the reading."""
        self.store.update(ops.toggle_layer, self.window.atlas, "dermatomes", on)
        self._sync(self.store.state)

    def on_state_changed(self, old: ViewState, new: ViewState) -> None:
        """Follow the layer and the selection."""
        if old.layers != new.layers or old.selection != new.selection:
            self._sync(new)

    def _ensure_labels(self) -> None:
        if self.labels:
            return
        window = self.window
        for shape in window.atlas.geometry.of_class("dermatome"):
            tag = TagItem(shape.attrs.get("root", ""), window.palette_, self.point_size, bold=True)
            tag.setPos(QPointF(*shape.anchor))
            tag.setZValue(1.5e6)
            tag.setVisible(False)
            window.scene.addItem(tag)
            self.labels.append(tag)
        # With leader-line labels on, the root names join the labels' columns instead.
        labels = getattr(getattr(window, "student", None), "labels", None)
        if labels is not None:
            labels.item.absorbed.extend(self.labels)
            for tag in self.labels:
                tag.absorbed_by = labels.item.draws_tags

    def _sync(self, state: ViewState) -> None:
        on = "dermatomes" in state.layers
        if on:
            self._ensure_labels()
        self.action.setChecked(on)
        for tag in self.labels:
            tag.setVisible(on)
        self.strip.setVisible(on)
        if on:
            reading = nerve_or_muscle_reading(self.window.atlas, state.selection)
            head = translate(
                "TherapistNerveToggle",
                "<b>Nerve or muscle?</b> Blue dashed areas: nerve roots' skin areas.",
            )
            more = translate("TherapistNerveToggle", "Read more, and what else it can be")
            self.strip.setText(
                translate(
                    "TherapistNerveToggle",
                    "{head} {reading} <a href='bodymap:{ARTICLE}'>{more}</a>",
                ).format(head=head, reading=reading, ARTICLE=ARTICLE, more=more)
            )
            self._place()

    def reading(self) -> str:
        """The strip's text without markup (tests, screen readers)."""
        return nerve_or_muscle_reading(self.window.atlas, self.store.state.selection)

    def _place(self) -> None:
        self.strip.updateGeometry()
