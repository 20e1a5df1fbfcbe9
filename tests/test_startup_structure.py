"""Start-up pays only for the map, the article and the toolbar: each feature's heavy parts
(docks, dialogs, charts, the client library) and their modules load on first use."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Modules that must not be loaded when the window first shows (each is loaded by opening
# its feature; the second test proves the list names real modules).
DEFERRED = {
    "details": ["bodymap.ui.student.details_card"],
    "layers": ["bodymap.ui.student.layers_panel"],
    "quiz": ["bodymap.ui.student.quiz_mode", "bodymap.ui.student.quiz_panel", "bodymap.core.quiz"],
    "candidates": ["bodymap.ui.therapist.candidates_panel"],
    "handout": [
        "bodymap.ui.therapist_files.handout",
        "bodymap.ui.therapist_files.handout_pages",
        "bodymap.ui.therapist_files.home_plan_picker",
        "bodymap.core.handout_text",
    ],
}
# Never at start-up, and not by opening the features above either.
NEVER_AT_START = [
    "numpy",
    "pyqtgraph",
    "svgelements",
    "sqlite3",
    "bodymap.core.library",
    "bodymap.ui.therapist_files.clients_window",
    "bodymap.ui.therapist_files.progress_chart",
    "bodymap.ui.therapist_files.thumbnail",
    "bodymap.ui.guide.quick_guide",
    "bodymap.ui.guide.shortcuts",
    "bodymap.ui.kiosk",
    "bodymap.importers.svg_import",
    "bodymap.core.pin",
    "logging.handlers",
]


def _start(tmp_path_factory: pytest.TempPathFactory, *args: str) -> dict[str, object]:
    home = tmp_path_factory.mktemp("home")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("BODYMAP_ASSETS", None)
    script = str(ROOT / "tests" / "startup_modules_probe.py")
    for _ in range(2):  # the first run fills the atlas and path caches
        proc = subprocess.run(
            [sys.executable, script, *args], env=env, capture_output=True, text=True, timeout=120
        )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"the probe printed nothing:\n{proc.stdout}\n{proc.stderr}"
    data: dict[str, object] = json.loads(lines[-1])
    return data


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """bodymap started in a fresh interpreter with a warm cache, as a second start would be."""
    return _start(tmp_path_factory)


def test_garbage_collection_runs_again_once_the_window_shows(
    started: dict[str, object], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Start-up pauses Python's cyclic garbage collector; it runs again once the window (and
    the kiosk, which starts by another path) has shown, so a long session cannot pile up
    garbage."""
    assert started["gc_enabled"] is True
    kiosk = _start(tmp_path_factory, "--kiosk")
    assert kiosk["shown"] is True and kiosk["gc_enabled"] is True


def test_showing_the_window_loads_no_deferred_module(started: dict[str, object]) -> None:
    """When the window has painted, none of the features' panels, dialogs, the chart
    (numpy, pyqtgraph), the client library (sqlite3), the SVG parser or the PIN hashing is
    imported."""
    assert started["shown"] is True
    loaded = set(started["start"])  # type: ignore[arg-type]
    expected_absent = [m for mods in DEFERRED.values() for m in mods] + NEVER_AT_START
    assert sorted(loaded & set(expected_absent)) == []
    assert "bodymap.ui.main_window" in loaded and "bodymap.ui.scene" in loaded


def test_opening_a_feature_loads_its_modules(started: dict[str, object]) -> None:
    """Opening the Details and Layers docks, the quiz, the pain drawing and the handout
    loads exactly the modules listed as deferred for each, so the list stays honest."""
    opened: dict[str, list[str]] = started["opened"]  # type: ignore[assignment]
    for feature, modules in DEFERRED.items():
        missing = [m for m in modules if m not in opened[feature]]
        assert missing == [], f"opening {feature} did not load {missing}"
    every = {m for mods in opened.values() for m in mods}
    assert "numpy" not in every and "sqlite3" not in every


def test_the_log_file_opens_at_the_first_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rotating log is set up without importing logging.handlers or creating a file; the
    first record creates the file and is written to it."""
    from bodymap.ui import shell

    monkeypatch.setattr(shell, "log_dir", lambda: tmp_path / "logs")
    log = logging.getLogger("bodymap")
    before = list(log.handlers)
    try:
        path = shell.setup_logging()
        assert path == tmp_path / "logs" / "bodymap.log"
        assert not path.exists()
        log.error("first record %s", 42)
        for handler in log.handlers:
            handler.flush()
        assert "first record 42" in path.read_text("utf-8")
    finally:
        for handler in log.handlers[len(before) :]:
            handler.close()
            log.removeHandler(handler)
