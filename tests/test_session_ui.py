"""Session files through the File menu: save, open, recent files, notes and unsaved changes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from bodymap.ui.main_window import MainWindow
from bodymap.ui.therapist_files import session_actions as sa

DATA = Path(__file__).parent / "data" / "sessions"
ROOT = Path(__file__).parent.parent
STROKE = Stroke(((130.0, 80.0), (150.0, 150.0)), intensity=6, width=20.0, side="right")


@pytest.fixture
def window(qtbot, mini, tmp_path):
    w = MainWindow(mini)
    # pytest-qt closes the window after the test: it must not wait for the prompt then.
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.sessions, "prompt_on_close", False))
    w.sessions.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w.sessions.prompt_on_close = True
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


class Answers:
    """Stands in for QMessageBox: records each prompt and gives a chosen answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.asked: list[str] = []
        self.warnings: list[str] = []
        answers = self

        def exec_(box: QMessageBox) -> int:
            answers.asked.append(box.text())
            return answer

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(
            QMessageBox, "warning", lambda parent, title, text, *a: answers.warnings.append(text)
        )
        monkeypatch.setattr(
            QMessageBox,
            "information",
            lambda parent, title, text, *a: answers.warnings.append(text),
        )


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def open_from(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_save_then_open_round_trip_through_actions(window, tmp_path, monkeypatch, mini, qtbot):
    """Ctrl+S asks for a name once, writes the file; a new window opens it with all of it."""
    window.select(Ref("piriformis", "right"))
    window.store.update(ops.add_stroke, STROKE)
    window.sessions.panel.notes.setPlainText("Ache after driving.")
    window.sessions.panel.client.setText("Anna")
    assert window.isWindowModified()
    save_to(monkeypatch, tmp_path / "anna")
    window.sessions.act_save.trigger()
    path = tmp_path / "anna.bodymap"
    data = json.loads(path.read_text("utf-8"))
    assert data["selection"] == "piriformis:right" and data["notes"] == "Ache after driving."
    assert data["client"] == "Anna" and len(data["strokes"]) == 1
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("anna.bodymap[*]")
    assert window.sessions.act_save.shortcut().toString() == "Ctrl+S"
    assert window.sessions.act_open.shortcut().toString() == "Ctrl+O"
    assert window.sessions.act_save_as.shortcut().toString() == "Ctrl+Shift+S"

    other = MainWindow(mini)
    qtbot.addWidget(other)
    other.sessions.settings = window.sessions.settings
    open_from(monkeypatch, path)
    other.sessions.act_open.trigger()
    st = other.store.state
    assert st.selection == Ref("piriformis", "right") and st.strokes == (STROKE,)
    assert other.sessions.panel.notes.toPlainText() == "Ache after driving."
    assert other.sessions.panel.client.text() == "Anna"
    assert not other.isWindowModified() and other.sessions.path == path
    assert not other.drawing.history.can_undo  # opening is not an undoable drawing change


def test_second_save_does_not_ask_again(window, tmp_path, monkeypatch):
    """After the first Save As, Save writes to the same file without a dialog."""
    save_to(monkeypatch, tmp_path / "s.bodymap")
    window.store.update(ops.add_stroke, STROKE)
    assert window.sessions.save()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("Save must not ask twice")
    )
    window.store.update(ops.add_stroke, STROKE)
    assert window.isWindowModified()
    assert window.sessions.save()
    assert len(json.loads((tmp_path / "s.bodymap").read_text("utf-8"))["strokes"]) == 2
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_unsaved_changes_prompt_on_quit(window, tmp_path, monkeypatch, answer, closed, saved):
    """Quitting with a drawing asks Save / Discard / Cancel and does what was chosen."""
    answers = Answers(monkeypatch, answer)
    save_to(monkeypatch, tmp_path / "q.bodymap")
    window.store.update(ops.add_stroke, STROKE)
    result = window.close()
    assert answers.asked == ["Save the changes to this session?"]
    assert result is closed and window.isVisible() is not closed
    assert (tmp_path / "q.bodymap").exists() is saved


def test_no_prompt_without_changes(window, monkeypatch):
    """A window where nothing was drawn or written closes without a question."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.select(Ref("piriformis", "right"))  # looking around is not work to lose
    assert window.close()
    assert answers.asked == []


def test_opening_another_session_asks_first(window, monkeypatch):
    """Opening a session over unsaved work asks first; Cancel keeps the work and opens nothing."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.store.update(ops.add_stroke, STROKE)
    open_from(monkeypatch, DATA / "good.bodymap")
    window.sessions.act_open.trigger()
    assert answers.asked and window.store.state.strokes == (STROKE,)
    assert window.sessions.path is None


@pytest.mark.parametrize(
    "name", ["truncated.bodymap", "newer_version.bodymap", "unknown_id.bodymap", "not_json.bodymap"]
)
def test_damaged_file_shows_message_and_changes_nothing(window, monkeypatch, name):
    """A damaged or newer file gives the BodymapError text and leaves the window as it was."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Discard)
    window.select(Ref("gluteal", "left"))
    before = window.store.state
    open_from(monkeypatch, DATA / name)
    window.sessions.act_open.trigger()
    assert len(answers.warnings) == 1 and name in answers.warnings[0]
    assert window.store.state == before and window.sessions.path is None
    assert window.sessions.recent() == []


def test_recent_files_and_a_missing_one(window, tmp_path, monkeypatch):
    """Saved files appear in Open Recent newest first; a vanished file is dropped with a note."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Discard)
    for name in ("a", "b"):
        save_to(monkeypatch, tmp_path / name)
        window.sessions.save_as()
    recent = window.sessions.recent()
    assert [Path(p).name for p in recent] == ["b.bodymap", "a.bodymap"]
    labels = [a.text() for a in window.sessions.menu_recent.actions()]
    assert labels == ["&1 b.bodymap", "&2 a.bodymap"]
    (tmp_path / "a.bodymap").unlink()
    assert window.sessions.open_recent(recent[1]) is False
    assert "no longer there" in answers.warnings[-1]
    assert [Path(p).name for p in window.sessions.recent()] == ["b.bodymap"]
    assert len(window.sessions.menu_recent.actions()) == 1


def test_notes_panel_marks_the_session_modified(window):
    """Typing a note marks the window modified; the panel is reachable from the File menu."""
    assert not window.isWindowModified()
    window.sessions.panel.notes.setPlainText("Tender at the lateral trigger point.")
    assert window.isWindowModified()
    assert window.sessions.act_notes in window.menu_file.actions()


def test_pyqtgraph_is_not_imported_at_start_up():
    """Building the main window (with every feature) never imports pyqtgraph; the chart does."""
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from tests.synthetic import mini_atlas
        from bodymap.ui.main_window import MainWindow
        w = MainWindow(mini_atlas())
        print("after window:", "pyqtgraph" in sys.modules)
        from pathlib import Path
        files = sorted(Path("tests/data/sessions/progress").glob("*.bodymap"))
        dialog = w.progress.show_files(files)
        print("after chart:", "pyqtgraph" in sys.modules, dialog is not None)
        dialog.close(); w.close()
    """)
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "after window: False" in out
    assert "after chart: True True" in out


def test_progress_chart_from_three_files(window, monkeypatch):
    """The Progress… action charts the chosen sessions and sums up the trend in one sentence."""
    files = sorted((DATA / "progress").glob("*.bodymap"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], "")
    )
    dialog = window.progress.choose()
    assert dialog is not None
    assert [p.painted_percent for p in dialog.points] == [20.0, 15.0, 10.0]
    assert dialog.summary.text().startswith("From 3 March 2026 to 17 March 2026 (3 sessions)")
    assert set(dialog.plots) == {"area", "peak"}
    dialog.close()


def test_progress_leaves_out_damaged_files_and_refuses_mixed_clients(window, monkeypatch, tmp_path):
    """Damaged files are named and skipped; sessions of two clients are not charted together."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Discard)
    files = [*sorted((DATA / "progress").glob("*.bodymap")), DATA / "truncated.bodymap"]
    dialog = window.progress.show_files(files)
    assert dialog is not None and len(dialog.points) == 3
    assert "truncated.bodymap" in answers.warnings[0]
    dialog.close()
    other = json.loads((DATA / "progress" / "visit_1.bodymap").read_text("utf-8"))
    other["client"] = "B. Other"
    (tmp_path / "b.bodymap").write_text(json.dumps(other), "utf-8")
    assert window.progress.show_files([files[0], tmp_path / "b.bodymap"]) is None
    assert "A. Client, B. Other" in answers.warnings[-1]
    assert sa.FILE_FILTER == "bodymap sessions (*.bodymap)"
