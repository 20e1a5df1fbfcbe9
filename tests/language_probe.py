"""Run the real application, choose View ▸ Language ▸ Deutsch, and print what the new window shows
(tests/test_language.py runs this in its own process: the application owns its event loop)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from bodymap import APP_NAME, ORG_NAME
from bodymap.cli import parse_args
from bodymap.ui.application import run
from bodymap.ui.main_window import MainWindow


def _windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def _choose() -> None:
    _windows()[0].choose_language("de")


def _report() -> None:
    shown = _windows()
    w = shown[0]
    print(f"windows={len(shown)}")
    print(f"language={w.language}")
    print(f"menu={w.menu_view.title()}")
    print(f"selection={w.store.state.selection}")
    print(f"remembered={QSettings(ORG_NAME, APP_NAME).value('view/language')}")
    QApplication.exit(0)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(800, _choose)
    QTimer.singleShot(2500, _report)
    sys.exit(run(parse_args(["--lang", "en", "--select", "piriformis:right"])))
