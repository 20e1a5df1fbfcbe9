"""Themes in the window: View ▸ Theme, remembered; icons, disabled actions and the safety link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication

from bodymap.ui.main_window import MainWindow
from bodymap.ui.palette import DARK, contrast
from bodymap.ui.student.theme import SETTINGS_KEY, is_dark_monochrome, remembered_theme


@pytest.fixture
def window(qtbot, mini, tmp_path):
    base = QApplication.palette()
    w = MainWindow(mini)
    qtbot.addWidget(w)
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield w
    QApplication.setPalette(base)


def theme_actions(window) -> dict[str, QAction]:
    menu = next(a.menu() for a in window.menu_view.actions() if a.text() == "&Theme")
    return {a.text(): a for a in menu.actions()}


def test_view_theme_menu_offers_three_radio_items_and_remembers_the_choice(window):
    """Light, Dark and High contrast are radio items; choosing Dark applies and saves it."""
    acts = theme_actions(window)
    assert list(acts) == ["Light", "Dark", "High contrast"]
    assert all(a.isCheckable() for a in acts.values()) and acts["Light"].isChecked()
    acts["Dark"].trigger()
    assert window.scene.palette is DARK and window.student.theme.current == "dark"
    assert [n for n, a in acts.items() if a.isChecked()] == ["Dark"]
    assert window.sessions.settings.value(SETTINGS_KEY) == "dark"
    assert remembered_theme(window.sessions.settings) == "dark"
    acts["High contrast"].trigger()
    assert [n for n, a in acts.items() if a.isChecked()] == ["High contrast"]
    assert window.sessions.settings.value(SETTINGS_KEY) == "high-contrast"


def test_a_bad_remembered_theme_falls_back_to_light(tmp_path):
    """A settings file naming no theme never stops the app: it starts light."""
    s = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    s.setValue(SETTINGS_KEY, "neon")
    assert remembered_theme(s) == "light"


def _icon_lightness(action: QAction, disabled: bool = False) -> int:
    from PySide6.QtGui import QIcon

    mode = QIcon.Mode.Disabled if disabled else QIcon.Mode.Normal
    image = action.icon().pixmap(QSize(24, 24), mode).toImage()
    values = [
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    ]
    assert values, action.text()
    return sorted(values)[len(values) // 2]


def test_dark_theme_redraws_black_icons_light_and_back(window):
    """Fit body, Undo and Redo (black on black before) are drawn light in the dark theme."""
    undo = window.drawing.act_undo
    fit = window.act_fit
    assert is_dark_monochrome(fit.icon()) and is_dark_monochrome(undo.icon())
    window.student.theme.choose("dark")
    for act in (fit, undo, window.drawing.act_redo):
        assert _icon_lightness(act) > 180, act.text()
        # Disabled is drawn apart from enabled.
        assert abs(_icon_lightness(act) - _icon_lightness(act, disabled=True)) > 40
    window.student.theme.choose("light")
    assert _icon_lightness(fit) < 110  # the platform's own dark icon again


def test_dark_widgets_show_disabled_text_apart_from_enabled_text(window):
    """In the dark theme a disabled action's text is not the enabled text's colour."""
    window.student.theme.choose("dark")
    pal = QApplication.palette()
    on = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    off = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert on != off and contrast(on, off) >= 2.0


def test_the_red_strip_link_is_readable_on_the_dark_strip(window):
    """ "Read the warning signs" takes the strip's warning colour, 4.5:1 on the dark maroon."""
    window.student.theme.choose("dark")
    html = window.article.red_flags.text()
    assert "Read the warning signs" in html
    assert f"color:{DARK.warning_text}" in html
    assert contrast(DARK.warning_text, DARK.warning_bg) >= 4.5


def test_strips_over_the_canvas_follow_a_theme_chosen_later(window):
    """The Nerve-or-muscle strip, made in light colours, takes the dark ones when Dark is chosen."""
    from bodymap.ui.palette import LIGHT

    window.nerve_toggle.set_on(True)
    strip = window.nerve_toggle.strip
    assert LIGHT.label_bg.lower() in strip.styleSheet().lower()
    window.student.theme.choose("dark")
    sheet = strip.styleSheet().lower()
    assert DARK.label_bg.lower() in sheet and DARK.text.lower() in sheet
    assert LIGHT.label_bg.lower() not in sheet
    window.student.theme.choose("light")
    assert LIGHT.label_bg.lower() in strip.styleSheet().lower()
