"""Shared fixtures. Qt runs on the offscreen platform, set before any QApplication exists.

The test session never touches the user's own settings or data: before any QApplication or
QSettings exists, the XDG config, data and state homes point into one temporary folder
(removed at the end), and QSettings' user-scope paths are set there too. A GUI test that
switches the theme or the language writes ``view/theme`` into that folder, not into
``~/.config/bodymap/bodymap.conf``. Subprocesses inherit the same environment.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault(
    "XDG_CACHE_HOME", os.path.join(os.path.dirname(__file__), "..", ".pytest-cache-home")
)

# Where the user's settings would be without the isolation below (for the test that proves
# they stay untouched), then the isolation itself.
REAL_CONFIG_HOME = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
TEST_HOME = Path(tempfile.mkdtemp(prefix="bodymap-tests-"))
atexit.register(shutil.rmtree, TEST_HOME, True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(TEST_HOME / _name.removeprefix("XDG_").removesuffix("_HOME").lower())

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402 - after the environment is set

from bodymap.core.atlas import Atlas  # noqa: E402
from tests.synthetic import mini_atlas  # noqa: E402


def _settings_in_test_home() -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


_settings_in_test_home()


@pytest.fixture(autouse=True)
def _isolated_settings() -> None:
    """Every test starts with QSettings in the test folder (a kiosk test points it elsewhere)."""
    _settings_in_test_home()


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    """The real atlas: the shipped drawing and content."""
    from bodymap.resources import load_atlas

    return load_atlas()


@pytest.fixture
def mini() -> Atlas:
    """A small synthetic atlas of rectangles, independent of the artwork."""
    return mini_atlas()
