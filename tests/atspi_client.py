"""A screen reader's view of bodymap, over AT-SPI, from a separate process.

Runs under the system Python (``pyatspi`` is a system package), inside a D-Bus session that
``tests/test_screen_reader.py`` starts, on the X display it started. It launches the app
(the command after ``--``), then does what a blind student would: finds the body map, reads
every structure's name, peels the drawing through the Layers panel, Tab-walks the drawing,
presses piriformis and reads the article. It prints one JSON report on stdout; the test
asserts on it. Every wait has a deadline, and the app is always stopped at the end.

    /usr/bin/python3 tests/atspi_client.py --tabs 6 -- PYTHON main.py
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

EVENTS = (
    "object:state-changed:focused",
    "object:text-changed:insert",
    "object:announcement",
    "object:children-changed",
)


class Recorder:
    """Every AT-SPI event of interest, with the name of its source."""

    def __init__(self) -> None:
        self.events: list[dict[str, object]] = []

    def __call__(self, event) -> None:  # type: ignore[no-untyped-def]
        try:
            name = event.source.name if event.source is not None else ""
            role = event.source.getRoleName() if event.source is not None else ""
        except Exception:  # the source may be gone already
            name, role = "", ""
        any_data = event.any_data
        self.events.append(
            {
                "type": event.type,
                "detail1": event.detail1,
                "name": name,
                "role": role,
                "data": any_data if isinstance(any_data, str) else "",
                "t": time.monotonic(),
            }
        )


def pump(seconds: float) -> None:
    """Let the GLib main loop deliver events for a while."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(what: str, probe, timeout: float = 20.0):  # type: ignore[no-untyped-def]
    """Poll ``probe`` until it returns something truthy, or fail naming ``what``."""
    end = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception as exc:  # a half-built tree answers with D-Bus errors at first
            found, last_error = None, str(exc)
        if found:
            return found
        pump(0.2)
    raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what} {last_error}".strip())


def find_app(name: str):  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def find(root, test, limit: int = 4000):  # type: ignore[no-untyped-def]
    """Breadth-first search of the accessible tree for the first object passing ``test``."""
    queue = [root]
    seen = 0
    while queue and seen < limit:
        node = queue.pop(0)
        seen += 1
        if node is None:
            continue
        try:
            if test(node):
                return node
            queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:
            continue
    return None


def children(node):  # type: ignore[no-untyped-def]
    return [node.getChildAtIndex(i) for i in range(node.childCount)]


def describe(child) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What a reader gets from one structure: name, role, states, box, actions."""
    states = child.getState()
    ext = child.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    action = child.queryAction()
    return {
        "name": child.name,
        "description": child.description,
        "role": child.getRoleName(),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "selected": states.contains(pyatspi.STATE_SELECTED),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "rect": [ext.x, ext.y, ext.width, ext.height],
        "actions": [action.getName(i) for i in range(action.nActions)],
    }


def press(node, action_name: str = "Press") -> None:  # type: ignore[no-untyped-def]
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == action_name:
            action.doAction(i)
            return
    raise RuntimeError(f"{node.name!r} has no {action_name} action")


def run(args: argparse.Namespace) -> dict[str, object]:
    report: dict[str, object] = {}
    display = os.environ.get("DISPLAY", "")
    probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, timeout=10)
    if probe.returncode != 0:
        raise RuntimeError(f"the X display {display!r} does not answer")
    recorder = Recorder()
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(recorder, kind)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    started = time.monotonic()
    app_proc = subprocess.Popen(args.command, env=env, stdout=sys.stderr, stderr=sys.stderr)
    try:
        app = wait_for("bodymap on the accessibility bus", lambda: find_app("bodymap"), 40)
        body = wait_for(
            "the body map's accessible children",
            lambda: (b := find(app, lambda n: n.name == "Body map")) and b.childCount and b,
            30,
        )
        report["found_after_s"] = round(time.monotonic() - started, 1)
        report["body_role"] = body.getRoleName()
        report["first"] = [describe(c) for c in children(body)]

        # Peel both sides to the deepest layer through the Layers panel, as a user would.
        layers = find(app, lambda n: n.name == "Layers" and n.getRoleName() == "check box")
        press(layers, "Toggle" if "Toggle" in describe_actions(layers) else "Press")
        slider = wait_for(
            "the Layers panel's depth slider",
            lambda: find(app, lambda n: n.name == "Depth" and n.getRoleName() == "slider"),
        )
        both = find(app, lambda n: n.name == "Peel both sides together")
        both.queryAction().doAction(0)
        pump(0.5)
        slider.queryValue().currentValue = 2.0
        wait_for(
            "the drawing to lose gluteus maximus",
            lambda: not any(c.name.startswith("gluteus maximus") for c in children(body)),
        )
        report["deepest"] = [describe(c) for c in children(body)]

        # Tab-walk the drawing: focus it through AT-SPI, then real key presses on X.
        focus_window()
        body.queryComponent().grabFocus()
        pump(1.0)
        report["focus_before_tabs"] = [
            e["name"]
            for e in recorder.events
            if e["type"] == "object:state-changed:focused" and e["detail1"]
        ]
        marks = []
        for step in range(args.tabs):
            mark = len(recorder.events)
            marks.append(mark)
            subprocess.run(["xdotool", "key", "Tab"], check=True, timeout=10)
            # Wait for this step's focus event however busy the machine is, then a little
            # longer so that a second event for the same step would be caught too.
            wait_for(
                f"a focus event after Tab number {step + 1}",
                lambda mark=mark: any(
                    e["type"] == "object:state-changed:focused" and e["detail1"] == 1
                    for e in recorder.events[mark:]
                ),
            )
            pump(0.4)
        marks.append(len(recorder.events))
        steps = []
        for a, b in itertools.pairwise(marks):
            focused = [
                e["name"]
                for e in recorder.events[a:b]
                if e["type"] == "object:state-changed:focused" and e["detail1"] == 1
            ]
            steps.append(focused)
        report["tab_steps"] = steps

        # Press piriformis on the right and read what the article panel now says.
        target = wait_for(
            "piriformis, right",
            lambda: next(
                (c for c in children(body) if c.name.startswith("piriformis, right")), None
            ),
        )
        before = len(recorder.events)
        press(target)
        article = find(app, lambda n: n.name == "Article" and n.getRoleName() != "filler")
        wait_for(
            "the article to change",
            lambda: "Piriformis" in article.queryText().getText(0, 200),
        )
        pump(1.0)
        after = recorder.events[before:]
        report["after_press"] = [
            {k: e[k] for k in ("type", "name", "role", "data")}
            for e in after
            if e["type"] != "object:children-changed"
        ]
        report["pressed"] = describe(target)
        text = article.queryText()
        report["article_role"] = article.getRoleName()
        report["article_text"] = text.getText(0, text.characterCount)
        # Quit through the File menu, as a keyboard user would: the app must exit cleanly.
        quit_item = find(app, lambda n: n.name == "Quit" and n.getRoleName() == "menu item")
        quit_item.queryAction().doAction(0)
        try:
            report["app_exit"] = app_proc.wait(20)
        except subprocess.TimeoutExpired:
            report["app_exit"] = "still running 20 s after Quit"
    finally:
        if app_proc.poll() is None:
            app_proc.terminate()
            try:
                app_proc.wait(15)
            except subprocess.TimeoutExpired:
                app_proc.kill()
                app_proc.wait()
    return report


def focus_window() -> None:
    """Give the app's window the X input focus (there is no window manager to do it)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "bodymap"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    for wid in found.stdout.split():
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], timeout=10, check=False)


def describe_actions(node) -> list[str]:  # type: ignore[no-untyped-def]
    action = node.queryAction()
    return [action.getName(i) for i in range(action.nActions)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tabs", type=int, default=6)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    try:
        report = run(args)
    except Exception as exc:
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
