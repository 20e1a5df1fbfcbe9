"""The "Muscles with a matching pain pattern" panel: muscles whose typical pain pattern
matches the drawing, best match first.

It matches patterns and claims no cause. The ranking comes from ``bodymap.core.candidates``;
clicking (or tapping) a row selects that muscle on that side, which shows its trigger points
and the same zones the ranking used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.candidates import Candidate, rank_candidates
from bodymap.core.i18n import QT_TRANSLATE_NOOP, side_name, translate
from bodymap.core.ids import Ref
from bodymap.core.painting import paint_map
from bodymap.core.state import ViewState

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("TherapistCandidatesPanel", "Muscles with a matching pain pattern")
LEAD = QT_TRANSLATE_NOOP(
    "TherapistCandidatesPanel",
    "Muscles whose typical pain pattern matches the drawing, best match first:",
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "TherapistCandidatesPanel",
    "Paint where it hurts with “Where does it hurt?”. Muscles whose referral zones "
    "match the drawing will be listed here.",
)
NONE_TEXT = QT_TRANSLATE_NOOP(
    "TherapistCandidatesPanel",
    "No muscle on this map refers pain to the painted area. Pain there may have "
    "another cause: ask, examine, and check the urgent signs.",
)
CAVEAT = QT_TRANSLATE_NOOP(
    "TherapistCandidatesPanel",
    "A match is not a cause: referral patterns are typical, not the same in everyone, and "
    "patterns no source maps (drawn by analogy) count for half. A lead for the examination, "
    "not a diagnosis.",
)


class CandidatesPanel(QDockWidget):
    """A dock listing candidate muscles with their reasons; a click selects one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("TherapistCandidatesPanel", TITLE), window)
        self.window_ = window
        self.setObjectName("candidatesDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            translate("TherapistCandidatesPanel", "Pain drawing summary")
        )
        self.list = QListWidget(body)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(
            translate("TherapistCandidatesPanel", "Candidate muscles, best match first")
        )
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self.on_item)
        self.list.itemActivated.connect(self.on_item)
        self.list.viewport().installEventFilter(self)
        self.caveat = QLabel(translate("TherapistCandidatesPanel", CAVEAT), body)
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet(f"color: {window.palette_.muted_text};")
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.caveat)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self.candidates: list[Candidate] = []
        self.point_size = 11.0
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.store.state_changed.connect(self.on_state_changed)
        self.refresh(window.store.state)
        self.setVisible(False)

    def set_point_size(self, size: float | None) -> None:
        """Text size, the title's included (presentation enlarges it); None: the system's."""
        if size is None:
            # A font that sets nothing: every part follows the application's font again.
            font = QFont()
            self.point_size = QFont().pointSizeF()
        else:
            self.point_size = size
            font = QFont(self.font())
            font.setPointSizeF(size)
        for w in (self, self.summary, self.list, self.caveat):
            w.setFont(font)
        self.refresh(self.window_.store.state)

    def on_state_changed(self, old: ViewState, new: ViewState) -> None:
        """Re-rank when the drawing changes; mark the selected candidate."""
        if old.strokes != new.strokes:
            self.refresh(new)
            if new.strokes and not old.strokes:
                self.show()
        elif old.selection != new.selection:
            self._mark(new.selection)

    def refresh(self, state: ViewState) -> None:
        """Rebuild the summary and the list from the drawing."""
        atlas = self.window_.atlas
        self.list.clear()
        if not state.strokes:
            # Nothing painted: no need to rasterise the body (that costs start-up time).
            self.candidates = []
            self.summary.setText(translate("TherapistCandidatesPanel", EMPTY_TEXT))
            self.list.setVisible(False)
            return
        pm = paint_map(atlas, state.strokes)
        self.candidates = rank_candidates(atlas, pm)
        if not pm.intensity:
            self.summary.setText(translate("TherapistCandidatesPanel", EMPTY_TEXT))
        else:
            sides = translate("TherapistCandidatesPanel", " and ").join(
                side_name(s) for s in pm.sides
            )
            self.summary.setText(
                translate(
                    "TherapistCandidatesPanel",
                    "Painted: {area_percent:.1f} % of the back ({sides} side), worst {peak}/10.",
                ).format(area_percent=pm.area_percent, sides=sides, peak=pm.peak)
            )
            more = (
                translate("TherapistCandidatesPanel", LEAD)
                if self.candidates
                else translate("TherapistCandidatesPanel", NONE_TEXT)
            )
            self.summary.setText(self.summary.text() + "\n\n" + more)
        for rank, cand in enumerate(self.candidates, start=1):
            item = QListWidgetItem(
                f"{rank}. {cand.name}, {side_name(cand.ref.side)}\n{cand.reason}"
            )
            item.setData(Qt.ItemDataRole.UserRole, cand.ref)
            item.setToolTip(
                translate(
                    "TherapistCandidatesPanel",
                    "Select {name} on the {side} side",
                ).format(name=cand.name, side=side_name(cand.ref.side))
            )
            self.list.addItem(item)
        self._fit_rows()
        self.list.setVisible(bool(self.candidates))
        self._mark(state.selection)

    def _fit_rows(self) -> None:
        """Give each row the height its wrapped text needs (at least a 48 px touch target)."""
        fm = QFontMetrics(self.list.font())
        width = max(120, self.list.viewport().width() - 16)
        for i in range(self.list.count()):
            item = self.list.item(i)
            rect = fm.boundingRect(
                QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            item.setSizeHint(QSize(width, max(48, rect.height() + 14)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return False

    def _mark(self, selection: Ref | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == selection)

    def on_item(self, item: QListWidgetItem) -> None:
        """Select the candidate muscle on its side."""
        ref = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ref, Ref):
            self.window_.select(ref)
