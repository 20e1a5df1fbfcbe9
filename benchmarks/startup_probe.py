"""Start-up probe: ``python startup_probe.py bare|bodymap`` prints when the window first painted.

The parent passes ``time.time()`` taken just before it spawned this process in
``BODYMAP_BENCH_T0``, so the figures include starting the interpreter and every import.
An application-wide event filter notes the first Paint event of any widget inside a
QMainWindow; a zero-time timer queued then fires once the event loop is free again, which is
when the window is painted *and* interactive. The probe prints one JSON line and exits.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("BODYMAP_BENCH_T0", "0")) or time.time()
# Run from a checkout: the repository root holds the bodymap package.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# BODYMAP_BENCH_PROFILE=1: print a pyinstrument profile of the start-up to stderr.
PROFILER = None
if os.environ.get("BODYMAP_BENCH_PROFILE"):
    from pyinstrument import Profiler

    PROFILER = Profiler(interval=0.0005)
    PROFILER.start()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


def proc_status() -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of this process in kB, from /proc/self/status."""
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


class FirstPaint(QObject):
    """Notes the first paint of a main window, then reports once the event loop is free."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self.painted is None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and isinstance(obj.window(), QMainWindow)
        ):
            self.painted = time.time()
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        interactive = time.time()
        assert self.painted is not None
        print(
            json.dumps(
                {
                    "first_paint": self.painted - T0,
                    "interactive": interactive - T0,
                    "cpu": sum(os.times()[:2]),
                    **proc_status(),
                }
            ),
            flush=True,
        )
        if PROFILER is not None:
            PROFILER.stop()
            print(PROFILER.output_text(show_all=False), file=sys.stderr, flush=True)
        # Leave at once: what the app would do on closing is not start-up.
        os._exit(0)


def main() -> None:
    """Start a bare QMainWindow or bodymap itself, the same way, and report the first paint."""
    kind = sys.argv[1]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    if kind == "bodymap":
        from benchmarks.baseline import apply_if_asked

        apply_if_asked()
    probe = FirstPaint(app)
    app.installEventFilter(probe)
    if kind == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1600, 1000)
        window.show()
        app.exec()
    elif kind == "bodymap":
        from bodymap.app import main as bodymap_main

        bodymap_main(sys.argv[2:])
    else:
        raise SystemExit(f"unknown probe kind {kind!r}: use bare or bodymap")
    print(json.dumps({"error": "the window closed before it painted"}), flush=True)


if __name__ == "__main__":
    main()
