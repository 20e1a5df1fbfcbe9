"""Presentation mode: the screen turned towards a client, readable from 2 metres.

F11 or the toolbar button enters it: full screen, large type, larger trigger-point markers
and tags, "their LEFT / their RIGHT", and only the controls a client needs (Overview, Fit,
Urgent signs, the pain drawing, Nerve or muscle? and Exit). On a screen wider than tall the
controls move to a column on the left, so the body (which is taller than wide) gets the
whole height and is drawn larger than on the desktop. Esc leaves presentation first; in
normal mode Esc keeps clearing the selection. Everything changed is restored on leaving,
fonts included (a panel's font goes back to following the system's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QStyle, QToolBar, QToolButton

from bodymap.core.i18n import translate
from bodymap.ui.items import MarkerItem, TagItem

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

ARTICLE_PT = 17.0
LEGEND_PT = 15.0
SIDE_TAG_PT = 22.0
DEPTH_TAG_PT = 12.0
MARKER_SIZE = 16.0
PANEL_PT = 16.0
CANVAS_SHARE = 0.62  # of the splitter's width while presenting, at least
BODY_ROOM = 1.6  # a height-limited body keeps this many times its width of canvas
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
        sizers: list[Callable[[float | None], None]] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.keep = list(keep or [])
        self.panels = list(panels or [])
        # Extra set_point_size callbacks (panels, strips); None means "back to normal".
        self.sizers = list(sizers or [])
        self._panel_size: float | None = None  # the panels' text size while presenting
        self._side_column = False
        self._saved: dict[str, object] = {}
        self._hidden: list[QAction | QToolBar | QDockWidget] = []
        act = QAction(
            window.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon),
            translate("TherapistPresentation", "Present"),
            window,
        )
        act.setCheckable(True)
        act.setShortcut(QKeySequence("F11"))
        act.setToolTip(
            translate(
                "TherapistPresentation",
                "Presentation mode: full screen, large type, for the client (F11)",
            )
        )
        act.setStatusTip(
            translate("TherapistPresentation", "Full screen with large type; Esc leaves")
        )
        act.triggered.connect(self.set_active)
        window.addAction(act)
        window.toolbar.addAction(act)
        self.action = act
        # Esc leaves presentation; only while presenting, so it never competes with
        # "Clear selection" (Qt ignores a shortcut that two actions share).
        self.act_leave = QAction(translate("TherapistPresentation", "Leave presentation"), window)
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
        self.action.setText(
            translate("TherapistPresentation", "Exit presentation")
            if on
            else translate("TherapistPresentation", "Present")
        )

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
            "styles": {id(b): b.toolButtonStyle() for b in self._kept_buttons()},
            "splitter": w.splitter.sizes(),
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
        for button in self._kept_buttons():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        w.toolbar.setIconSize(w.toolbar.iconSize() * 1.6)
        # A body limited by the canvas's height gains most from a column of controls on the
        # left; one limited by its width, from a wider canvas.
        self._side_column = self._height_limited()
        if self._side_column:
            for bar in self._kept_bars():
                w.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        w.act_clear.setShortcut(QKeySequence())
        self.act_leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._sizes(ARTICLE_PT, LEGEND_PT, SIDE_TAG_PT, DEPTH_TAG_PT, MARKER_SIZE, PANEL_PT)
        scene.set_side_words(
            translate("TherapistPresentation", "their LEFT"),
            translate("TherapistPresentation", "their RIGHT"),
        )
        w.showFullScreen()
        sizes = w.splitter.sizes()
        if len(sizes) == 2 and sum(sizes) and sizes[0] < CANVAS_SHARE * sum(sizes):
            total = sum(sizes)
            w.splitter.setSizes([int(total * CANVAS_SHARE), total - int(total * CANVAS_SHARE)])
        w.view.fit_body()
        if self._side_column:
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        """A body limited by the height leaves the canvas spare width: give it to the text,
        keeping room around the body (so it is drawn no smaller)."""
        w = self.window
        if not self.active:
            return
        w.view.fit_body()
        body = w.view.mapFromScene(w.view.body_scene.focus_rect).boundingRect().width()
        sizes = w.splitter.sizes()
        total = sum(sizes)
        want = max(int(body * BODY_ROOM), int(total * 0.5))
        if len(sizes) == 2 and want < sizes[0]:
            w.splitter.setSizes([want, total - want])
            w.view.fit_body()

    def _height_limited(self) -> bool:
        view = self.window.view
        view.fit_body()
        shown = view.mapFromScene(view.body_scene.focus_rect).boundingRect()
        return shown.height() >= view.viewport().height() - 6

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
        if self._side_column:
            self._back_to_the_top()
        w.splitter.setSizes(s["splitter"])  # type: ignore[arg-type]
        styles = s["styles"]
        for button in self._kept_buttons():
            button.setToolButtonStyle(styles.get(id(button), button.toolButtonStyle()))  # type: ignore[attr-defined]
        self._sizes(
            float(s["article_pt"]),
            float(s["legend_pt"]),  # type: ignore[arg-type]
            float(s["side_pt"]),
            float(s["depth_pt"]),  # type: ignore[arg-type]
            float(s["marker"]),
            None,
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

    def _kept_buttons(self) -> list[QToolButton]:
        bar = self.window.toolbar
        buttons = [bar.widgetForAction(a) for a in [*self.keep, self.action]]
        return [b for b in buttons if isinstance(b, QToolButton)]

    def _back_to_the_top(self) -> None:
        """The desktop's rows again: main bar, view controls, pain drawing, each on its own."""
        w = self.window
        second = w.findChild(QToolBar, "viewControlsToolbar")
        pain = w.findChild(QToolBar, "painToolbar")
        rows = [bar for bar in (w.toolbar, second, pain) if bar is not None]
        for bar in rows:
            if w.toolBarBreak(bar):
                w.removeToolBarBreak(bar)
        for i, bar in enumerate(rows):
            if i:
                w.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        fit = getattr(w, "toolbar_fit", None)
        if fit is not None:
            fit.refit()

    def add_panel(self, dock: QDockWidget, sizer: Callable[[float | None], None]) -> None:
        """A panel built after start-up (on first use) follows presenting like the others."""
        self.panels.append(dock)
        self.sizers.append(sizer)
        if self.active:
            sizer(self._panel_size)

    def _kept_bars(self) -> list[QToolBar]:
        bars = [b for b in self.window.findChildren(QToolBar) if b.objectName() == "painToolbar"]
        return [self.window.toolbar, *bars]

    def _sizes(
        self,
        article: float,
        legend: float,
        side: float,
        depth: float,
        marker: float,
        panel: float | None,
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
        self._panel_size = panel
        for sizer in self.sizers:
            sizer(panel)
        w.scene.update()
