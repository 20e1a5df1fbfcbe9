"""Presentation mode: the screen turned towards a client, readable from 2 metres.

F11 or the toolbar button enters it: full screen, large type, larger trigger-point markers
and tags, "their LEFT / their RIGHT", and only the controls a client needs (Overview, Fit,
Urgent signs, the pain drawing, Nerve or muscle? and Exit). Esc leaves presentation first;
in normal mode Esc keeps clearing the selection. Everything changed is restored on leaving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QStyle, QToolBar

from bodymap.ui.items import MarkerItem, TagItem

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

ARTICLE_PT = 17.0
LEGEND_PT = 15.0
SIDE_TAG_PT = 22.0
DEPTH_TAG_PT = 12.0
MARKER_SIZE = 16.0
PANEL_PT = 16.0
TOOLBAR_CSS = (
    "QToolBar { spacing: 8px; padding: 4px; }"
    " QToolButton { font-size: 15pt; min-height: 48px; min-width: 48px; padding: 4px 10px; }"
    " QLabel, QComboBox, QSlider { font-size: 15pt; min-height: 44px; }"
)


class Presentation(QObject):
    """Enters and leaves presentation mode, remembering what it changed."""

    def __init__(
        self,
        window: MainWindow,
        keep: list[QAction] | None = None,
        panels: list[QDockWidget] | None = None,
        sizers: list[Callable[[float], None]] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.keep = list(keep or [])
        self.panels = list(panels or [])
        self.sizers = list(sizers or [])  # extra set_point_size callbacks (panels, strips)
        self._saved: dict[str, object] = {}
        self._hidden: list[QAction | QToolBar | QDockWidget] = []
        act = QAction(
            window.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon), "Present", window
        )
        act.setCheckable(True)
        act.setShortcut(QKeySequence("F11"))
        act.setToolTip("Presentation mode: full screen, large type, for the client (F11)")
        act.setStatusTip("Full screen with large type; Esc leaves")
        act.triggered.connect(self.set_active)
        window.addAction(act)
        window.toolbar.addAction(act)
        self.action = act
        # Esc leaves presentation; only while presenting, so it never competes with
        # "Clear selection" (Qt ignores a shortcut that two actions share).
        self.act_leave = QAction("Leave presentation", window)
        self.act_leave.triggered.connect(lambda: self.set_active(False))
        window.addAction(self.act_leave)

    def set_active(self, on: bool) -> None:
        """Enter (True) or leave (False) presentation mode."""
        if on == self.active:
            self.action.setChecked(on)
            return
        if on:
            self._enter()
        else:
            self._leave()
        self.active = on
        self.action.setChecked(on)
        self.action.setText("Exit presentation" if on else "Present")

    def _enter(self) -> None:
        w = self.window
        scene = w.scene
        self._saved = {
            "fullscreen": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "menubar": w.menuBar().isVisible(),
            "statusbar": w.statusBar().isVisible(),
            "marker": MarkerItem.size,
            "article_pt": w.article.browser.font().pointSizeF(),
            "legend_pt": w.legend.point_size,
            "side_pt": scene.side_tags["left"].font.pointSizeF(),
            "depth_pt": scene.depth_tags["left"].font.pointSizeF(),
            "words": (scene.side_tags["left"].text, scene.side_tags["right"].text),
            "clear_shortcut": w.act_clear.shortcut(),
            "toolbar_css": w.toolbar.styleSheet(),
            "tag_pos": {id(t): t.pos() for t in self._tags()},
            "icon_size": w.toolbar.iconSize(),
        }
        keep = {*self.keep, self.action}
        self._hidden = []
        for act in w.toolbar.actions():
            if act.isVisible() and act not in keep and not act.isSeparator():
                act.setVisible(False)
                self._hidden.append(act)
        for bar in w.findChildren(QToolBar):
            if bar is not w.toolbar and bar.objectName() != "painToolbar" and bar.isVisible():
                bar.setVisible(False)
                self._hidden.append(bar)
        for dock in w.findChildren(QDockWidget):
            if dock not in self.panels and dock.isVisible():
                dock.setVisible(False)
                self._hidden.append(dock)
        w.menuBar().setVisible(False)
        w.statusBar().setVisible(False)
        for bar in self._kept_bars():
            bar.setStyleSheet(TOOLBAR_CSS)
        w.toolbar.setIconSize(w.toolbar.iconSize() * 1.6)
        w.act_clear.setShortcut(QKeySequence())
        self.act_leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._sizes(ARTICLE_PT, LEGEND_PT, SIDE_TAG_PT, DEPTH_TAG_PT, MARKER_SIZE, PANEL_PT)
        scene.set_side_words("their LEFT", "their RIGHT")
        w.showFullScreen()
        w.view.fit_body()

    def _leave(self) -> None:
        w = self.window
        s = self._saved
        self.act_leave.setShortcut(QKeySequence())
        w.act_clear.setShortcut(s["clear_shortcut"])  # type: ignore[arg-type]
        for thing in self._hidden:
            thing.setVisible(True)
        self._hidden = []
        w.menuBar().setVisible(bool(s["menubar"]))
        w.statusBar().setVisible(bool(s["statusbar"]))
        for bar in self._kept_bars():
            bar.setStyleSheet(str(s["toolbar_css"]))
        positions = s["tag_pos"]
        for tag in self._tags():
            tag.setPos(positions[id(tag)])  # type: ignore[index]
        w.toolbar.setIconSize(s["icon_size"])  # type: ignore[arg-type]
        self._sizes(
            float(s["article_pt"]),
            float(s["legend_pt"]),  # type: ignore[arg-type]
            float(s["side_pt"]),
            float(s["depth_pt"]),  # type: ignore[arg-type]
            float(s["marker"]),
            11.0,
        )  # type: ignore[arg-type]
        left, right = s["words"]  # type: ignore[misc]
        w.scene.set_side_words(left, right)
        if not s["fullscreen"]:
            if s["maximized"]:
                w.showMaximized()
            else:
                w.showNormal()
        w.view.fit_body()

    def _tags(self) -> list[TagItem]:
        scene = self.window.scene
        return [*scene.side_tags.values(), *scene.depth_tags.values()]

    def _kept_bars(self) -> list[QToolBar]:
        bars = [b for b in self.window.findChildren(QToolBar) if b.objectName() == "painToolbar"]
        return [self.window.toolbar, *bars]

    def _sizes(
        self, article: float, legend: float, side: float, depth: float, marker: float, panel: float
    ) -> None:
        w = self.window
        w.article.set_point_size(article)
        w.legend.set_point_size(legend)
        w.canvas.place_legend()  # at its new size, off the selection
        for tag in w.scene.side_tags.values():
            tag.set_point_size(side)
        for tag in w.scene.depth_tags.values():
            tag.set_point_size(depth)
        w.scene.hover_tag.set_point_size(max(11.0, depth))
        markers = [i for i in w.scene.items_by_key.values() if isinstance(i, MarkerItem)]
        for item in markers:
            item.prepareGeometryChange()  # the marker's bounds grow with its size
        MarkerItem.size = marker
        for sizer in self.sizers:
            sizer(panel)
        w.scene.update()
