"""The test session writes its settings into a temporary folder, never the user's own file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bodymap import APP_NAME, ORG_NAME
from bodymap.ui.student.theme import SETTINGS_KEY
from tests.conftest import REAL_CONFIG_HOME, TEST_HOME
from tests.windows import make_window

REAL_FILE = REAL_CONFIG_HOME / ORG_NAME / f"{APP_NAME}.conf"


def _snapshot(path: Path) -> tuple[int, int, bytes] | None:
    if not path.exists():
        return None
    st = path.stat()
    return st.st_mtime_ns, st.st_size, path.read_bytes()


def test_app_settings_live_in_the_test_folder(qapp):
    """QSettings for bodymap (native and INI) resolve inside the session's temporary folder."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        name = Path(QSettings(fmt, QSettings.Scope.UserScope, ORG_NAME, APP_NAME).fileName())
        assert name.is_relative_to(TEST_HOME), name
        assert not name.is_relative_to(REAL_CONFIG_HOME), name


def test_switching_theme_in_a_window_leaves_the_real_settings_file_untouched(qtbot, mini):
    """A window's View ▸ Theme writes view/theme to the test folder; the real file is unchanged."""
    before = _snapshot(REAL_FILE)
    base = QApplication.palette()
    window = make_window(qtbot, mini)  # its own QSettings(ORG, APP), as the app makes it
    try:
        start = window.student.theme.current
        other = "dark" if start != "dark" else "light"
        window.student.theme.choose(other)
        window.sessions.settings.sync()
        written = Path(window.sessions.settings.fileName())
        assert written.is_relative_to(TEST_HOME)
        assert QSettings(str(written), QSettings.Format.NativeFormat).value(SETTINGS_KEY) == other
        window.student.theme.choose(start)
    finally:
        QApplication.setPalette(base)
    assert _snapshot(REAL_FILE) == before
