"""In-process figures for one running bodymap window: selection, hover, render and memory.

``python session_probe.py [--selections N]`` builds the real main window offscreen from the
shipped assets, measures, and prints one JSON object. benchmarks/run.py calls it in a
fresh process so that its memory figures are not mixed with anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QApplication

from benchmarks.baseline import apply_if_asked
from benchmarks.startup_probe import proc_status
from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.resources import load_atlas

RENDER_SIZE = (1920, 1080)


def ms(seconds: list[float]) -> dict[str, float]:
    """Median, p95, min and max of a list of durations, in milliseconds."""
    data = sorted(s * 1000.0 for s in seconds)
    p95 = data[min(len(data) - 1, round(0.95 * (len(data) - 1)))]
    return {
        "n": len(data),
        "min": data[0],
        "p50": statistics.median(data),
        "p95": p95,
        "max": data[-1],
    }


class Session:
    """One main window on the shipped atlas, shown offscreen at 1600 x 1000."""

    def __init__(self) -> None:
        from bodymap.ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.atlas = load_atlas()
        self.window = MainWindow(self.atlas)
        self.window.resize(1600, 1000)
        self.window.show()
        for _ in range(5):
            self.app.processEvents()
        self.window.view.fit_body()
        self.app.processEvents()
        self.viewport = self.window.view.viewport()

    def settle(self) -> None:
        """Deliver every posted event, which paints what changed, as the screen would.

        Each change calls update() on the items and widgets it touches; processing the
        posted events paints exactly those regions (and the article text) through the
        backing store, the same work a visible window does before the user sees it.
        """
        self.app.processEvents()

    def select(self, ref: Ref | None, paint: bool = True) -> None:
        """Select through the store, as a click does, then paint."""
        if ref is None:
            self.window.store.update(ops.clear)
        else:
            self.window.store.update(ops.select, self.atlas, ref)
        if paint:
            self.settle()

    def full_repaint(self, repeats: int) -> dict[str, float]:
        """Time a forced repaint of the whole canvas (the worst case, e.g. after a resize)."""
        times: list[float] = []
        for _ in range(repeats):
            t = time.perf_counter()
            self.viewport.repaint()
            times.append(time.perf_counter() - t)
        return ms(times)

    def selection_latency(self, rounds: int) -> dict[str, dict[str, float]]:
        """Time select + update + paint for every structure on each side and on none.

        ``all`` has every timing; ``best`` the fastest of the rounds for each structure,
        which filters out moments when another process held the CPU (a shared machine).
        """
        refs = [Ref(i, side) for i in self.atlas.structures for side in (None, "left", "right")]
        rng = random.Random(7)
        times: list[float] = []
        best: dict[Ref, float] = {}
        for _ in range(rounds):
            rng.shuffle(refs)
            for ref in refs:
                t = time.perf_counter()
                self.select(ref)
                took = time.perf_counter() - t
                times.append(took)
                best[ref] = min(took, best.get(ref, took))
        return {"all": ms(times), "best": ms(list(best.values()))}

    def open_panels(self) -> list[str]:
        """Show the panels a student opens: the Details and Layers docks and the candidates.

        Returns the names of those found (a build without a feature has fewer)."""
        window = self.window
        student = getattr(window, "student", None)
        panels = {
            "details": getattr(student, "details_dock", None),
            "layers": getattr(student, "layers_dock", None),
            "candidates": getattr(window, "candidates", None),
        }
        shown = []
        for name, panel in panels.items():
            if panel is not None:
                panel.show()
                shown.append(name)
        for _ in range(5):
            self.app.processEvents()
        return shown

    def close_panels(self) -> None:
        """Hide the panels open_panels() showed (the start-up layout again)."""
        window = self.window
        student = getattr(window, "student", None)
        for panel in (
            getattr(student, "details_dock", None),
            getattr(student, "layers_dock", None),
            getattr(window, "candidates", None),
        ):
            if panel is not None:
                panel.hide()
        for _ in range(5):
            self.app.processEvents()
        self.window.view.fit_body()
        self.app.processEvents()

    def hover_latency(self, moves: int) -> dict[str, float]:
        """Time a mouse move over the canvas: hit-test, hover state, hover tag and paint."""
        self.select(None)
        view = self.window.view
        x0, y0, x1, y1 = self.atlas.body_box
        rng = random.Random(11)
        x, y = (x0 + x1) / 2, (y0 + y1) / 2
        times: list[float] = []
        for _ in range(moves):
            # A pointer wanders: small steps, so the hovered structure changes now and then.
            x = min(max(x + rng.uniform(-25, 25), x0), x1)
            y = min(max(y + rng.uniform(-25, 25), y0), y1)
            pos = QPointF(view.mapFromScene(QPointF(x, y)))
            event = QMouseEvent(
                QEvent.Type.MouseMove,
                pos,
                self.viewport.mapToGlobal(pos),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            t = time.perf_counter()
            QApplication.sendEvent(self.viewport, event)
            self.settle()
            times.append(time.perf_counter() - t)
        return ms(times)

    def memory_walk(self, selections: int) -> dict[str, object]:
        """RSS before and during ``selections`` random selections (each one painted)."""
        refs = [Ref(i, side) for i in self.atlas.structures for side in ("left", "right")]
        rng = random.Random(3)
        start = proc_status()
        samples: list[int] = []
        t = time.perf_counter()
        for i in range(1, selections + 1):
            # Paint after every tenth change: the state, scene and text churn every time,
            # and a run of 10,000 stays within minutes.
            self.select(rng.choice(refs) if rng.random() > 0.1 else None, paint=i % 10 == 0)
            if i % 1000 == 0:
                samples.append(proc_status().get("VmRSS", 0))
        return {
            "selections": selections,
            "seconds": time.perf_counter() - t,
            "rss_start_kb": start.get("VmRSS", 0),
            "rss_samples_kb": samples,
            "hwm_end_kb": proc_status().get("VmHWM", 0),
        }

    def render_states(self) -> list[tuple[str, Ref | None]]:
        """The looks the render is compared in: the overview and one selected muscle."""
        return [("overview", None), ("piriformis:right", Ref("piriformis", "right"))]

    def export_svg(self, path: str | None = None) -> bytes:
        """The scene's current look as an SVG of RENDER_SIZE, drawn by QSvgGenerator.

        The scene is drawn into the generator exactly as into the image below (same target
        rectangle, source rectangle and antialiasing, item caches off), so QSvgRenderer then
        has the same drawing to paint: glow bands, hatches, markers, tags and all.
        """
        w, h = RENDER_SIZE
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(w, h))
        generator.setViewBox(QRect(0, 0, w, h))
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fitted, source = self.render_rects()
        self.window.scene.render(painter, fitted, source)
        painter.end()
        data = bytes(buffer.data().data())
        if path:
            Path(path).write_bytes(data)
        return data

    def render_rects(self) -> tuple[QRectF, QRectF]:
        """Target and source rectangles: the drawing's view box fitted into the image."""
        w, h = RENDER_SIZE
        vx, vy, vw, vh = self.atlas.geometry.view_box
        scale = min(w / vw, h / vh)
        fitted = QRectF((w - vw * scale) / 2, (h - vh * scale) / 2, vw * scale, vh * scale)
        return fitted, QRectF(vx, vy, vw, vh)

    def render(self, repeats: int, save_dir: str | None = None) -> dict[str, object]:
        """Render the whole body into a 1920x1080 image: our scene vs QSvgRenderer, like for like.

        For each look (``render_states``) the scene is exported to an SVG with QSvgGenerator;
        then, interleaved over ``repeats`` rounds, the scene paints itself afresh (item caches
        off) and QSvgRenderer paints that SVG, each into a new white 1920x1080 image with
        antialiasing. ``scene`` and ``qsvgrenderer`` time one round (every look once);
        ``states`` has each look's own figures. ``save_dir`` writes the SVGs and one PNG of
        each side there, to compare by eye.
        """
        scene = self.window.scene
        w, h = RENDER_SIZE
        fitted, source = self.render_rects()

        def image() -> QImage:
            img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            img.fill(0xFFFFFFFF)
            return img

        def paint(draw, img: QImage | None = None) -> float:  # type: ignore[no-untyped-def]
            img = img if img is not None else image()
            t = time.perf_counter()
            painter = QPainter(img)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter)
            painter.end()
            return time.perf_counter() - t

        def ours(p: QPainter) -> None:
            scene.render(p, fitted, source)

        states = self.render_states()
        renderers: dict[str, QSvgRenderer] = {}
        loads: dict[str, float] = {}
        svg_bytes: dict[str, int] = {}
        times: dict[str, dict[str, list[float]]] = {}
        with scene.vector_output():  # painted from scratch, like QSvgRenderer
            for name, ref in states:
                self.select(ref)
                safe = name.replace(":", "_")
                data = self.export_svg(f"{save_dir}/render_{safe}.svg" if save_dir else None)
                t = time.perf_counter()
                renderers[name] = QSvgRenderer(QByteArray(data))
                loads[name] = (time.perf_counter() - t) * 1000.0
                svg_bytes[name] = len(data)
                times[name] = {"scene": [], "qsvgrenderer": []}
                if save_dir:
                    for side, draw in (("scene", ours), ("qsvgrenderer", renderers[name].render)):
                        img = image()
                        paint(draw, img)
                        img.save(f"{save_dir}/render_{safe}_{side}.png")
            for rnd in range(repeats):
                for name, ref in states:
                    self.select(ref)
                    pair = [("scene", ours), ("qsvgrenderer", renderers[name].render)]
                    for side, draw in pair if rnd % 2 == 0 else pair[::-1]:
                        times[name][side].append(paint(draw))
        self.select(None)
        # Painted from the item caches (what the screen does after the first paint).
        cached = [paint(ours) for _ in range(repeats)]
        rounds = {
            side: [sum(times[n][side][i] for n, _ in states) for i in range(repeats)]
            for side in ("scene", "qsvgrenderer")
        }
        per_state = {}
        for name, _ in states:
            ours_ms, svg_ms = ms(times[name]["scene"]), ms(times[name]["qsvgrenderer"])
            per_state[name] = {
                "scene": ours_ms,
                "qsvgrenderer": svg_ms,
                "ratio": ours_ms["p50"] / svg_ms["p50"],
                "svg_bytes": svg_bytes[name],
                "qsvgrenderer_load_ms": loads[name],
            }
        return {
            "size": f"{w}x{h}",
            "like_for_like": "scene exported with QSvgGenerator; one round = every state once",
            "state_names": [n for n, _ in states],
            "rounds": repeats,
            "scene": ms(rounds["scene"]),
            "qsvgrenderer": ms(rounds["qsvgrenderer"]),
            "states": per_state,
            "scene_from_item_caches": ms(cached),
        }


def main() -> None:
    """Measure everything in one window and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--selections", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--hovers", type=int, default=1500)
    parser.add_argument("--renders", type=int, default=7)
    parser.add_argument(
        "--render-only",
        metavar="DIR",
        nargs="?",
        const="",
        default=None,
        help="only the render comparison (PNGs and SVGs of both sides saved in DIR if given)",
    )
    args = parser.parse_args()
    apply_if_asked()
    session = Session()
    if args.render_only is not None:
        render = session.render(args.renders, save_dir=args.render_only or None)
        print(json.dumps({"render": render}), flush=True)
        session.window.close()
        return
    after_start = proc_status()
    memory = session.memory_walk(args.selections)
    result: dict[str, object] = {
        "rss_after_start_kb": after_start.get("VmRSS", 0),
        "hwm_after_start_kb": after_start.get("VmHWM", 0),
        "memory": memory,
        "selection": session.selection_latency(args.rounds),
    }
    # The same walk with the panels a student opens, each updating on every selection.
    result["selection_panels_open"] = session.open_panels()
    result["selection_with_panels"] = session.selection_latency(args.rounds)
    session.close_panels()
    result |= {
        "hover": session.hover_latency(args.hovers),
        "full_repaint": session.full_repaint(10),
        "render": session.render(args.renders),
        "structures": len(session.atlas.structures),
        "shapes": len(session.atlas.geometry.shapes),
    }
    print(json.dumps(result), flush=True)
    session.window.close()


if __name__ == "__main__":
    main()
