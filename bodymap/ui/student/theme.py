"""Switching the colour theme while the app runs: the plate, the panels and the widgets.

Items keep a reference to the palette they were built with, so a new theme is handed to
every item and each is restyled from its current flags; nothing is rebuilt and no state is
lost. Widgets get a matching QPalette (high contrast: black on white, strong blue focus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from bodymap.ui.palette import THEMES

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
    return pal


class ThemeSwitcher:
    """Applies a theme by name to one main window and the application's widgets."""

    def __init__(self, window: MainWindow, extra: list[Any] | None = None) -> None:
        self.window = window
        self.base_palette = QPalette(QApplication.palette())
        self.start = next((n for n, p in THEMES.items() if p == window.scene.palette), "light")
        self.current = self.start
        # Student panels that draw in the palette's colours; each has set_palette(palette).
        self.extra: list[Any] = list(extra or [])

    def apply(self, name: str) -> None:
        """Switch the whole window to a theme: ``light``, ``dark`` or ``high-contrast``."""
        if name not in THEMES:
            raise KeyError(f"no theme '{name}'; themes: {', '.join(THEMES)}")
        palette = THEMES[name]
        w = self.window
        w.scene.set_palette(palette)
        w.palette_ = palette
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
        w.view.viewport().update()

    def toggle_high_contrast(self, on: bool) -> None:
        """The View menu's switch: high contrast, or back to the theme the app started in."""
        self.apply(
            "high-contrast" if on else (self.start if self.start != "high-contrast" else "light")
        )
