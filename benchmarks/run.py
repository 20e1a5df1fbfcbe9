"""Run every bodymap benchmark, print a table and write benchmarks/results/latest.json.

    python benchmarks/run.py [--quick] [--startup-runs N] [--selections N]

Start-up is measured in fresh processes, bodymap and a bare PySide6 QMainWindow started the
same way and interleaved, so a busy machine slows both alike. The other figures come from one
bodymap window in one process (benchmarks/session_probe.py). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
BASELINE = False  # --baseline: measure the code paths the benchmarks replaced

TARGETS = {
    "startup_ratio": 1.5,  # bodymap / bare window, medians
    "selection_p95_ms": 8.0,
    "hover_p95_ms": 2.0,
    "render_ratio": 1.0,  # our scene / QSvgRenderer, medians
    "rss_over_bare_mb": 25.0,
    "rss_growth_mb": 2.0,  # from the 1,000th to the last selection
}


def child_env() -> dict[str, str]:
    """The environment for every probe: offscreen Qt, the shipped assets, no bytecode writes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BODYMAP_BENCH_PROFILE", None)
    env.pop("BODYMAP_BENCH_BASELINE", None)
    if BASELINE:
        env["BODYMAP_BENCH_BASELINE"] = "1"
    env.pop("BODYMAP_ASSETS", None)
    return env


def startup_once(kind: str) -> dict[str, Any]:
    """Start one probe process and return its JSON line (times from before the spawn)."""
    env = child_env()
    env["BODYMAP_BENCH_T0"] = repr(time.time())
    proc = subprocess.run(
        [sys.executable, str(HERE / "startup_probe.py"), kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            data: dict[str, Any] = json.loads(line)
            if "error" not in data:
                return data
    raise SystemExit(f"the {kind} start-up probe failed:\n{proc.stdout}\n{proc.stderr}")


def spread(values: list[float]) -> dict[str, float]:
    """min / median / p95 / max of a list."""
    data = sorted(values)
    p95 = data[min(len(data) - 1, round(0.95 * (len(data) - 1)))]
    return {
        "n": len(data),
        "min": data[0],
        "p50": statistics.median(data),
        "p95": p95,
        "max": data[-1],
    }


def measure_startup(runs: int) -> dict[str, Any]:
    """Start bare and bodymap alternately ``runs`` times each, after one warm-up of each."""
    startup_once("bare")
    startup_once("bodymap")  # warms the OS file cache and bodymap's geometry cache
    bare: list[dict[str, Any]] = []
    ours: list[dict[str, Any]] = []
    for _ in range(runs):
        bare.append(startup_once("bare"))
        ours.append(startup_once("bodymap"))
    b = spread([r["interactive"] * 1000 for r in bare])
    o = spread([r["interactive"] * 1000 for r in ours])
    return {
        "bare_ms": b,
        "bodymap_ms": o,
        "ratio": o["p50"] / b["p50"],
        "bare_hwm_mb": statistics.median(r["VmHWM"] for r in bare) / 1024,
        "bodymap_hwm_mb": statistics.median(r["VmHWM"] for r in ours) / 1024,
    }


def measure_session(selections: int, quick: bool) -> dict[str, Any]:
    """Run the in-process probe once and return its JSON."""
    args = ["--selections", str(selections)]
    if quick:
        args += ["--rounds", "1", "--hovers", "300", "--renders", "3"]
    proc = subprocess.run(
        [sys.executable, str(HERE / "session_probe.py"), *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=REPO,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            data: dict[str, Any] = json.loads(line)
            return data
    raise SystemExit(f"the session probe failed:\n{proc.stdout}\n{proc.stderr}")


def verdict(ok: bool) -> str:
    """A table mark for a target met or missed."""
    return "ok" if ok else "MISSED"


def table(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Rows: what, measured, target, verdict."""
    s, m = result["startup"], result["session"]
    mem = m["memory"]
    samples = mem["rss_samples_kb"]
    growth = (samples[-1] - samples[0]) / 1024 if len(samples) > 1 else 0.0
    over_bare = s["bodymap_hwm_mb"] - s["bare_hwm_mb"]
    render_ratio = m["render"]["scene"]["p50"] / m["render"]["qsvgrenderer"]["p50"]
    sel, hov = m["selection"], m["hover"]
    result["derived"] = {
        "rss_over_bare_mb": over_bare,
        "rss_growth_mb": growth,
        "render_ratio": render_ratio,
    }
    return [
        (
            "start-up, bare QMainWindow (ms)",
            f"min {s['bare_ms']['min']:.0f} / p50 {s['bare_ms']['p50']:.0f} / "
            f"max {s['bare_ms']['max']:.0f}",
            "",
            "",
        ),
        (
            "start-up, bodymap (ms)",
            f"min {s['bodymap_ms']['min']:.0f} / p50 {s['bodymap_ms']['p50']:.0f} / "
            f"max {s['bodymap_ms']['max']:.0f}",
            "",
            "",
        ),
        (
            "start-up ratio (p50 / p50)",
            f"{s['ratio']:.2f}x",
            f"<= {TARGETS['startup_ratio']}x",
            verdict(s["ratio"] <= TARGETS["startup_ratio"]),
        ),
        (
            f"selection, all {sel['all']['n']} changes (ms)",
            f"p50 {sel['all']['p50']:.1f} / p95 {sel['all']['p95']:.1f}",
            "",
            "",
        ),
        (
            f"selection, best of rounds per ref ({sel['best']['n']}) (ms)",
            f"p50 {sel['best']['p50']:.1f} / p95 {sel['best']['p95']:.1f}",
            f"p95 <= {TARGETS['selection_p95_ms']:.0f}",
            verdict(sel["best"]["p95"] <= TARGETS["selection_p95_ms"]),
        ),
        *(
            [
                (
                    f"selection with {', '.join(m['selection_panels_open'])} open, "
                    f"best of rounds ({m['selection_with_panels']['best']['n']}) (ms)",
                    f"p50 {m['selection_with_panels']['best']['p50']:.1f} / "
                    f"p95 {m['selection_with_panels']['best']['p95']:.1f}",
                    f"p95 <= {TARGETS['selection_p95_ms']:.0f}",
                    verdict(
                        m["selection_with_panels"]["best"]["p95"] <= TARGETS["selection_p95_ms"]
                    ),
                )
            ]
            if "selection_with_panels" in m
            else []
        ),
        (
            f"hover, {hov['n']} moves (ms)",
            f"p50 {hov['p50']:.1f} / p95 {hov['p95']:.1f}",
            f"p95 <= {TARGETS['hover_p95_ms']:.0f}",
            verdict(hov["p95"] <= TARGETS["hover_p95_ms"]),
        ),
        (
            "whole-canvas repaint (ms)",
            f"p50 {m['full_repaint']['p50']:.1f} / p95 {m['full_repaint']['p95']:.1f}",
            "",
            "",
        ),
        (
            f"render {m['render']['size']}: scene, painted afresh (ms)",
            f"p50 {m['render']['scene']['p50']:.1f}",
            "",
            "",
        ),
        (
            f"render {m['render']['size']}: QSvgRenderer (ms)",
            f"p50 {m['render']['qsvgrenderer']['p50']:.1f}",
            "",
            "",
        ),
        (
            "render ratio (scene / QSvgRenderer)",
            f"{render_ratio:.2f}x",
            f"<= {TARGETS['render_ratio']}x",
            verdict(render_ratio <= TARGETS["render_ratio"]),
        ),
        (
            "peak RSS after start-up, bare / bodymap (MB)",
            f"{s['bare_hwm_mb']:.1f} / {s['bodymap_hwm_mb']:.1f}",
            "",
            "",
        ),
        (
            "peak RSS over bare window (MB)",
            f"+{over_bare:.1f}",
            f"<= +{TARGETS['rss_over_bare_mb']:.0f}",
            verdict(over_bare <= TARGETS["rss_over_bare_mb"]),
        ),
        (
            f"RSS growth, selection 1,000 -> {mem['selections']:,} (MB)",
            f"{growth:+.1f}",
            f"<= +{TARGETS['rss_growth_mb']:.0f}",
            verdict(growth <= TARGETS["rss_growth_mb"]),
        ),
    ]


def main() -> int:
    """Measure, print the table, write the JSON; exit 0 even when a target is missed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--selections", type=int, default=10_000)
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions (a rough look, not for the README)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="JSON file (default results/latest.json, or baseline.json)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="measure the old code paths (see benchmarks/baseline.py)",
    )
    args = parser.parse_args()
    global BASELINE
    BASELINE = args.baseline
    if args.out is None:
        args.out = RESULTS / ("baseline.json" if args.baseline else "latest.json")
    if args.quick:
        args.startup_runs = min(args.startup_runs, 4)
        args.selections = min(args.selections, 2000)
    t = time.time()
    print(f"start-up: {args.startup_runs} runs each of bare and bodymap...", flush=True)
    startup = measure_startup(args.startup_runs)
    print(f"session: {args.selections:,} selections, then latency and render...", flush=True)
    session = measure_session(args.selections, args.quick)
    result: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "baseline": BASELINE,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "startup": startup,
        "session": session,
        "targets": TARGETS,
    }
    rows = table(result)
    result["seconds"] = time.time() - t
    width = max(len(r[0]) for r in rows)
    mwidth = max(len(r[1]) for r in rows)
    print()
    for what, measured, target, mark in rows:
        print(f"{what:<{width}}  {measured:<{mwidth}}  {target:<10}  {mark}")
    try:
        import PySide6

        result["machine"]["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out} in {result['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
