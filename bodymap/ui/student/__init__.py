"""The anatomy student's features: layers, labels, details card, quiz, keyboard, screen
readers, high contrast.

``install(window)`` adds them to a MainWindow: the Layers dock (left), the Details and Quiz
docks (right), leader-line labels on the canvas, keyboard navigation of the drawing, a Study
menu and a high-contrast switch in the View menu. Everything reads and writes the window's
StateStore, which stays the single truth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from bodymap.core import state as ops
from bodymap.core.i18n import translate
from bodymap.ui.lazy_dock import LazyDock
from bodymap.ui.student import accessible_map
from bodymap.ui.student.keyboard import KeyboardNavigator
from bodymap.ui.student.labels import LabelsController
from bodymap.ui.student.peel_note import install_peel_note
from bodymap.ui.student.theme import ThemeSwitcher, install_theme_menu

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.student.details_card import DetailsCard
    from bodymap.ui.student.quiz_mode import QuizMode


@dataclass
class StudentFeatures:
    """Handles on the installed student features (the window keeps one as ``window.student``).

    The Layers and Details panels and the quiz are built the first time they are opened or
    asked for (``details``, ``quiz``), not at start-up; their docks and menu entries are
    there from the start.
    """

    layers_dock: LazyDock
    details_dock: LazyDock
    labels: LabelsController
    keyboard: KeyboardNavigator
    theme: ThemeSwitcher
    build_quiz: Callable[[], QuizMode] | None = None
    built_quiz: QuizMode | None = None  # None until the quiz is first opened
    accessible: accessible_map.AccessibleMap | None = None
    act_labels: QAction | None = None
    act_latin: QAction | None = None
    act_high_contrast: QAction | None = None
    act_quiz: QAction | None = None
    sync_labels_action: Callable[[], None] | None = None

    @property
    def details(self) -> DetailsCard:
        """The details card (built now if the dock was never opened)."""
        card = self.details_dock.content()
        return card  # type: ignore[return-value]

    @property
    def quiz(self) -> QuizMode | None:
        """The quiz (built now if it was never opened)."""
        if self.built_quiz is None and self.build_quiz is not None:
            self.built_quiz = self.build_quiz()
        return self.built_quiz

    def reset_visitor_data(self) -> None:
        """Kiosk reset: the quiz round and its score are the visitor's; forget them."""
        if self.built_quiz is not None:
            self.built_quiz.reset_visitor_data()


def _check_action(window: MainWindow, text: str, shortcut: str, tip: str) -> QAction:
    act = QAction(text, window)
    act.setCheckable(True)
    act.setShortcut(QKeySequence(shortcut))
    act.setToolTip(tip)
    act.setStatusTip(tip)
    window.addAction(act)
    return act


def install(window: MainWindow) -> StudentFeatures:
    """Add the student's docks, labels, keyboard navigation, quiz and menus to the window."""

    def layers_panel() -> QWidget:
        from bodymap.ui.student.layers_panel import LayersPanel

        return LayersPanel(window)

    def details_card() -> QWidget:
        from bodymap.ui.student.details_card import DetailsCard

        card = DetailsCard(window)
        theme.extra.append(card)  # a later theme recolours it too
        return card

    # Both docks start closed: a therapist turning the screen to a client wants the body as
    # large as possible; the "Layers" toolbar button, Ctrl+I or the Study menu open them.
    layers_dock = LazyDock(
        window,
        translate("StudentLayersPanel", "Layers"),
        "layersDock",
        Qt.DockWidgetArea.LeftDockWidgetArea,
        layers_panel,
    )
    install_peel_note(window)
    details_dock = LazyDock(
        window,
        translate("StudentDetailsCard", "Details"),
        "detailsDock",
        Qt.DockWidgetArea.RightDockWidgetArea,
        details_card,
    )
    labels = LabelsController(window)
    keyboard = KeyboardNavigator(window)
    theme = ThemeSwitcher(window, [labels, keyboard])
    features = StudentFeatures(layers_dock, details_dock, labels, keyboard, theme)
    features.accessible = accessible_map.install(window, keyboard)

    def quiz() -> QuizMode:
        from bodymap.ui.accessible_names import name_qt_parts
        from bodymap.ui.student.quiz_mode import QuizMode

        mode = QuizMode(window, features)
        window.tabifyDockWidget(details_dock, mode.panel.dock)
        name_qt_parts(mode.panel.dock)
        from bodymap.ui.fit.docks import watch_new_dock

        watch_new_dock(window, mode.panel.dock)
        return mode

    features.build_quiz = quiz
    toggle = layers_dock.toggleViewAction()
    toggle.setText(translate("Student", "Layers"))
    toggle.setToolTip(
        translate("Student", "Show or hide the Layers panel: layers and depth peeling")
    )
    toggle.setIcon(window.style().standardIcon(window.style().StandardPixmap.SP_FileDialogListView))
    window.toolbar.insertAction(window.act_red_flags, toggle)
    # Narrow docks leave the drawing most of the window.
    unit = window.fontMetrics().averageCharWidth()
    window.resizeDocks(
        [layers_dock, details_dock], [unit * 34, unit * 40], Qt.Orientation.Horizontal
    )

    act_labels = _check_action(
        window,
        translate("Student", "Labels"),
        "L",
        translate("Student", "Show leader-line labels (L)"),
    )
    act_labels.toggled.connect(
        lambda on: window.store.update(ops.toggle_layer, window.atlas, "labels", on)
    )

    def sync_labels_action() -> None:
        # The box shows what the drawing shows: unticked and greyed while the quiz hides the
        # labels (the user's choice comes back when the quiz ends).
        quiz_hides = labels.item.suppressed
        act_labels.blockSignals(True)
        act_labels.setChecked("labels" in window.store.state.layers and not quiz_hides)
        act_labels.blockSignals(False)
        act_labels.setEnabled(not quiz_hides)
        act_labels.setToolTip(
            translate("Student", "Labels are hidden during the quiz")
            if quiz_hides
            else translate("Student", "Show leader-line labels (L)")
        )

    features.sync_labels_action = sync_labels_action
    labels.item.suppressed_changed = sync_labels_action
    window.store.state_changed.connect(lambda _o, _n: sync_labels_action())
    sync_labels_action()
    act_latin = _check_action(
        window,
        translate("Student", "Latin names (Terminologia Anatomica)"),
        "Ctrl+L",
        translate("Student", "Label structures with their Latin names"),
    )
    act_latin.toggled.connect(labels.set_latin)
    if theme.start != "light":
        theme.apply(theme.start)  # the widgets follow a theme chosen on the command line
    theme.settings = lambda: getattr(getattr(window, "sessions", None), "settings", None)
    act_quiz = QAction(translate("Student", "Quiz…"), window)
    act_quiz.setShortcut(QKeySequence("F6"))
    act_quiz.setStatusTip(
        translate("Student", "Test yourself: find muscles and name referral patterns")
    )
    act_quiz.triggered.connect(lambda: features.quiz and features.quiz.panel.show_dock())
    window.addAction(act_quiz)

    menu_view = window.menu_view
    menu_view.addSeparator()
    for act in (act_labels, act_latin):
        menu_view.addAction(act)
    install_theme_menu(menu_view, theme)
    act_hc = theme.actions["high-contrast"]
    menu_study = window.menuBar().addMenu(translate("Student", "&Study"))
    # Before Help, where people look for it.
    window.menuBar().insertMenu(window.menu_help.menuAction(), menu_study)
    menu_study.addAction(act_quiz)
    menu_study.addSeparator()
    # The quiz has one entry ("Quiz…" opens its dock; the dock closes itself).
    for dock, keys in (
        (layers_dock, "Ctrl+Shift+L"),
        (details_dock, "Ctrl+I"),
    ):
        toggle = dock.toggleViewAction()
        if keys:
            toggle.setShortcut(QKeySequence(keys))
        menu_study.addAction(toggle)
    features.act_labels, features.act_latin = act_labels, act_latin
    features.act_high_contrast, features.act_quiz = act_hc, act_quiz
    window.student = features  # type: ignore[attr-defined]
    return features
