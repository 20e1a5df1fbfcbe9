"""Kiosk soak benchmark: 200,000 random visitor interactions; memory before, during, after.

    python benchmarks/kiosk_soak.py [--steps 200000] [--seed 1] [--every 10000]

Runs offscreen through the real widgets (tests/kiosk_soak_driver.py), checks the kiosk is
clean after every idle reset, and prints the resident memory (RSS) at the start, every
``--every`` interactions and at the end, with the time each block took and the number of
Python objects the garbage collector tracks. The last line is the target's measure: the RSS
growth from interaction 20,000 (once caches and allocator pools have warmed up) to the end.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


WARM = 20_000  # the growth is measured from here to the end


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux /proc)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    """Run the soak and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--every", type=int, default=10_000)
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from bodymap.resources import load_atlas
    from tests.kiosk_soak_driver import Visitor, build

    window, mode, clock = build(load_atlas())
    visitor = Visitor(window, mode, clock, args.seed)
    app.processEvents()
    gc.collect()
    start = rss_mib()
    warm = min(WARM, args.steps)
    at_warm = start
    print(
        f"{'interactions':>12} {'resets':>7} {'RSS MiB':>8} {'block s':>8} {'py objs':>8}",
        flush=True,
    )
    print(f"{0:>12} {0:>7} {start:>8.1f} {'':>8} {len(gc.get_objects()):>8}", flush=True)
    block = time.perf_counter()
    for i in range(1, args.steps + 1):
        visitor.step()
        if not visitor.body_in_view():
            print(f"body lost off-screen at interaction {i}", file=sys.stderr)
            return 1
        if i % 200 == 0:
            app.processEvents()  # deleteLater and paints, as the real event loop would
        if i % args.every == 0 or i == warm:
            gc.collect()
            rss = rss_mib()
            if i == warm:
                at_warm = rss
            if i % args.every == 0:
                now = time.perf_counter()
                objs = len(gc.get_objects())
                print(
                    f"{i:>12} {visitor.resets:>7} {rss:>8.1f} {now - block:>8.1f} {objs:>8}",
                    flush=True,
                )
                block = now
    visitor.reset()
    gc.collect()
    end = rss_mib()
    print(
        f"RSS before {start:.1f} MiB, after {end:.1f} MiB ({end - start:+.1f} MiB) "
        f"over {args.steps} interactions and {visitor.resets} idle resets",
        flush=True,
    )
    print(
        f"RSS growth {warm:,} -> end ({args.steps:,} interactions): "
        f"{at_warm:.1f} -> {end:.1f} MiB ({end - at_warm:+.1f} MiB; target < 5 MiB)",
        flush=True,
    )
    mode.dispose()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
