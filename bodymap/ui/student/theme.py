"""Switching the colour theme while the app runs: the plate, the panels and the widgets.

Items keep a reference to the palette they were built with, so a new theme is handed to
every item and each is restyled from its current flags; nothing is rebuilt and no state is
lost. Widgets get a matching QPalette (high contrast: black on white, strong blue focus),
with disabled text apart from enabled text, and monochrome toolbar icons are redrawn in the
theme's icon colour so they do not vanish on dark. View ▸ Theme chooses one and remembers it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from bodymap.core.i18n import translate
from bodymap.ui.palette import THEME_NAMES, THEMES, Palette

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def widget_palette(name: str, base: QPalette) -> QPalette:
    """The widgets' QPalette for a theme (light keeps the platform's own)."""
    if name == "light":
        return QPalette(base)
    pal = QPalette(base)
    role = QPalette.ColorRole
    if name == "high-contrast":
        colours = {
            role.Window: "#FFFFFF",
            role.WindowText: "#000000",
            role.Base: "#FFFFFF",
            role.AlternateBase: "#F0F0F0",
            role.Text: "#000000",
            role.Button: "#FFFFFF",
            role.ButtonText: "#000000",
            role.Highlight: "#0033CC",
            role.HighlightedText: "#FFFFFF",
            role.Link: "#0033CC",
            role.ToolTipBase: "#FFFFFF",
            role.ToolTipText: "#000000",
            role.PlaceholderText: "#000000",
            role.Mid: "#000000",
            role.Dark: "#000000",
            role.Shadow: "#000000",
            role.Light: "#FFFFFF",
        }
    else:  # dark
        colours = {
            role.Window: "#25282D",
            role.WindowText: "#E6E6E6",
            role.Base: "#1E2126",
            role.AlternateBase: "#2A2E35",
            role.Text: "#E6E6E6",
            role.Button: "#2F333A",
            role.ButtonText: "#E6E6E6",
            role.Highlight: "#1F6FEB",
            role.HighlightedText: "#FFFFFF",
            role.Link: "#7AB0FF",
            role.ToolTipBase: "#2A2E35",
            role.ToolTipText: "#E6E6E6",
            role.PlaceholderText: "#A8A8A8",
        }
    for r, hex_text in colours.items():
        pal.setColor(r, QColor(hex_text))
    # Disabled actions and widgets must look disabled (the roles above set every group).
    off = QColor(THEMES[name].disabled_text)
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, off)
    return pal


ICON_SIZES = (16, 20, 24, 32, 48)
SETTINGS_KEY = "view/theme"
log = logging.getLogger(__name__)


def is_dark_monochrome(icon: QIcon) -> bool:
    """True for an icon drawn in one dark colour (a black arrow), not a coloured picture."""
    image = icon.pixmap(QSize(24, 24)).toImage()
    seen = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() < 96:
                continue
            seen += 1
            if c.saturation() > 60 or c.lightness() > 110:
                return False
    return seen > 0


def tinted(icon: QIcon, hex_text: str, disabled_hex: str) -> QIcon:
    """The icon's shape redrawn in one colour, with a dimmer copy for the disabled state."""
    out = QIcon()
    for size in ICON_SIZES:
        base = icon.pixmap(QSize(size, size))
        for mode, hex_colour in (
            (QIcon.Mode.Normal, hex_text),
            (QIcon.Mode.Active, hex_text),
            (QIcon.Mode.Disabled, disabled_hex),
        ):
            pm = QPixmap(base.size())
            pm.setDevicePixelRatio(base.devicePixelRatio())
            pm.fill(Qt.GlobalColor.transparent)
            qp = QPainter(pm)
            qp.drawPixmap(0, 0, base)
            qp.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            qp.fillRect(pm.rect(), QColor(hex_colour))
            qp.end()
            out.addPixmap(pm, mode)
    return out


# The palette colours the strips and notes over the canvas put in their style sheets, in
# the order that settles a colour two fields share (the light label background and halo).
SHEET_FIELDS = (
    "label_bg",
    "text",
    "muted_text",
    "selection",
    "dermatome",
    "warning_bg",
    "warning_text",
    "link",
    "background",
)


def restyle_sheets(window: QWidget, old: Palette, new: Palette) -> None:
    """Swap one palette's colours for another's in the window's widget style sheets.

    The reading strip, the depth note, the hints and the candidates' caveat style
    themselves from the palette when they are made; a theme chosen later recolours them here.
    """
    mapping: dict[str, str] = {}
    for name in SHEET_FIELDS:
        mapping.setdefault(str(getattr(old, name)).upper(), str(getattr(new, name)))
    pattern = re.compile("|".join(re.escape(k) for k in mapping), re.IGNORECASE)
    for widget in window.findChildren(QWidget):
        sheet = widget.styleSheet()
        if sheet and pattern.search(sheet):
            widget.setStyleSheet(pattern.sub(lambda m: mapping[m.group(0).upper()], sheet))


class ThemeSwitcher:
    """Applies a theme by name to one main window and the application's widgets."""

    def __init__(self, window: MainWindow, extra: list[Any] | None = None) -> None:
        self.window = window
        self.base_palette = QPalette(QApplication.palette())
        self.start = next((n for n, p in THEMES.items() if p == window.scene.palette), "light")
        self.current = self.start
        # Student panels that draw in the palette's colours; each has set_palette(palette).
        self.extra: list[Any] = list(extra or [])
        self.icons: dict[QAction, QIcon] = {}  # each action's own icon, before any tint
        self.actions: dict[str, QAction] = {}  # View ▸ Theme's radio items
        self.settings: Callable[[], QSettings | None] = lambda: None

    def apply(self, name: str) -> None:
        """Switch the whole window to a theme: ``light``, ``dark`` or ``high-contrast``."""
        if name not in THEMES:
            raise KeyError(f"no theme '{name}'; themes: {', '.join(THEMES)}")
        palette = THEMES[name]
        w = self.window
        old = w.palette_
        w.scene.set_palette(palette)
        w.palette_ = palette
        restyle_sheets(w, old, palette)
        w.legend.palette_ = palette
        w.legend.update()
        w.article.palette_ = palette
        font = w.article.browser.document().defaultFont()
        w.article.set_point_size(font.pointSizeF())
        for panel in self.extra:
            panel.set_palette(palette)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(widget_palette(name, self.base_palette))
        self.current = name
        self._tint_icons(palette.icon, palette.disabled_text, name == "light")
        act = self.actions.get(name)
        if act is not None and not act.isChecked():
            act.setChecked(True)
        w.view.viewport().update()

    def _tint_icons(self, hex_text: str, disabled_hex: str, original: bool) -> None:
        """Dark monochrome icons (Fit body, Undo, Redo) redrawn in the theme's icon colour."""
        for act in self.window.findChildren(QAction):
            if act not in self.icons:
                icon = act.icon()
                if icon.isNull() or not is_dark_monochrome(icon):
                    continue
                self.icons[act] = icon
            own = self.icons[act]
            act.setIcon(own if original else tinted(own, hex_text, disabled_hex))

    def choose(self, name: str) -> None:
        """The user picked a theme in View ▸ Theme: apply it and remember it."""
        if name == self.current:
            return
        self.apply(name)
        settings = self.settings()
        if settings is not None:
            settings.setValue(SETTINGS_KEY, name)

    def toggle_high_contrast(self, on: bool) -> None:
        """Ctrl+Shift+H: high contrast, or back to the theme the app started in."""
        if on:
            self.choose("high-contrast")
        elif self.current == "high-contrast":
            self.choose(self.start if self.start != "high-contrast" else "light")


def remembered_theme(settings: QSettings) -> str:
    """The theme chosen last time in View ▸ Theme; light when none or not a theme name."""
    value = settings.value(SETTINGS_KEY, "light")
    if isinstance(value, str) and value in THEMES:
        return value
    log.warning(
        "%s: %s=%r is not a theme (choose %s); using light",
        settings.fileName(),
        SETTINGS_KEY,
        value,
        ", ".join(THEMES),
    )
    return "light"


def install_theme_menu(menu: QMenu, switcher: ThemeSwitcher) -> QMenu:
    """View ▸ Theme: Light, Dark and High contrast as radio items; returns the submenu."""
    sub = menu.addMenu(translate("StudentTheme", "&Theme"))
    group = QActionGroup(sub)
    # Optional exclusivity: Ctrl+Shift+H may untick high contrast to go back.
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
    for name, text in THEME_NAMES.items():
        act = QAction(translate("Palette", text), sub)
        act.setCheckable(True)
        act.setChecked(name == switcher.current)
        tips = {
            "light": translate("StudentTheme", "Show bodymap in the light colours (remembered)"),
            "dark": translate("StudentTheme", "Show bodymap in the dark colours (remembered)"),
            "high-contrast": translate(
                "StudentTheme", "Show bodymap in the high contrast colours (remembered)"
            ),
        }
        act.setStatusTip(tips.get(name, ""))
        group.addAction(act)
        sub.addAction(act)
        switcher.actions[name] = act
    hc = switcher.actions["high-contrast"]
    hc.setShortcut(QKeySequence("Ctrl+Shift+H"))
    hc.setToolTip(
        translate("StudentTheme", "Black outlines and strong colours, easier to see (Ctrl+Shift+H)")
    )
    hc.toggled.connect(switcher.toggle_high_contrast)
    for name in ("light", "dark"):
        switcher.actions[name].toggled.connect(
            lambda on, n=name: switcher.choose(n) if on else None
        )
    switcher.window.addAction(hc)  # the shortcut works with the menu closed
    return sub
