"""The main window: body canvas on the left, article on the right, tools above."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap import __version__
from bodymap.core import state as ops
from bodymap.core.article_view import compose
from bodymap.core.atlas import DEPTH_LEVELS, Atlas, depth_name, depth_short_name
from bodymap.core.i18n import translate
from bodymap.core.ids import Ref
from bodymap.core.look import Look, derive_look, rehover_look
from bodymap.core.state import ViewState
from bodymap.ui.article_panel import ArticlePanel
from bodymap.ui.care_pictures import with_care_pictures
from bodymap.ui.legend import LegendWidget
from bodymap.ui.palette import LIGHT, Palette
from bodymap.ui.scene import BodyScene
from bodymap.ui.store import StateStore
from bodymap.ui.view import BodyView


class CanvasHost(QWidget):
    """Holds the view, strips above it (they push the drawing down, never cover it) and the
    floating legend, placed by ``place_legend`` (the fit feature keeps it off the selection)."""

    def __init__(self, view: BodyView, legend: LegendWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.legend = legend
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.strips = QVBoxLayout()
        self.strips.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.strips)
        layout.addWidget(view, 1)
        legend.setParent(self)
        legend.raise_()
        self.place_legend: Callable[[], None] = self._legend_top_left

    def add_strip(self, strip: QWidget) -> None:
        """A full-width strip above the drawing (a reading, a hint)."""
        self.strips.addWidget(strip)

    def _legend_top_left(self) -> None:
        hint = self.legend.sizeHint()
        self.legend.setGeometry(12, self.view.geometry().top() + 12, hint.width(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_legend()


class MainWindow(QMainWindow):
    """Mirrors the StateStore: the scene, the article and the controls follow the state."""

    def __init__(
        self,
        atlas: Atlas,
        palette: Palette = LIGHT,
        state: ViewState | None = None,
        language: str = "en",
        base_atlas: Atlas | None = None,
    ) -> None:
        super().__init__()
        self.atlas = atlas
        # The English atlas the translated one was made from (a handout in another language).
        self.base_atlas = base_atlas if base_atlas is not None else atlas
        # The interface and content language; on_language (set by the application) rebuilds
        # the window in another one when View ▸ Language is used.
        self.language = language
        self.on_language: Callable[[str], None] | None = None
        # Self-care steps in the article; the kiosk turns them off (an unsupervised visitor).
        self.care_steps = True
        self.palette_ = palette
        self.store = StateStore(atlas, state)
        self._last_look: tuple[ViewState, Look] | None = None  # the state and Look shown last
        self._article_texts: dict[str, str] = {}  # composed Markdown -> with care pictures
        self.setWindowTitle(
            translate("MainWindow", "bodymap: sciatica, muscles and trigger points")
        )
        self.scene = BodyScene(atlas, palette)
        self.view = BodyView(self.scene)
        self.legend = LegendWidget(palette)
        # The legend names how sure the zones on show are (mapped, described, inferred).
        self.scene.look_applied.connect(
            lambda _look: self.legend.set_confidences(self.scene.confidences_shown())
        )
        self.canvas = CanvasHost(self.view, self.legend)
        self.canvas.setAccessibleName(translate("MainWindow", "Drawing"))
        self.article = ArticlePanel(palette)
        self.article.setAccessibleName(translate("MainWindow", "Text panel"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.article)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.article.setMinimumWidth(340)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.statusBar().showMessage(
            translate(
                "MainWindow",
                "Click a muscle, region or nerve. Wheel zooms, dragging pans. "
                "LEFT and RIGHT are the person's own sides.",
            )
        )
        self.view.structure_clicked.connect(self.on_clicked)
        self.view.structure_hovered.connect(self.on_hovered)
        self.article.link_activated.connect(self.on_link)
        self.store.state_changed.connect(self.render_state)
        self.render_state(None, self.store.state)
        self.resize(1600, 1000)
        from bodymap.ui.features import install_features

        install_features(self)

    # --- parts built on first use --------------------------------------------------------
    def defer(self, name: str, build: Callable[[], object]) -> None:
        """Make ``window.<name>`` on first use: ``build()`` runs when it is first read.

        Start-up then pays only for what the first frame shows; a feature's panel and the
        modules it needs wait until someone opens it (or a test or another feature asks).
        """
        self.__dict__.setdefault("_deferred", {})[name] = build

    def is_built(self, name: str) -> bool:
        """Whether ``window.<name>`` exists yet (without building it)."""
        return name in self.__dict__

    def __getattr__(self, name: str) -> object:
        deferred = self.__dict__.get("_deferred")
        if deferred is not None and name in deferred:
            value = deferred.pop(name)()
            setattr(self, name, value)
            if isinstance(value, QWidget):
                from bodymap.ui.accessible_names import name_qt_parts

                name_qt_parts(value)  # its Qt parts get names, as if built at start
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- building ------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        act = QAction(text, self)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_overview = self._action(
            translate("MainWindow", "Overview"),
            self.show_overview,
            "Home",
            sp.SP_DirHomeIcon,
            translate("MainWindow", "Back to the overview, nothing selected"),
        )
        self.act_clear = self._action(
            translate("MainWindow", "Clear selection"), self.clear_selection, "Esc"
        )
        self.act_fit = self._action(
            translate("MainWindow", "Fit body"),
            self.view.fit_body,
            "Ctrl+0",
            sp.SP_TitleBarMaxButton,
            translate("MainWindow", "Fit the whole body to the window"),
        )
        self.act_zoom_in = self._action(
            translate("MainWindow", "Zoom in"),
            lambda: self.view.zoom_by(1.25),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.act_zoom_out = self._action(
            translate("MainWindow", "Zoom out"),
            lambda: self.view.zoom_by(0.8),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.act_flip = self._action(
            translate("MainWindow", "Swap sides"),
            self.flip_sides,
            "Ctrl+D",
            sp.SP_BrowserReload,
            translate("MainWindow", "Swap which side shows the deep muscles"),
        )
        self.act_red_flags = self._action(
            translate("MainWindow", "Urgent signs"),
            lambda: self.on_link("red-flags"),
            "F2",
            sp.SP_MessageBoxWarning,
            translate("MainWindow", "When to seek urgent medical help"),
        )
        self.act_disclaimer = self._action(
            translate("MainWindow", "Disclaimer"), lambda: self.on_link("disclaimer")
        )
        self.act_sources = self._action(
            translate("MainWindow", "Sources"), lambda: self.on_link("sources")
        )
        self.act_about = self._action(translate("MainWindow", "About bodymap"), self.show_about)
        self.act_quit = self._action(
            translate("MainWindow", "Quit"), self.close, QKeySequence.StandardKey.Quit
        )

    def _depth_combo(self, side: str) -> QComboBox:
        combo = QComboBox(self)
        for level in DEPTH_LEVELS:
            combo.addItem(depth_short_name(level), level)
            combo.setItemData(level, depth_name(level), Qt.ItemDataRole.ToolTipRole)
        if side == "left":
            combo.setAccessibleName(translate("MainWindow", "Depth shown on the left side"))
            tip = translate(
                "MainWindow",
                "Peel the left side: Deep = gluteus maximus, erector spinae and "
                "gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus "
                "removed too",
            )
        else:
            combo.setAccessibleName(translate("MainWindow", "Depth shown on the right side"))
            tip = translate(
                "MainWindow",
                "Peel the right side: Deep = gluteus maximus, erector spinae and "
                "gastrocnemius removed; Deepest = gluteus medius, quadratus femoris and soleus "
                "removed too",
            )
        combo.setToolTip(tip)
        combo.activated.connect(lambda index, s=side: self.set_depth(s, index))
        return combo

    def _build_toolbar(self) -> None:
        tb = QToolBar(translate("MainWindow", "Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_overview, self.act_fit, self.act_flip):
            tb.addAction(act)
        tb.addSeparator()
        self.depth_left = self._depth_combo("left")
        self.depth_right = self._depth_combo("right")
        for text, combo in (
            (" " + translate("MainWindow", "Left:") + " ", self.depth_left),
            ("  " + translate("MainWindow", "Right:") + " ", self.depth_right),
        ):
            label = QLabel(text, self)
            # On Linux a combo box's accessible name is its current text; the label's
            # "labelled by" relation tells a screen reader what the box is for.
            label.setBuddy(combo)
            tb.addWidget(label)
            tb.addWidget(combo)
        tb.addSeparator()
        tb.addAction(self.act_red_flags)
        self.addToolBar(tb)
        self.toolbar = tb

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu(translate("MainWindow", "&File"))
        self.menu_file.addAction(self.act_quit)
        self.menu_view = mb.addMenu(translate("MainWindow", "&View"))
        for act in (
            self.act_overview,
            self.act_clear,
            self.act_fit,
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_flip,
        ):
            self.menu_view.addAction(act)
        from bodymap.ui.language import add_language_menu

        self.menu_view.addSeparator()
        self.language_actions = add_language_menu(
            self.menu_view, self.language, self.choose_language
        )
        self.menu_help = mb.addMenu(translate("MainWindow", "&Help"))
        for act in (self.act_red_flags, self.act_disclaimer, self.act_sources, self.act_about):
            self.menu_help.addAction(act)

    def atlas_in(self, lang: str) -> Atlas:
        """The atlas with the content in ``lang`` (the window's own for its language)."""
        if lang == self.language:
            return self.atlas
        from bodymap.resources import translated_atlas

        return translated_atlas(self.base_atlas, lang)

    def choose_language(self, lang: str) -> None:
        """View ▸ Language: rebuild the window in ``lang`` (nothing without an application)."""
        if lang != self.language and self.on_language is not None:
            self.on_language(lang)
        else:
            self.show_language(self.language)

    def show_language(self, lang: str) -> None:
        """Tick ``lang`` in View ▸ Language (after a switch was refused)."""
        act = self.language_actions.get(lang)
        if act is not None:
            act.setChecked(True)

    def showEvent(self, event: QShowEvent) -> None:
        # Qt makes some parts (the tab bar of tabbed docks) only when the layout settles:
        # name them each time the window appears, in the desktop and the kiosk layout alike.
        from bodymap.ui.accessible_names import name_qt_parts

        name_qt_parts(self)
        super().showEvent(event)

    # --- reacting to the user ------------------------------------------------------------
    def on_clicked(self, ref: Ref | None) -> None:
        """A click on the drawing: select what is there, or clear on empty space."""
        if ref is None:
            self.clear_selection()
        else:
            self.select(ref)

    def on_hovered(self, ref: Ref | None) -> None:
        """The pointer moved over a structure (or off all of them)."""
        self.store.update(ops.hover, ref)

    def on_link(self, target: str) -> None:
        """A link in the text: a structure id selects it, other names open that article."""
        if target in self.atlas.structures:
            self.select(Ref(target, None))
        elif target in self.atlas.articles:
            self.store.update(ops.show_article, target)

    def select(self, ref: Ref) -> None:
        """Select a structure (the side is chosen where it is visible if not given)."""
        self.store.update(ops.select, self.atlas, ref)

    def clear_selection(self) -> None:
        """Nothing selected; the overview article."""
        self.store.update(ops.clear)

    def show_overview(self) -> None:
        """Back to the start: nothing selected, overview text, whole body in view."""
        self.clear_selection()
        self.view.fit_body()

    def flip_sides(self) -> None:
        """Swap the superficial and the deep side."""
        self.store.update(ops.flip_sides, self.atlas)

    def set_depth(self, side: str, level: int) -> None:
        """Peel one side to a depth level."""
        self.store.update(ops.set_depth, self.atlas, side, level)

    def show_about(self) -> None:
        """The About box: what this is, and what it is not."""
        QMessageBox.about(
            self,
            translate("MainWindow", "About bodymap"),
            f"<h3>bodymap {__version__}</h3>"
            + translate(
                "MainWindow",
                "<p>A map of the back of the body that explains how muscles and trigger points "
                "can cause sciatica-like pain.</p>"
                "<p>For education only: it does not diagnose or replace a health professional. "
                "Referral patterns are typical, not the same in everyone.</p>"
                "<p>Free and open-source software. Nothing you do in it leaves this computer.</p>",
            ),
        )

    # --- mirroring the state -------------------------------------------------------------
    def render_state(self, old: ViewState | None, new: ViewState) -> None:
        """Bring the scene, the article and the controls in line with the state."""
        self.scene.apply(self.look_for(old, new))
        if old is None or old.depth != new.depth:
            self.scene.set_depth_captions(new.depth)
            self.depth_left.setCurrentIndex(new.depth[0])
            self.depth_right.setCurrentIndex(new.depth[1])
        if (
            old is None
            or old.selection != new.selection
            or old.article != new.article
            or old.depth != new.depth
        ):
            self.article.show_markdown(self.article_text(compose(self.atlas, new, self.care_steps)))

    def look_for(self, old: ViewState | None, new: ViewState) -> Look:
        """derive_look(new), reusing the last Look when only the hover moved."""
        last = self._last_look
        if (
            last is not None
            and old is not None
            and last[0] is old
            and replace(old, hover=new.hover) == new
        ):
            look = rehover_look(self.atlas, last[1], new)
        else:
            look = derive_look(self.atlas, new)
        self._last_look = (new, look)
        return look

    def article_text(self, markdown: str) -> str:
        """The composed article with its care pictures found on disk (remembered per text)."""
        memo = self._article_texts
        text = memo.get(markdown)
        if text is None:
            if len(memo) >= 256:
                memo.clear()
            text = memo[markdown] = with_care_pictures(markdown)
        return text

    def hover_point(self) -> QPoint:
        """Where the hover tag is (tests)."""
        return self.view.mapFromScene(self.scene.hover_tag.pos())
