"""Run by tests/test_startup_structure.py in a fresh interpreter: start bodymap as a user
would, and print (as JSON) the modules loaded once the window has painted, then the modules
loaded after each feature built on first use was opened."""

from __future__ import annotations

import gc
import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow


def main_window() -> QMainWindow:
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    return window


def report() -> None:
    window = main_window()
    out: dict[str, object] = {
        "shown": window.isVisible(),
        "start": sorted(sys.modules),
        "gc_enabled": gc.isenabled(),  # paused during start-up only
    }
    if "--kiosk" in sys.argv:
        print(json.dumps(out), flush=True)
        os._exit(0)
    opened: dict[str, list[str]] = {}
    student = window.student  # type: ignore[attr-defined]
    steps = {
        "details": lambda: student.details_dock.show(),
        "layers": lambda: student.layers_dock.show(),
        "quiz": lambda: student.act_quiz.trigger(),
        "candidates": lambda: window.drawing.act_draw.setChecked(True),  # type: ignore[attr-defined]
        # The handout dialog is built, then answered "Cancel" (it must not wait for a click).
        "handout": lambda: window.handout.ask("Export handout", "Choose file…"),  # type: ignore[attr-defined]
    }
    QDialog.exec = lambda self: int(QDialog.DialogCode.Rejected)  # type: ignore[method-assign]
    for name, step in steps.items():
        before = set(sys.modules)
        step()
        QApplication.processEvents()
        opened[name] = sorted(set(sys.modules) - before)
    out["opened"] = opened
    print(json.dumps(out), flush=True)
    os._exit(0)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    # After the first paint and a free turn of the event loop, as the start-up benchmark.
    QTimer.singleShot(300, report)
    from bodymap.app import main

    main(sys.argv[1:])
