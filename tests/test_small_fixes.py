"""Small things a new user trips over: whole words, the search field, the prompt, files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bodymap.core import session_file as sf
from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from bodymap.ui.main_window import MainWindow
from bodymap.ui.therapist_files import handout as ho
from tests.windows import make_window


@pytest.fixture
def window(qtbot, mini, tmp_path):
    w = MainWindow(mini)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.sessions, "prompt_on_close", False))
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _broken_words(doc) -> list[str]:
    """Lines of heading blocks that end inside a word (e.g. "Semimembrano" | "sus")."""
    broken = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        if block.blockFormat().headingLevel() > 0 and layout is not None:
            for i in range(layout.lineCount() - 1):
                line = layout.lineAt(i)
                end = line.textStart() + line.textLength()
                if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
                    broken.append(text[:end] + "|" + text[end:])
        block = block.next()
    return broken


def test_a_long_name_heading_never_breaks_mid_word(qtbot, atlas):
    """ "Semimembranosus" as the article's title stays one word, at the narrowest panel too."""
    w = make_window(qtbot, atlas)
    w.select(Ref("semimembranosus", "right"))
    sizes = w.splitter.sizes()
    w.splitter.setSizes([sizes[0] + sizes[1] - 340, 340])
    qtbot.wait(30)
    doc = w.article.browser.document()
    doc.setTextWidth(w.article.browser.viewport().width())
    assert doc.begin().text() == "Semimembranosus"
    assert _broken_words(doc) == []
    assert doc.idealWidth() <= w.article.browser.viewport().width() + 1  # nothing sticks out


def test_search_field_lets_go_of_a_name_when_something_else_is_selected(window):
    """After choosing Piriformis in the field, a click elsewhere leaves the field empty."""
    box = window.search
    box.setText("piri")
    box.on_edited("piri")
    box.on_return()
    assert window.store.state.selection is not None
    assert box.text() == window.atlas.structure("piriformis").name
    window.select(Ref("gluteus_maximus", "left"))
    assert box.text() == ""
    # A query being typed is left alone by selections.
    box.setText("ham")
    box.on_edited("ham")
    window.select(Ref("piriformis", "right"))
    assert box.text() == "ham"


def test_unsaved_prompt_names_only_what_changed(window, tmp_path, monkeypatch):
    """Changing only the selection says "the selection", not "the drawing or the notes"."""
    path = tmp_path / "s.bodymap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.store.update(ops.add_stroke, Stroke(((130.0, 80.0), (150.0, 150.0)), 6, 20.0))
    assert window.sessions.save()
    window.select(Ref("piriformis", "right"))
    assert window.sessions.changes() == ["the selection"]
    told = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: told.append(box.informativeText()) or QMessageBox.StandardButton.Cancel,
    )
    assert not window.sessions.maybe_save()
    assert told == ["Changed since the last save: the selection."]
    window.sessions.panel.notes.setPlainText("Better today.")
    window.store.update(ops.add_stroke, Stroke(((60.0, 80.0), (70.0, 150.0)), 3, 20.0))
    assert window.sessions.changes() == ["the drawing", "the selection", "the notes"]


def test_session_date_is_set_in_the_notes_dock_and_saved(window, tmp_path, monkeypatch, mini):
    """The Session notes dock sets the session's day; it is saved and comes back on opening."""
    path = tmp_path / "dated.bodymap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.store.update(ops.add_stroke, Stroke(((130.0, 80.0), (150.0, 150.0)), 6, 20.0))
    window.sessions.panel.date.setDate(QDate(2026, 11, 3))
    assert window.sessions.date == "2026-11-03"
    assert window.sessions.save()
    assert sf.load_session(path, mini.structures).date == "2026-11-03"
    window.sessions.panel.date.setDate(QDate(2026, 11, 4))
    assert window.sessions.changes() == ["the session date"]
    window.sessions.open_path(path, asked=True)
    assert window.sessions.panel.date.date() == QDate(2026, 11, 3)
    assert not window.isWindowModified()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_handout_pdf_gets_the_users_umask_not_0600(window, tmp_path):
    """With umask 022 the handout is 0644 (mkstemp alone would leave it 0600)."""
    old = os.umask(0o022)
    try:
        path = tmp_path / "h.pdf"
        ho.write_pdf(window, path, ho.HandoutOptions())
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_handout_save_dialog_starts_in_the_last_folder(window, tmp_path, monkeypatch):
    """The second export's dialog opens in the folder the first one went to."""
    folder = tmp_path / "handouts"
    folder.mkdir()
    starts: list[str] = []

    def ask(_parent, _title, start, _filter):
        starts.append(start)
        return str(folder / "x.pdf"), ""

    monkeypatch.setattr(ho.HandoutDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.handout.settings = lambda: window.sessions.settings
    assert window.handout.export() is not None
    assert window.handout.export() is not None
    assert Path(starts[1]).parent == folder
