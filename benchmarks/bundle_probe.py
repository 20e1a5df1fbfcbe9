"""The bundle against the pip install: sizes and start-up, measured in one run.

    python benchmarks/bundle_probe.py [--archive dist/bodymap-….tar.gz] [--runs 7]

Builds the bundle (unless ``--archive`` names one), unpacks it into a temporary folder and
reports its packed and unpacked size. Then it starts the bundle and this Python's pip-installed
bodymap alternately, ``--runs`` times each (after one warm-up run of each, which fills the
atlas cache and the OS file cache), with the same clean environment and offscreen platform:

- ``--version``: the interpreter and the argument parser, no Qt;
- ``--select piriformis:right --screenshot out.png``: the whole start-up, building the window,
  rendering it at 1600 × 1000 and writing the PNG, until the process has exited.

Times are wall-clock from spawning the process to its exit. Prints a table and writes
``benchmarks/results/bundle.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def build(out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build_bundle.py"),
            "--out",
            str(out),
            "--work",
            str(out / "work"),
        ],
        check=True,
    )
    (archive,) = out.glob("bodymap-*.tar.gz")
    return archive


def unpacked_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an archive build_bundle.py wrote")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        archive = args.archive.resolve() if args.archive else build(tmp / "build")
        with tarfile.open(archive) as tar:
            tar.extractall(tmp / "unpacked", filter="tar")
        (top,) = (tmp / "unpacked").iterdir()
        home = tmp / "home"
        home.mkdir()
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        shot = ["--select", "piriformis:right", "--screenshot", str(tmp / "out.png")]
        kinds = {"bundle": [str(top / "bodymap")], "pip": [sys.executable, "-m", "bodymap"]}
        times: dict[str, dict[str, list[float]]] = {
            k: {"version": [], "screenshot": []} for k in kinds
        }
        for cmd in kinds.values():  # warm-up: atlas cache, OS file cache
            timed([*cmd, *shot], env, tmp)
        for _ in range(args.runs):
            for kind, cmd in kinds.items():
                times[kind]["version"].append(timed([*cmd, "--version"], env, tmp))
                times[kind]["screenshot"].append(timed([*cmd, *shot], env, tmp))
        result = {
            "archive": archive.name,
            "packed_bytes": archive.stat().st_size,
            "unpacked_bytes": unpacked_size(top),
            "runs": args.runs,
            "seconds": times,
        }
    print(
        f"{result['archive']}: {result['packed_bytes'] / 1e6:.1f} MB packed, "
        f"{result['unpacked_bytes'] / 1e6:.1f} MB unpacked"
    )
    print(f"{'seconds (min / median)':<28}{'bundle':>16}{'pip install':>16}")
    for what in ("version", "screenshot"):
        cells = [
            f"{min(times[k][what]):.2f} / {statistics.median(times[k][what]):.2f}" for k in kinds
        ]
        print(f"{what:<28}{cells[0]:>16}{cells[1]:>16}")
    out = HERE / "results" / "bundle.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
