"""The kiosk's look: fullscreen and frameless, big touch targets, large type, pinch to zoom.

Every visitor control is at least ``TOUCH_PX`` (64 px, above the 48 px ≈ 9 mm minimum)
high, and a fixed safety panel under the article always says to talk to a therapist and
lists the warning signs that need urgent care.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QGestureEvent,
    QLabel,
    QPinchGesture,
    QPushButton,
    QScroller,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.kiosk_config import KioskConfig
from bodymap.ui.items import MarkerItem
from bodymap.ui.kiosk.lockdown import KIOSK_OBJECT
from bodymap.ui.kiosk.orientation import KioskOrientation

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

TOUCH_PX = 64
BUTTON_PT = 15.0
HINT_PT = 16.0  # the touch hint and the legend: read standing, a step below the article
FINGER_TOLERANCE_PX = 22.0  # a fingertip covers ~40 px: forgive a near miss
FINGER_DRAG_PX = 16  # a finger wobbles more than a mouse before a tap becomes a drag
MARKER_PX = 14.0
THERAPIST_TEXT = QT_TRANSLATE_NOOP(
    "KioskLayout",
    "<b>Talk to your therapist</b> about your pain: this map shows typical patterns, "
    "not what is causing yours.",
)
HINT_TEXT = QT_TRANSLATE_NOOP(
    "KioskLayout", "Touch a muscle to learn about it · pinch to zoom · drag to move"
)


class PinchZoom(QObject):
    """Turns a two-finger pinch on the canvas into ``view.zoom_by`` (clamped by the view)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.view = window.view
        viewport = self.view.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Gesture or not isinstance(event, QGestureEvent):
            return False
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        flags = pinch.changeFlags()
        if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            centre = self.view.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
            self.view.zoom_by(pinch.scaleFactor(), QPointF(centre))
        event.accept(pinch)
        return True


class KioskBar(QToolBar):
    """The big buttons along the top: Start again first, always visible."""

    start_again_clicked = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("KioskLayout", "Kiosk"), window)
        self.setObjectName(f"{KIOSK_OBJECT}Bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setStyleSheet(
            "QToolBar#kioskBar { padding: 8px; spacing: 10px; }"
            f" QPushButton {{ min-height: {TOUCH_PX}px; min-width: {TOUCH_PX}px;"
            f" padding: 0 16px; border-radius: 10px; font-size: {BUTTON_PT}pt; }}"
            f" QLabel#kioskHint {{ font-size: {HINT_PT}pt; }}"
        )
        self.hint_text = translate("KioskLayout", HINT_TEXT)
        self.start_again = self._button(translate("KioskLayout", "⟲ Start again"), "startAgain")
        self.start_again.setStyleSheet(
            "QPushButton { background: #1F6FEB; color: white; font-weight: bold; }"
        )
        self.start_again.clicked.connect(self.start_again_clicked)
        self.buttons: dict[str, QPushButton] = {"start_again": self.start_again}
        self.language_buttons: dict[str, QPushButton] = {}  # the optional language switch
        for name, text in (
            ("act_zoom_in", translate("KioskLayout", "Zoom in")),
            ("act_zoom_out", translate("KioskLayout", "Zoom out")),
            ("act_fit", translate("KioskLayout", "Whole body")),
            ("act_flip", translate("KioskLayout", "Swap sides")),
            ("act_red_flags", translate("KioskLayout", "⚠ Urgent signs")),
        ):
            action = getattr(window, name, None)
            if isinstance(action, QAction):
                button = self._button(text, name)
                button.clicked.connect(action.trigger)
                self.buttons[name] = button
        hint = QLabel(translate("KioskLayout", HINT_TEXT), self)
        hint.setObjectName(f"{KIOSK_OBJECT}Hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint.setWordWrap(True)
        hint.setContentsMargins(12, 0, 24, 0)
        self.hint_action = self.addWidget(hint)
        for button in self.buttons.values():
            # A button is never narrower than its words (a squeezed bar read "Start agai").
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{KIOSK_OBJECT}_{name}")
        button.setMinimumHeight(TOUCH_PX)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addWidget(button)
        return button


class SafetyPanel(QWidget):
    """The fixed panel above the red-flag strip: talk to your therapist, always."""

    def __init__(self, window: MainWindow, point_size: float) -> None:
        super().__init__(window.article)
        self.setObjectName(f"{KIOSK_OBJECT}Safety")
        p = window.palette_
        self.label = QLabel(translate("KioskLayout", THERAPIST_TEXT), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(translate("KioskLayout", "Talk to your therapist"))
        self.label.setStyleSheet(
            f"background: {p.label_bg}; color: {p.text}; padding: 12px 14px;"
            f" font-size: {point_size * 0.8:.1f}pt; border-top: 3px solid {p.warning_text};"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)


class LanguageSwitch(QWidget):
    """Big buttons, one per language, each named in its own language, above the article
    (always in view, whatever the screen's width); a visitor's choice lasts one visit."""

    def __init__(self, current: str, choose: Callable[[str], None], parent: QWidget) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        from bodymap.core.translation import LANGUAGES

        super().__init__(parent)
        self.setObjectName(f"{KIOSK_OBJECT}Languages")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            button = QPushButton(name, self)
            button.setObjectName(f"{KIOSK_OBJECT}_lang_{code}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setMinimumHeight(TOUCH_PX)
            # The language on show is marked: a blue frame on a pale blue ground.
            button.setStyleSheet(
                f"QPushButton {{ border: 2px solid #8C959F; border-radius: 10px;"
                f" font-size: {BUTTON_PT}pt; font-weight: bold; padding: 0 18px; }}"
                " QPushButton:checked { border: 3px solid #1F6FEB;"
                " background: #DDF4FF; color: #0A3069; }"
            )
            button.setAccessibleName(
                translate("KioskLayout", "Show the kiosk in {language}").format(language=name)
            )
            button.clicked.connect(lambda _=False, c=code: choose(c))
            row.addWidget(button)
            self.buttons[code] = button


def apply_layout(window: MainWindow, config: KioskConfig) -> KioskBar:
    """Restyle the window for touch and large type; return the kiosk bar."""
    window.setWindowFlags(
        window.windowFlags()
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    bar = KioskBar(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    size = config.text_size
    window.article.set_point_size(size)
    red = window.article.red_flags
    red.setMinimumHeight(TOUCH_PX)
    # Prominent but not half the column: a fixed size a little under the article's.
    red.setStyleSheet(red.styleSheet().replace(f"{size * 0.92:.1f}pt", f"{size * 0.8:.1f}pt"))
    browser = window.article.browser
    QScroller.grabGesture(browser.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    browser.verticalScrollBar().setStyleSheet("QScrollBar:vertical { width: 28px; }")
    for dock in window.findChildren(QDockWidget):
        dock.hide()  # desktop panels (layers, tools...): the kiosk bar has what visitors need
    panel = SafetyPanel(window, size)
    layout = window.article.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(layout.indexOf(window.article.red_flags), panel)
        if config.language_switch:
            from bodymap.ui.language import request_language

            switch = LanguageSwitch(
                getattr(window, "language", "en"),
                lambda code: request_language(window, code),
                window.article,
            )
            layout.insertWidget(0, switch)
            bar.language_buttons = switch.buttons
    window.article.setMinimumWidth(420)
    window.legend.set_point_size(max(HINT_PT, size * 0.75))
    for tag in window.scene.side_tags.values():
        tag.set_point_size(20)
    for tag in window.scene.depth_tags.values():
        tag.set_point_size(15)
    set_marker_size(window, MARKER_PX)
    view = window.view
    view.click_tolerance_px = FINGER_TOLERANCE_PX
    view.DRAG_THRESHOLD = FINGER_DRAG_PX
    PinchZoom(window)
    KioskOrientation(window, bar, bar.hint_action, max(HINT_PT, size * 0.8))
    return bar


def set_marker_size(window: MainWindow, size: float) -> None:
    """Trigger-point crosses a finger can hit (a class setting: one kiosk per process)."""
    MarkerItem.size = size
    for item in window.scene.items_by_key.values():
        if isinstance(item, MarkerItem):
            item.prepareGeometryChange()
            item.update()
