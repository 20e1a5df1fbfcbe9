"""Choosing the language: --lang, the kiosk config, View ▸ Language and the system locale."""

from __future__ import annotations

import pytest

from bodymap.core.errors import BodymapError
from bodymap.core.i18n import pick_language, translate
from bodymap.core.kiosk_config import parse_kiosk_config
from tests.test_cli import assert_one_line_error, run_main


@pytest.fixture
def spanish(qapp):
    """The Spanish interface installed for one test, English again afterwards."""
    from bodymap.ui.language import install_language

    install_language("es")
    yield
    install_language("en")


def test_the_language_follows_lang_then_kiosk_then_menu_then_system() -> None:
    """--lang wins, then the kiosk's language, then View ▸ Language, then a known locale."""
    assert pick_language("de", "es", "en", "fr_FR") == "de"
    assert pick_language(None, "es", "de", "fr_FR") == "es"
    assert pick_language(None, None, "de", "es_ES") == "de"
    assert pick_language(None, None, None, "es_MX") == "es"
    assert pick_language(None, None, None, "de-AT") == "de"
    assert pick_language(None, None, None, "fr_FR") == "en"
    assert pick_language(None, None, None, "") == "en"


def test_an_unknown_lang_is_one_line_naming_the_choices(tmp_path) -> None:
    """--lang fr exits 2 with one line that lists the languages bodymap has."""
    line = assert_one_line_error(run_main("--lang", "fr", "--list", cwd=tmp_path), 2)
    assert "--lang 'fr'" in line
    assert "es (Español)" in line and "de (Deutsch)" in line and "en (English)" in line


def test_the_kiosk_config_takes_a_language_and_a_switch() -> None:
    """language = "de" and language_switch = true are read; "fr" is refused with the fix."""
    cfg = parse_kiosk_config('[kiosk]\nlanguage = "de"\nlanguage_switch = true\n', "k.toml")
    assert (cfg.language, cfg.language_switch) == ("de", True)
    assert parse_kiosk_config("", "k.toml").language == ""
    with pytest.raises(BodymapError, match=r"\[kiosk\] language.*'fr'.*en, es, de"):
        parse_kiosk_config('[kiosk]\nlanguage = "fr"\n', "k.toml")


def test_the_core_speaks_the_installed_language(spanish) -> None:
    """A core string goes through the installed .qm; without one it stays English."""
    from bodymap.ui.language import install_language

    assert translate("MainWindow", "Overview") == "Vista general"
    install_language("en")
    assert translate("MainWindow", "Overview") == "Overview"


def test_the_window_menus_come_up_in_spanish_with_the_language_ticked(spanish, atlas) -> None:
    """In Spanish the menus, toolbar and depth lists are Spanish; View ▸ Idioma ticks Español."""
    from bodymap.resources import translated_atlas
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(translated_atlas(atlas, "es"), language="es")
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Archivo" in titles and "&Ver" in titles and "A&yuda" in titles
    assert window.act_overview.text() == "Vista general"
    assert window.depth_left.itemText(1) == "Profundo"
    ticked = [code for code, act in window.language_actions.items() if act.isChecked()]
    assert ticked == ["es"]
    assert [a.text() for a in window.language_actions.values()] == [
        "English",
        "Español",
        "Deutsch",
    ]
    window.close()


def test_qt_own_dialog_buttons_are_translated_too(spanish) -> None:
    """Qt's base translation is loaded: a message box's Cancel button reads Cancelar."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_the_kiosk_language_switch_asks_for_the_language_and_a_reset_returns(qtbot, atlas):
    """A visitor's tap on "Español" asks for Spanish; the next reset asks for the kiosk's own."""
    from PySide6.QtCore import Qt

    from bodymap.core.kiosk_config import KioskConfig
    from tests.kiosk_support import make_kiosk

    window, mode = make_kiosk(qtbot, atlas, KioskConfig(language_switch=True))
    asked: list[str] = []
    window.on_language = asked.append
    buttons = mode.bar.language_buttons
    assert list(buttons) == ["en", "es", "de"] and buttons["en"].isChecked()
    assert buttons["es"].isVisible() and buttons["es"].height() >= 64
    qtbot.mouseClick(buttons["es"], Qt.MouseButton.LeftButton)
    assert asked == ["es"]
    window.language = "es"  # as the rebuilt window would be
    mode.reset_visit()
    assert asked == ["es", "en"]
    mode.dispose()


def test_without_the_switch_the_kiosk_has_no_language_buttons(qtbot, atlas):
    """language_switch = false (the default): no language buttons for visitors."""
    from bodymap.core.kiosk_config import KioskConfig
    from tests.kiosk_support import make_kiosk

    _window, mode = make_kiosk(qtbot, atlas, KioskConfig())
    assert mode.bar.language_buttons == {}
    mode.dispose()


def test_view_language_rebuilds_the_window_in_the_new_language(tmp_path):
    """The real application: choosing Deutsch gives one German window with the same selection,
    and the choice is remembered for the next start."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(repo),
    )
    proc = subprocess.run(
        [sys.executable, str(repo / "tests" / "language_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert out["windows"] == "1" and out["language"] == "de"
    assert out["menu"] == "&Ansicht"
    assert out["selection"] == "piriformis:right"
    assert out["remembered"] == "de"


def test_german_nouns_keep_their_capital_inside_a_sentence(spanish, atlas) -> None:
    """In Spanish 'el nervio ciático'; in German 'Liegt dem Ischiasnerv an', never 'ischiasnerv'."""
    from bodymap.core.article_view import nerve_note
    from bodymap.core.i18n import lower_first
    from bodymap.core.ids import Ref
    from bodymap.resources import translated_atlas
    from bodymap.ui.language import install_language

    assert lower_first("Nervio ciático") == "nervio ciático"
    install_language("de")
    assert lower_first("Ischiasnerv") == "Ischiasnerv"
    note = nerve_note(translated_atlas(atlas, "de"), Ref("piriformis", "right"))
    assert "Liegt dem Ischiasnerv an." in note
