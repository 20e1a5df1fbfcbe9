"""The therapist's files: session save/open, the client's handout and the progress chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.ui.therapist_files.handout_actions import HandoutActions
from bodymap.ui.therapist_files.library_actions import LibraryActions
from bodymap.ui.therapist_files.progress_action import ProgressAction
from bodymap.ui.therapist_files.session_actions import SessionController

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the session, client library, handout and progress actions to the File menu."""
    sessions = SessionController(window)
    window.sessions = sessions  # type: ignore[attr-defined]
    window.handout = HandoutActions(  # type: ignore[attr-defined]
        window, lambda: sessions.panel.client.text().strip(), lambda: sessions.settings
    )
    progress = ProgressAction(window, sessions.last_folder)
    window.progress = progress  # type: ignore[attr-defined]
    window.library = LibraryActions(window, sessions, progress)  # type: ignore[attr-defined]
