"""Smoke test: the real program starts, runs for a moment and closes cleanly, saying nothing bad."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini_assets"

# Qt's own message categories; the offscreen platform's propagateSizeHints note is not ours.
QT_TROUBLE = re.compile(
    r"^(QWidget|QPainter|QObject|QGraphics|QLayout|QFont|qt\.|Qt |QSvg)"
    r"|Warning:|warning:|Critical:|Fatal:",
    re.MULTILINE,
)
HARMLESS = ("This plugin does not support propagateSizeHints()",)


def start(
    tmp_path: Path,
    *args: str,
    assets: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py --quit-after 1500 ...`` offscreen and wait for it to finish."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONWARNINGS="error",
    )
    env.pop("BODYMAP_ASSETS", None)
    if assets is not None:
        env["BODYMAP_ASSETS"] = str(assets)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--quit-after", "1500", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def trouble(output: str) -> list[str]:
    """Lines of output that are tracebacks, Python warnings or Qt warnings."""
    lines = [ln for ln in output.splitlines() if ln.strip() and not ln.startswith(HARMLESS)]
    return [ln for ln in lines if "Traceback" in ln or QT_TROUBLE.search(ln)]


@pytest.mark.parametrize(
    "args",
    [(), ("--select", "piriformis:right", "--theme", "dark")],
    ids=["plain", "selected-dark"],
)
def test_real_program_runs_and_quits_cleanly(tmp_path, args):
    """``python main.py`` with the shipped assets runs 1.5 s, exits 0, prints no warning."""
    proc = start(tmp_path, *args)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert not trouble(output), output
    assert "Traceback" not in output


def test_runs_on_the_mini_assets_too(tmp_path):
    """The app runs on any valid assets folder (BODYMAP_ASSETS), not only the shipped one."""
    proc = start(tmp_path, "--select", "gluteal", assets=MINI)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert not trouble(output), output


def test_trouble_finds_tracebacks_and_qt_warnings():
    """The output filter itself catches what it must and lets the offscreen note pass."""
    assert trouble("Traceback (most recent call last):")
    assert trouble("QPainter::begin: Paint device returned engine == 0, type: 2")
    assert trouble("qt.svg: <input>:3:1: Could not resolve property")
    assert trouble("x.py:3: DeprecationWarning: old")
    assert not trouble("This plugin does not support propagateSizeHints()")
