"""Run by test_presentation_size in a child process with a given screen: prints measurements.

Usage: python -m tests.presentation_probe WIDTHxHEIGHT (the offscreen screen is set up by
the caller through QT_QPA_PLATFORM). Prints one JSON line: the body's on-screen height
before, during and after presentation, for a window as large as the screen, with and
without a pain drawing.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    from bodymap.core import state as ops
    from bodymap.core.ids import Ref
    from bodymap.core.state import Stroke
    from bodymap.resources import load_atlas
    from bodymap.ui.main_window import MainWindow

    atlas = load_atlas()
    out = {}
    for case in ("plain", "drawing"):
        w = MainWindow(atlas)
        w.show()
        w.resize(w.screen().geometry().size())
        w.select(Ref("piriformis", "right"))
        if case == "drawing":
            w.drawing.set_active(True)
            stroke = Stroke(points=((1000.0, 900.0), (1010.0, 1000.0)), intensity=6, side="right")
            w.store.update(ops.add_stroke, stroke)
        heights = []
        for on in (None, True, False):
            if on is not None:
                w.presentation.set_active(on)
            for _ in range(8):
                app.processEvents()
            w.view.fit_body()
            heights.append(w.view.mapFromScene(w.scene.focus_rect).boundingRect().height())
        out[case] = heights
        w.presentation.set_active(False)
        w.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
