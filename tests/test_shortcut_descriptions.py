"""Help ▸ Keyboard shortcuts says what every command does, in every language."""

from __future__ import annotations

import pytest

from bodymap.ui.guide.shortcuts import ShortcutsDialog, _plain


def _rows(atlas, qtbot, lang: str):
    from bodymap.resources import translated_atlas
    from bodymap.ui.language import install_language
    from bodymap.ui.main_window import MainWindow

    install_language(lang)
    try:
        window = MainWindow(translated_atlas(atlas, lang), language=lang)
        qtbot.addWidget(window)
        window.show()
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        table = dialog.table
        shown = [tuple(table.item(i, j).text() for j in range(4)) for i in range(table.rowCount())]
        window.close()
    finally:
        install_language("en")
    return shown


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_every_shortcut_row_says_what_it_does(atlas, qtbot, lang):
    """No row's description is empty, repeats the command's name or just repeats the keys."""
    rows = _rows(atlas, qtbot, lang)
    assert len(rows) >= 25
    bad = [
        (name, what)
        for _group, name, keys, what in rows
        if not what.strip() or _plain(what) == _plain(name) or f"({keys})" in what
    ]
    assert bad == []


def test_the_former_blank_rows_are_described(atlas, qtbot):
    """Session notes, Details, Zoom in/out and Clear selection now have a description."""
    what = {name: w for _g, name, _k, w in _rows(atlas, qtbot, "en")}
    for name in ("Session notes", "Details", "Zoom in", "Zoom out", "Clear selection"):
        assert len(what[name]) > len(name) + 10, name


def test_platform_dependent_shortcuts_are_described_too(atlas, qtbot):
    """Quit (Ctrl+Q on desktops, no key offscreen) and the standard-key commands are described."""
    from bodymap.ui.guide.shortcuts import describe
    from tests.windows import make_window

    window = make_window(qtbot, atlas)
    for act in (window.act_quit, window.act_zoom_in, window.act_zoom_out, window.act_clear):
        assert describe(act, []) != "", act.text()
