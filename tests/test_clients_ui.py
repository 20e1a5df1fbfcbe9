"""The Clients window and File ▸ New session / Back up library…, through the real main window."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bodymap.core import library as lib
from bodymap.core.ids import Ref
from bodymap.core.session_file import Session
from bodymap.core.state import Stroke
from bodymap.ui.therapist_files.library_actions import ENV_PATH
from tests.windows import make_window

DATA = Path(__file__).parent / "data" / "sessions"


def _stroke(intensity: int = 7) -> Stroke:
    return Stroke(points=((420.0, 880.0), (430.0, 990.0)), intensity=intensity, width=30.0)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "share" / "bodymap" / lib.FILE_NAME
    monkeypatch.setenv(ENV_PATH, str(path))
    with lib.open_library(path) as library:
        ana = library.add_client("Ana Ruiz", "1980-05-02")
        library.add_client("Anton Berg")
        library.add_client("Tom Ward")
        library.add_session(ana.id, Session(date="2026-11-03", strokes=(_stroke(8),), notes="v1"))
        library.add_session(ana.id, Session(date="2026-11-17", strokes=(_stroke(5),), notes="v2"))
    return path


@pytest.fixture
def window(qtbot, atlas, db_path: Path):
    w = make_window(qtbot, atlas)
    yield w
    w.library._close()


def _names(clients_window) -> list[str]:
    return [
        clients_window.clients.item(i).text().splitlines()[0]
        for i in range(clients_window.clients.count())
    ]


def test_typing_narrows_the_client_list_keystroke_by_keystroke(qtbot, window) -> None:
    """Ctrl+K opens the Clients window; typing 'an' then 'ana' narrows the list of names."""
    window.library.act_clients.trigger()
    cw = window.library.clients_window
    assert cw is not None and cw.isVisible()
    assert _names(cw) == ["Ana Ruiz", "Anton Berg", "Tom Ward"]
    qtbot.keyClicks(cw.search, "an")
    assert _names(cw) == ["Ana Ruiz", "Anton Berg"]
    qtbot.keyClicks(cw.search, "a")
    assert _names(cw) == ["Ana Ruiz"]
    qtbot.keyClicks(cw.search, "x")
    assert _names(cw) == [] and "No client's name starts with" in cw.count.text()


def test_a_clients_sessions_show_by_date_with_thumbnails_only_when_stored(window) -> None:
    """Choosing Ana lists her two sessions oldest first, with what was drawn and how badly."""
    cw = window.library.show_clients()
    cw.select_client(cw.library.find_clients("ana")[0].id)
    texts = [cw.sessions.item(i).text() for i in range(cw.sessions.count())]
    assert texts[0].startswith("3 November 2026") and "worst 8/10" in texts[0]
    assert texts[1].startswith("17 November 2026") and "worst 5/10" in texts[1]
    assert "Born 2 May 1980" in cw.details.text()


def test_opening_a_stored_session_shows_it_and_save_writes_back(qtbot, window) -> None:
    """Open puts the session's drawing and notes in the window; Ctrl+S stores the change."""
    cw = window.library.show_clients()
    cw.select_client(cw.library.find_clients("ana")[0].id)
    cw.sessions.setCurrentRow(0)
    cw.btn_open.click()
    assert window.store.state.strokes == (_stroke(8),)
    assert window.sessions.panel.notes.toPlainText() == "v1"
    assert window.windowTitle().startswith("Ana Ruiz – 3 November 2026")
    window.select(Ref("piriformis", "right"))
    assert window.isWindowModified()
    assert window.sessions.save()
    assert not window.isWindowModified()
    sid = int(cw.sessions.item(0).data(Qt.ItemDataRole.UserRole))
    stored = cw.library.session(sid)
    assert stored.session.selection == Ref("piriformis", "right")
    assert stored.thumbnail and stored.thumbnail.startswith(b"\x89PNG")


def test_new_session_for_a_client_is_filed_under_them_on_save(window) -> None:
    """New session for Tom starts empty; saving it adds a dated session to Tom's list."""
    cw = window.library.show_clients()
    tom = cw.library.find_clients("tom")[0]
    cw.select_client(tom.id)
    assert cw.session_count() == 0 and "No sessions yet" in cw.sessions.item(0).text()
    assert not cw.btn_open.isEnabled() and not cw.btn_progress.isEnabled()
    cw.btn_new.click()
    assert window.store.state.strokes == ()
    assert not window.isWindowModified()  # nothing to lose yet
    window.store.set(window.store.state.__class__(strokes=(_stroke(),)))
    assert window.sessions.save()
    assert len(cw.library.sessions(tom.id)) == 1
    assert window.sessions.save()  # a second save updates the same session
    assert len(cw.library.sessions(tom.id)) == 1
    assert cw.session_count() == 1


def test_change_date_moves_a_session_in_the_list(window) -> None:
    """Changing the first session's date to after the second puts it last."""
    cw = window.library.show_clients()
    cw.select_client(cw.library.find_clients("ana")[0].id)
    cw.sessions.setCurrentRow(0)
    cw.change_date("2026-11-30")
    texts = [cw.sessions.item(i).text() for i in range(cw.sessions.count())]
    assert texts[0].startswith("17 November 2026") and texts[1].startswith("30 November 2026")


def test_delete_asks_and_says_what_is_lost(window) -> None:
    """Delete client names the client and the number of sessions; No keeps, Yes deletes."""
    cw = window.library.show_clients()
    cw.select_client(cw.library.find_clients("ana")[0].id)
    asked: list[str] = []
    cw.confirm = lambda title, q: asked.append(q) or False
    assert not cw.delete_client()
    assert "Delete Ana Ruiz and all 2 of their sessions" in asked[0]
    assert cw.library.find_clients("ana")
    cw.confirm = lambda title, q: asked.append(q) or True
    cw.sessions.setCurrentRow(0)
    assert cw.delete_selected()
    assert "session of 3 November 2026" in asked[-1]
    assert cw.delete_client()
    assert cw.library.find_clients("ana") == []


def test_import_and_export_from_the_window(window, tmp_path: Path) -> None:
    """Import adds session files to the chosen client; Export writes one back to a file."""
    cw = window.library.show_clients()
    tom = cw.library.find_clients("tom")[0]
    cw.select_client(tom.id)
    cw.choose_files = lambda: [str(p) for p in sorted((DATA / "progress").glob("*.bodymap"))]
    assert cw.import_files() == 3
    cw.select_client(tom.id)
    assert cw.session_count() == 3
    out = cw.export_selected(str(tmp_path / "tom-export"))
    assert out is not None and out.suffix == ".bodymap" and out.exists()


def test_progress_chart_comes_straight_from_the_library(window) -> None:
    """Progress chart for Ana charts her two stored sessions and sums up the fall in intensity."""
    cw = window.library.show_clients()
    cw.select_client(cw.library.find_clients("ana")[0].id)
    cw.btn_progress.click()
    dialog = window.progress.dialog
    assert dialog is not None and dialog.windowTitle() == "Progress – Ana Ruiz"
    assert len(dialog.points) == 2
    assert [p.peak_intensity for p in dialog.points] == [8, 5]
    dialog.close()


def test_backup_from_the_file_menu_is_private_and_complete(window, tmp_path: Path) -> None:
    """Back up library writes a 0600 copy that holds every client."""
    out = window.library.backup_to(tmp_path / "copy.sqlite3")
    assert out is not None and stat.S_IMODE(out.stat().st_mode) == 0o600
    names = sqlite3.connect(out).execute("SELECT name FROM clients ORDER BY name").fetchall()
    assert names == [("Ana Ruiz",), ("Anton Berg",), ("Tom Ward",)]


def test_a_damaged_library_is_reported_and_the_app_keeps_working(
    qtbot, atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged library file gives one message, stays byte for byte, and the map still works."""
    path = tmp_path / lib.FILE_NAME
    path.write_bytes(b"not a database\n" * 100)
    monkeypatch.setenv(ENV_PATH, str(path))
    w = make_window(qtbot, atlas)
    shown: list[str] = []
    monkeypatch.setattr(
        "bodymap.ui.therapist_files.library_actions.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    assert w.library.show_clients() is None
    assert len(shown) == 1 and str(path) in shown[0]
    assert path.read_bytes() == b"not a database\n" * 100
    w.select(Ref("piriformis", "right"))
    assert w.store.state.selection == Ref("piriformis", "right")


def test_the_window_does_not_open_the_library_at_start_up(
    qtbot, atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the main window creates no library file: it is opened on first use only."""
    path = tmp_path / "lib" / lib.FILE_NAME
    monkeypatch.setenv(ENV_PATH, str(path))
    make_window(qtbot, atlas)
    assert not path.exists()


def test_the_kiosk_never_opens_the_library(
    qtbot, atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the kiosk the Clients action is locked and even a direct call opens no database."""
    from bodymap.core.kiosk_config import KioskConfig
    from tests.kiosk_support import make_kiosk

    path = tmp_path / "lib" / lib.FILE_NAME
    monkeypatch.setenv(ENV_PATH, str(path))
    window, _mode = make_kiosk(qtbot, atlas, KioskConfig())
    assert not window.library.act_clients.isEnabled()
    window.library.act_clients.trigger()
    assert window.library.show_clients() is None
    assert not path.exists() and not path.parent.exists()
