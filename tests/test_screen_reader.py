"""End to end, as a screen reader sees bodymap: a real X11 app, an AT-SPI bus, a separate client.

The app runs under Xvfb inside its own D-Bus session (``dbus-run-session`` starts the
accessibility bus on demand); ``tests/atspi_client.py``, run by the system Python with
``pyatspi``, walks the tree, peels the drawing, Tab-walks it, presses piriformis and reads
the article, then quits through the File menu. Without Xvfb, D-Bus, xdotool or pyatspi the
test fails with the reason: it never skips (``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bodymap.core.accessible_tree import accessible_entries
from bodymap.core.ids import Ref
from bodymap.core.look import derive_look
from bodymap.core.state import ViewState
from bodymap.core.traversal import accessible_name, focus_order

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
TABS = 6


def _missing() -> list[str]:
    problems = [
        f"{tool} is not installed (Debian package {pkg})"
        for tool, pkg in (
            ("Xvfb", "xvfb"),
            ("dbus-run-session", "dbus"),
            ("xdotool", "xdotool"),
        )
        if shutil.which(tool) is None
    ]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        problems.append("at-spi-bus-launcher is missing (Debian package at-spi2-core)")
    probe = (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
        )
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        problems.append(f"{SYSTEM_PYTHON} cannot import pyatspi (Debian package python3-pyatspi)")
    return problems


def _display_answers(display: str) -> bool:
    probe = subprocess.run(
        ["xdotool", "getdisplaygeometry"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        timeout=10,
        check=False,
    )
    return probe.returncode == 0


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display in 900-999 (clear of :0 and of the screenshot tool's range)."""
    tried = []
    for _ in range(6):
        display = f":{random.randint(900, 999)}"
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            continue
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and xvfb.poll() is None:
            if _display_answers(display):
                return xvfb, display
            time.sleep(0.2)
        _stop(xvfb)
        tried.append(display)
    pytest.fail(f"Xvfb did not start on any of {', '.join(tried) or 'the free displays'}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    """Run the AT-SPI client once against the real app; its JSON report."""
    problems = _missing()
    if problems:
        pytest.fail("the screen-reader test cannot run: " + "; ".join(problems))
    home = tmp_path_factory.mktemp("reader-home")
    xvfb, display = _start_xvfb()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS", "WAYLAND_DISPLAY")
    }
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    (home / "runtime").mkdir(mode=0o700)
    command = [
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(ROOT / "tests" / "atspi_client.py"),
        "--tabs",
        str(TABS),
        "--",
        sys.executable,
        str(ROOT / "main.py"),
    ]
    try:
        proc = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
        )
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stderr or b"")[-3000:]
        pytest.fail(f"the AT-SPI client did not finish in 180 s; its last output:\n{tail!r}")
    finally:
        alive = xvfb.poll() is None
        _stop(xvfb)
    assert alive, f"Xvfb on {display} died during the run (killed by another program?)"
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the AT-SPI client:\n{proc.stdout}\n{proc.stderr[-3000:]}"
    data = json.loads(lines[-1])
    assert "error" not in data, f"{data['error']}\n{proc.stderr[-3000:]}"
    return data


def _entries(atlas, state: ViewState):
    return accessible_entries(atlas, state, derive_look(atlas, state))


def test_reader_finds_every_structure_drawn_as_a_named_button(report, atlas):
    """The body map is a canvas whose children are exactly the structures drawn at start."""
    assert report["body_role"] == "canvas"
    expected = [e.name for e in _entries(atlas, ViewState())]
    assert [c["name"] for c in report["first"]] == expected
    for child in report["first"]:
        assert child["role"] == "push button", child
        assert child["focusable"] and child["showing"], child
        assert child["actions"][0] == "Press", child
        x, y, w, h = child["rect"]
        assert w > 0 and h > 0 and 0 <= x < 1600 and 0 <= y < 1000, child
        assert child["description"], child


def test_reader_finds_every_muscle_by_name_across_the_depths(report, atlas):
    """Between the first view and the deepest one, every muscle of the atlas is named."""
    names = [c["name"] for c in report["first"] + report["deepest"]]
    for muscle in atlas.ids("muscle"):
        spoken = accessible_name(atlas, Ref(muscle, "left")).split(", left")[0]
        assert any(n.startswith(spoken + ", ") for n in names), f"{muscle} never found"
    deepest = [e.name for e in _entries(atlas, ViewState(depth=(2, 2)))]
    assert [c["name"] for c in report["deepest"]] == deepest
    assert not any(n.startswith("gluteus maximus") for n in deepest)


def test_each_tab_step_sends_one_focus_event_on_the_next_structure(report, atlas):
    """Tab-walking the drawing: exactly one focus event per key, naming the next structure."""
    state = ViewState(depth=(2, 2))
    order = focus_order(atlas, derive_look(atlas, state))
    expected = [[accessible_name(atlas, ref)] for ref in order[:TABS]]
    assert report["tab_steps"] == expected


def test_pressing_piriformis_selects_it_announces_once_and_the_article_reads_it(report, atlas):
    """Press on "piriformis, right" selects it; one announcement; the article text changes."""
    assert report["pressed"]["name"] == "piriformis, right, muscle, deep layer"
    assert report["pressed"]["selected"]
    events = report["after_press"]
    announcements = [e for e in events if e["type"] == "object:announcement"]
    assert len(announcements) == 1, events
    assert announcements[0]["data"].startswith("Selected: piriformis, right"), announcements
    assert any(
        e["type"] == "object:text-changed:insert" and e["name"] == "Article" for e in events
    ), events
    first_sentence = atlas.article("piriformis").plain.split(". ")[0]
    assert first_sentence in report["article_text"].replace("\n", " ")
    assert report["app_exit"] == 0, "the app did not exit cleanly after File ▸ Quit"
