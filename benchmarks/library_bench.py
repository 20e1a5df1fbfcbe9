"""Client library at practice scale: 500 clients with 20 sessions each (10,000 sessions).

    python benchmarks/library_bench.py [--clients 500] [--sessions 20] [--keep PATH]

Builds the library in a temporary folder (or at --keep), then measures, in one process on
the offscreen platform: opening the library, opening the Clients window, each keystroke of
typing a client's name (search + refilling the list + showing the chosen client's sessions),
and choosing another client. Prints a table and writes benchmarks/results/library.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bodymap.core import library as lib
from bodymap.core.ids import Ref
from bodymap.core.session_file import Session
from bodymap.core.state import Stroke

FIRST = ("Ana", "Ben", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas")
LAST = ("Ruiz", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Hansen", "Lopez")
MUSCLES = ["piriformis", "gluteus_minimus", "gluteus_medius", "quadratus_lumborum", "soleus"]


def _session(rng: random.Random, day: int) -> Session:
    x, y = rng.uniform(380, 620), rng.uniform(800, 1400)
    points = tuple((x + i * rng.uniform(-2, 2), y + i * 3.0) for i in range(60))
    stroke = Stroke(points=points, intensity=rng.randint(2, 9), width=28.0)
    muscle = rng.choice(MUSCLES)
    return Session(
        date=f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}",
        selection=Ref(muscle, rng.choice(("left", "right"))),
        strokes=(stroke,),
        notes="Sitting makes it worse; walking eases it. " * 3,
    )


def build(path: Path, clients: int, sessions: int, thumbnail: bytes, summarise) -> float:
    rng = random.Random(1)
    start = time.perf_counter()
    with lib.open_library(path, summarise) as library:
        for n in range(clients):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n:03d}"
            client = library.add_client(name)
            for day in range(sessions):
                library.add_session(client.id, _session(rng, day * 4), thumbnail)
    return time.perf_counter() - start


def _ms(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="build the library here and keep it")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from bodymap.resources import load_atlas
    from bodymap.ui.therapist_files.clients_window import ClientsWindow
    from bodymap.ui.therapist_files.thumbnail import thumbnail_png

    atlas = load_atlas()
    rng = random.Random(2)
    thumb = thumbnail_png(atlas, _session(rng, 3).strokes)
    folder = Path(tempfile.mkdtemp(prefix="bodymap-library-bench-"))
    path = args.keep or folder / lib.FILE_NAME
    for old in path.parent.glob(path.name + "*"):
        old.unlink()  # always measure a library of exactly the asked size
    from bodymap.core.painting import summarise as pain_summary

    def summarise(session: Session) -> tuple[float, int]:
        pain = pain_summary(atlas, session.strokes)
        return round(pain.area_percent, 1), pain.peak

    build_s = build(path, args.clients, args.sessions, thumb, summarise)
    size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6

    results: dict[str, float] = {"build_s": build_s, "size_mb": size_mb}
    opened: list[lib.Library] = []
    results["open_ms"] = _ms(lambda: opened.append(lib.open_library(path, summarise)))
    library = opened[0]
    windows: list[ClientsWindow] = []
    results["window_ms"] = _ms(lambda: windows.append(ClientsWindow(library, atlas)))
    window = windows[0]
    window.resize(980, 640)
    window.show()
    app.processEvents()

    keystrokes: list[float] = []
    names = [c.name for c in library.find_clients(limit=10_000)]
    for name in rng.sample(names, 30):
        window.search.clear()
        app.processEvents()
        for i in range(1, len(name) + 1):
            keystrokes.append(
                _ms(lambda t=name[:i]: (window.search.setText(t), app.processEvents()))
            )
    keystrokes.sort()
    results["keystroke_median_ms"] = statistics.median(keystrokes)
    results["keystroke_p95_ms"] = keystrokes[int(0.95 * (len(keystrokes) - 1))]
    results["keystrokes"] = float(len(keystrokes))
    window.search.clear()
    app.processEvents()
    choose: list[float] = []
    for row in rng.sample(range(window.clients.count()), 40):
        choose.append(_ms(lambda row=row: (window.clients.setCurrentRow(row), app.processEvents())))
    results["choose_client_median_ms"] = statistics.median(choose)
    results["choose_client_p95_ms"] = sorted(choose)[int(0.95 * (len(choose) - 1))]
    window.close()
    library.close()

    out = Path(__file__).parent / "results" / "library.json"
    out.parent.mkdir(exist_ok=True)
    meta = {"clients": args.clients, "sessions_per_client": args.sessions}
    out.write_text(json.dumps({**meta, **results}, indent=1) + "\n")
    print(f"library: {args.clients} clients x {args.sessions} sessions, {size_mb:.1f} MB")
    for key, value in results.items():
        print(f"  {key:28s} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
