"""Run every bodymap benchmark, print a table and write benchmarks/results/latest.json.

    python benchmarks/run.py [--quick] [--startup-runs N] [--selections N] [--before REV]

Start-up is measured in fresh processes, bodymap and a bare PySide6 QMainWindow started the
same way and interleaved, so a busy machine slows both alike. The other figures come from one
bodymap window in one process (benchmarks/session_probe.py). ``--before REV`` also measures
the code of an earlier commit (checked out into a temporary git worktree), interleaved with
the same bare window and today's code, so before and after come from one run. Not part of
the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
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


def checkout(rev: str) -> Path:
    """The code of ``rev`` in a temporary git worktree, its bytecode compiled, with today's
    probes copied in: both sides are measured by the same measuring code."""
    folder = Path(tempfile.mkdtemp(prefix="bodymap-before-")) / "tree"
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(folder), rev],
        check=True,
    )
    for probe in HERE.glob("*.py"):
        shutil.copy2(probe, folder / "benchmarks" / probe.name)
    compile_bytecode(folder)
    return folder


def drop_checkout(folder: Path) -> None:
    """Remove the temporary worktree again."""
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "remove", "--force", str(folder)], check=False
    )
    shutil.rmtree(folder.parent, ignore_errors=True)


def compile_bytecode(root: Path) -> None:
    """Write .pyc files as pip does on install (a shell with PYTHONDONTWRITEBYTECODE=1 would
    otherwise make every start compile bodymap's sources again, which no user's start does)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "bodymap", "benchmarks"],
        cwd=root,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def startup_once(kind: str, root: Path = REPO) -> dict[str, Any]:
    """Start one probe process and return its JSON line (times from before the spawn)."""
    env = child_env()
    env["BODYMAP_BENCH_T0"] = repr(time.time())
    proc = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "startup_probe.py"), kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
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


def measure_startup(runs: int, before: Path | None = None) -> dict[str, Any]:
    """Start bare and bodymap alternately ``runs`` times each, after one warm-up of each (and
    the ``before`` code too, in the same rotation)."""
    kinds: list[tuple[str, str, Path]] = [("bare", "bare", REPO), ("bodymap", "bodymap", REPO)]
    if before is not None:
        kinds.insert(1, ("before", "bodymap", before))
    for _name, kind, root in kinds:
        startup_once(kind, root)  # warms the OS file cache and bodymap's caches
    runs_of: dict[str, list[dict[str, Any]]] = {name: [] for name, _k, _r in kinds}
    for _ in range(runs):
        for name, kind, root in kinds:
            runs_of[name].append(startup_once(kind, root))
    out: dict[str, Any] = {}
    for name, found in runs_of.items():
        out[f"{name}_ms"] = spread([r["interactive"] * 1000 for r in found])
        out[f"{name}_hwm_mb"] = statistics.median(r["VmHWM"] for r in found) / 1024
        if all("cpu" in r for r in found):
            out[f"{name}_cpu_ms"] = spread([r["cpu"] * 1000 for r in found])
    for name in runs_of:
        out[f"{name}_ratio"] = out[f"{name}_ms"]["p50"] / out["bare_ms"]["p50"]
    out["ratio"] = out["bodymap_ratio"]
    return out


def measure_session(selections: int, quick: bool, root: Path = REPO) -> dict[str, Any]:
    """Run the in-process probe once and return its JSON."""
    args = ["--selections", str(selections)]
    if quick:
        args += ["--rounds", "1", "--hovers", "300", "--renders", "3"]
    proc = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "session_probe.py"), *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=root,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            data: dict[str, Any] = json.loads(line)
            return data
    raise SystemExit(f"the session probe failed:\n{proc.stdout}\n{proc.stderr}")


def verdict(ok: bool) -> str:
    """A table mark for a target met or missed."""
    return "ok" if ok else "MISSED"


def side(startup: dict[str, Any], name: str) -> dict[str, Any]:
    """The start-up figures of one side (``before`` or ``bodymap``) against the bare window."""
    return {
        "bare_ms": startup["bare_ms"],
        "bare_hwm_mb": startup["bare_hwm_mb"],
        "bodymap_ms": startup[f"{name}_ms"],
        "bodymap_hwm_mb": startup[f"{name}_hwm_mb"],
        "ratio": startup[f"{name}_ratio"],
    }


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
    parser.add_argument(
        "--before",
        metavar="REV",
        default=None,
        help="also measure the code of this git commit, in the same run (before/after)",
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
    compile_bytecode(REPO)
    before = checkout(args.before) if args.before else None
    try:
        who = "bare, before and bodymap" if before else "bare and bodymap"
        print(f"start-up: {args.startup_runs} runs each of {who}...", flush=True)
        startup = measure_startup(args.startup_runs, before)
        print(f"session: {args.selections:,} selections, then latency and render...", flush=True)
        before_session = measure_session(args.selections, args.quick, before) if before else None
        session = measure_session(args.selections, args.quick)
    finally:
        if before is not None:
            drop_checkout(before)
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
    old_rows: list[tuple[str, str, str, str]] = []
    if before_session is not None:
        then: dict[str, Any] = {"startup": side(startup, "before"), "session": before_session}
        old_rows = table(then)
        result["before"] = {"rev": args.before, "session": before_session, **then["derived"]}
    result["seconds"] = time.time() - t
    width = max(len(r[0]) for r in rows)
    mwidth = max(len(r[1]) for r in rows + old_rows)
    print()
    if old_rows:
        head = f"before ({args.before})"
        print(f"{'':<{width}}  {head:<{mwidth}}  {'after':<{mwidth}}")
        old = {r[0]: r[1] for r in old_rows}
        for what, measured, target, mark in rows:
            was = old.get(what, "")
            print(f"{what:<{width}}  {was:<{mwidth}}  {measured:<{mwidth}}  {target:<10}  {mark}")
    else:
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
