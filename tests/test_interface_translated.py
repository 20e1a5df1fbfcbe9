"""Every interface string of the main window, its menus, docks and the kiosk is translated.

Each language's compiled .qm is loaded and the whole window is walked (actions, menus, dock
and toolbar titles, labels, buttons, list items, placeholders, tool tips and the names a
screen reader speaks); no text of the English window may be left where a translation exists.
"""

from __future__ import annotations

import pytest

from tests.interface_texts import interface_texts, untranslated

# The same word in both languages (a German "Quiz" is a quiz; "Superficial" is Spanish too);
# each language is named in its own language in View ▸ Language and on the kiosk's switch.
NAMES = {"English", "Español", "Deutsch", "bodymap"}
SAME = {
    "es": {"Superficial", *NAMES},
    "de": {"Details", "Quiz", "Quiz…", "Kiosk", *NAMES},
}


def _texts(atlas, lang: str, kiosk: bool, qtbot) -> list[tuple[str, str]]:
    from bodymap.core.kiosk_config import KioskConfig
    from bodymap.resources import translated_atlas
    from bodymap.ui.kiosk import apply_kiosk
    from bodymap.ui.language import install_language
    from bodymap.ui.main_window import MainWindow

    install_language(lang)
    window = MainWindow(translated_atlas(atlas, lang), language=lang)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    if kiosk:
        mode = apply_kiosk(window, KioskConfig(language_switch=True))
    texts = [
        (where, text)
        for where, text in interface_texts(window)
        if ".bodymap" not in text and "/" not in text  # recent files: names, not words
    ]
    if kiosk:
        mode.dispose()
    window.close()
    return texts


@pytest.mark.parametrize("kiosk", [False, True], ids=["desktop", "kiosk"])
@pytest.mark.parametrize("lang", ["es", "de"])
def test_no_english_is_left_in_the_window(atlas, qtbot, lang, kiosk) -> None:
    """With the .qm loaded, no English text of the window, menus, docks or kiosk remains."""
    from bodymap.ui.language import install_language

    try:
        english = _texts(atlas, "en", kiosk, qtbot)
        other = _texts(atlas, lang, kiosk, qtbot)
    finally:
        install_language("en")
    assert len(english) > 300
    left = untranslated(english, other, SAME[lang])
    assert not left, "\n".join(f"{where}: {text[:80]}" for where, text in left[:30])


def test_the_walk_would_see_an_untranslated_string(atlas, qtbot) -> None:
    """The check can fail: an English label added to the Spanish window is reported."""
    from PySide6.QtWidgets import QLabel

    english = [("label", "Where does it hurt?")]
    assert untranslated(english, [("label", "Where does it hurt?")], set()) != []
    assert untranslated(english, [("label", QLabel("¿Dónde duele?").text())], set()) == []
