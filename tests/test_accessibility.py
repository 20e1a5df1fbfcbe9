"""The drawing and the windows through Qt's accessibility API, as assistive technology asks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QTabBar, QWidget

from bodymap.core import state as ops
from bodymap.core.accessible_tree import accessible_entries
from bodymap.core.ids import Ref
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.pin import hash_pin
from bodymap.core.state import ViewState
from bodymap.core.traversal import accessible_name, focus_order
from bodymap.ui.student import accessible_map
from bodymap.ui.therapist_files.handout import HandoutDialog, HandoutOptions
from tests.kiosk_support import make_kiosk
from tests.windows import click_scene, make_window

R = QAccessible.Role
NAME = QAccessible.Text.Name
# Roles a user can act on or move into; each needs a name a screen reader can say.
INTERACTIVE = {
    R.Button, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.Slider, R.SpinBox,
    R.Dial, R.PageTab, R.PageTabList, R.List, R.ListItem, R.Table, R.Tree, R.TreeItem,
    R.MenuItem, R.MenuBar, R.PopupMenu, R.ScrollBar, R.Grip, R.ButtonMenu, R.ButtonDropDown,
    R.Link, R.Canvas, R.ToolBar, R.Window, R.Dialog, R.Splitter,
}  # fmt: skip
DATA = Path(__file__).parent / "data" / "sessions"


class Events:
    """Every event our accessibility code hands to Qt, by kind."""

    def __init__(self) -> None:
        self.seen: list[tuple[QAccessible.Event, str]] = []

    def __call__(self, event: QAccessibleEvent) -> None:
        iface = event.accessibleInterface()
        if event.type() == QAccessible.Event.Announcement:
            text = event.message()  # type: ignore[attr-defined]
        else:
            text = iface.text(NAME) if iface is not None else ""
        self.seen.append((event.type(), text))
        QAccessible.updateAccessibility(event)

    def of(self, kind: QAccessible.Event) -> list[str]:
        return [text for k, text in self.seen if k == kind]


@pytest.fixture
def events(monkeypatch) -> Events:
    spy = Events()
    monkeypatch.setattr(accessible_map, "notify", spy)
    monkeypatch.setattr(accessible_map, "_listening", lambda: True)  # as a reader would be
    return spy


@pytest.fixture
def window(qtbot, atlas):
    return make_window(qtbot, atlas)


def body(window):
    return QAccessible.queryAccessibleInterface(window.view)


def children(window):
    iface = body(window)
    return [iface.child(i) for i in range(iface.childCount())]


def expected(window):
    return accessible_entries(window.atlas, window.store.state, window.scene.look)


# --- the drawing's children ------------------------------------------------------------------
def test_body_map_children_are_the_structures_drawn_with_names_roles_states(window):
    """One child per structure drawn, in order, each a named, focusable push button."""
    iface = body(window)
    assert iface.role() == R.Canvas and iface.text(NAME) == "Body map"
    entries = expected(window)
    kids = children(window)
    assert iface.childCount() == len(entries) > 20
    assert [c.text(NAME) for c in kids] == [e.name for e in entries]
    assert "piriformis, right, muscle, deep layer" in [e.name for e in entries]
    for i, (child, entry) in enumerate(zip(kids, entries, strict=True)):
        assert child.role() == R.Button
        assert child.text(QAccessible.Text.Description) == entry.description
        assert child.parent() is iface and iface.indexOfChild(child) == i
        assert iface.child(i) is child  # one interface per structure, kept alive
        state = child.state()
        assert state.focusable and state.selectable
        assert not state.invisible and not state.selected and not state.focused
        assert child.actionInterface().actionNames()[0] == "Press"


def test_child_rectangle_is_the_structure_on_screen(window):
    """Each child's rectangle is its drawn box mapped to screen pixels, and picks back to it."""
    view = window.view
    origin = view.viewport().mapToGlobal(QPoint(0, 0))
    for child, entry in zip(children(window), expected(window), strict=True):
        x0, y0, x1, y1 = entry.box
        local = view.mapFromScene(QRectF(x0, y0, x1 - x0, y1 - y0)).boundingRect()
        assert child.rect() == local.translated(origin)
        assert child.rect().width() > 0 and child.rect().height() > 0
    # A point inside piriformis on screen finds piriformis, as a click there would.
    piri = next(c for c in children(window) if c.text(NAME).startswith("piriformis, right"))
    look = window.scene.look
    from bodymap.core.traversal import anchor

    ax, ay = anchor(window.atlas, look, Ref("piriformis", "right"))
    point = view.viewport().mapToGlobal(view.mapFromScene(ax, ay))
    assert body(window).childAt(point.x(), point.y()) is piri


def test_pressing_a_child_selects_it_exactly_as_a_click_does(qtbot, window, events):
    """Press on piriformis selects it like a click, and it then says it is selected."""
    piri = next(c for c in children(window) if c.text(NAME).startswith("piriformis, right"))
    piri.actionInterface().doAction("Press")
    pressed = window.store.state
    assert pressed.selection == Ref("piriformis", "right")
    assert piri.state().selected
    assert "Piriformis" in window.article.plain_text()
    window.clear_selection()
    look = window.scene.look
    from bodymap.core.traversal import anchor

    click_scene(qtbot, window, *anchor(window.atlas, look, Ref("piriformis", "right")))
    assert window.store.state == pressed


def test_children_follow_depth_swap_and_layers(window, atlas):
    """Peeling, swapping and hiding a layer change the children; a peeled one says invisible."""
    gmax = next(c for c in children(window) if c.text(NAME).startswith("gluteus maximus, left"))
    window.flip_sides()
    assert [c.text(NAME) for c in children(window)] == [e.name for e in expected(window)]
    assert any(c.text(NAME).startswith("gluteus maximus, right") for c in children(window))
    assert gmax.state().invisible and gmax not in children(window)
    window.set_depth("left", 2)
    window.set_depth("right", 2)
    names = [c.text(NAME) for c in children(window)]
    assert not any(n.startswith("gluteus maximus") for n in names)
    assert "gluteus minimus, left, muscle, deep layer" in names
    window.store.update(ops.toggle_layer, atlas, "nerves", False)
    assert not any(", nerve" in c.text(NAME) for c in children(window))
    assert body(window).childCount() == len(expected(window))


def test_structures_that_appear_or_go_are_reported(window, events):
    """A swap sends one created or destroyed event per structure that appears or goes."""
    before = {e.name for e in expected(window)}
    window.flip_sides()
    after = {e.name for e in expected(window)}
    assert sorted(events.of(QAccessible.Event.ObjectCreated)) == sorted(after - before)
    assert sorted(events.of(QAccessible.Event.ObjectDestroyed)) == sorted(before - after)


# --- announcements and focus --------------------------------------------------------------
def test_every_way_of_selecting_announces_once(qtbot, window, events):
    """Click, keyboard, search and Press each give exactly one announcement; reselecting none."""
    piri = Ref("piriformis", "right")
    from bodymap.core.traversal import anchor

    click_scene(qtbot, window, *anchor(window.atlas, window.scene.look, piri))
    click_scene(qtbot, window, *anchor(window.atlas, window.scene.look, piri))
    assert events.of(QAccessible.Event.Announcement) == [
        f"Selected: {accessible_name(window.atlas, piri)}. The article beside the drawing "
        "explains it."
    ]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    first = window.student.keyboard.focus
    assert window.store.state.selection == first
    search = window.search
    search.setText("semitend")
    search.on_edited("semitend")
    search.on_return()
    assert window.store.state.selection.id == "semitendinosus"
    kids = children(window)
    kids[-1].actionInterface().doAction("Press")
    said = events.of(QAccessible.Event.Announcement)
    assert len(said) == 4, said
    assert said[1].startswith(f"Selected: {accessible_name(window.atlas, first)}")
    assert said[2].startswith("Selected: semitendinosus")
    assert said[3].startswith(f"Selected: {kids[-1].text(NAME)}")


def test_each_tab_step_sends_one_focus_event_and_no_name_changes(qtbot, window, events):
    """Tab-walking sends one focus event per step, on that structure's child, nothing else."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    order = focus_order(window.atlas, window.scene.look)
    for step in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        QApplication.processEvents()
        assert events.of(QAccessible.Event.Focus) == [
            accessible_name(window.atlas, r) for r in order[: step + 1]
        ]
        focused = body(window).focusChild()
        assert focused is not None and focused.state().focused
        assert focused.text(NAME) == accessible_name(window.atlas, order[step])
    assert window.view.accessibleName() == "Body map"
    assert [k for k, _ in events.seen if k != QAccessible.Event.Focus] == []


def test_many_queries_and_windows_do_not_crash_or_drain_none(qtbot, atlas):
    """Thousands of queries, presses and window teardowns keep the interpreter whole."""
    before = sys.getrefcount(None)
    for _ in range(3):
        w = make_window(qtbot, atlas, ViewState(depth=(1, 2)))
        iface = body(w)
        for n in range(3000):
            child = iface.child(n % iface.childCount())
            child.text(NAME), child.state(), child.rect(), child.role()
            child.actionInterface().actionNames()
        iface.child(3).actionInterface().doAction("Press")
        w.close()
        w.deleteLater()
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
    assert before - sys.getrefcount(None) < 1000


# --- every window names everything ---------------------------------------------------------
def unnamed(root: QWidget) -> list[str]:
    """Interactive accessible objects under ``root`` with no name and no label relation."""
    found: list[str] = []

    def walk(iface, path: str) -> None:
        if iface is None or not iface.isValid():
            return
        role = iface.role()
        name = iface.text(NAME).strip()
        if not name:
            labels = iface.relations(QAccessible.RelationFlag.Labelled)
            name = " ".join(i.text(NAME) for i, _ in labels).strip()
        obj = iface.object()
        where = f"{path}/{role.name}"
        if obj is not None:
            where += f"[{type(obj).__name__} {obj.objectName()}]".replace(" ]", "]")
        # Qt keeps spare tab bars in a pool; one with no tabs has nothing to act on, and
        # Qt names a tab bar after its current tab, so an empty one is always nameless.
        spare_tab_bar = isinstance(obj, QTabBar) and obj.count() == 0
        if role in INTERACTIVE and not name and not spare_tab_bar:
            found.append(where)
        if role == R.Canvas:
            return  # the body map's children are checked above
        for i in range(iface.childCount()):
            walk(iface.child(i), where)

    walk(QAccessible.queryAccessibleInterface(root), "")
    return found


def test_main_window_with_every_dock_open_names_everything(qtbot, window):
    """Main window, all docks open, every toolbar shown: no unnamed interactive object."""
    assert window.student.quiz is not None  # the docks built on first use exist now too
    assert window.candidates is not None
    for dock in window.findChildren(QDockWidget):
        dock.show()
    for toolbar in window.findChildren(QWidget):
        if toolbar.objectName() == "painToolbar":
            toolbar.show()
    QApplication.processEvents()
    assert unnamed(window) == []
    handle = window.splitter.handle(1).accessibleName()
    assert handle.startswith("Divider between drawing and text panel")


def test_kiosk_and_pin_pad_name_everything(qtbot, mini):
    """The kiosk layout, and its staff PIN pad open, have no unnamed interactive object."""
    config = KioskConfig(pin_hash=hash_pin("2468", iterations=1000))
    window, mode = make_kiosk(qtbot, mini, config)
    assert unnamed(window) == []
    mode.pad.open_pad()
    QApplication.processEvents()
    assert unnamed(window) == []


def test_dialogs_name_everything(qtbot, mini, atlas, monkeypatch):
    """The handout, progress, quick-guide and shortcuts dialogs, focused, name everything."""
    window = make_window(qtbot, mini)
    handout = HandoutDialog(window, "Export handout", HandoutOptions("", "", "A4"), "Choose file…")
    qtbot.addWidget(handout)
    handout.show()
    handout.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is handout.windowHandle())
    assert unnamed(handout) == []
    files = sorted((DATA / "progress").glob("*.bodymap"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], "")
    )
    progress = window.progress.choose()
    assert progress is not None
    progress.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is progress.windowHandle())
    assert unnamed(progress) == []
    progress.close()
    from bodymap.ui.guide.quick_guide import QuickGuide
    from bodymap.ui.guide.shortcuts import ShortcutsDialog

    real = make_window(qtbot, atlas)  # the guide's pictures are drawn from the real map
    for dialog in (QuickGuide(real), ShortcutsDialog(real)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWindow() is d.windowHandle())
        assert unnamed(dialog) == [], dialog.windowTitle()
        dialog.close()


def test_hovering_does_not_rebuild_the_children(window, monkeypatch):
    """Pointer moves change only the hover: the children are not recomputed for them."""
    monkeypatch.setattr(accessible_map, "_listening", lambda: True)
    body(window).childCount()  # a reader has read the drawing once
    calls = []
    real = accessible_map.accessible_entries
    monkeypatch.setattr(
        accessible_map, "accessible_entries", lambda *a: calls.append(1) or real(*a)
    )
    for ref in (Ref("piriformis", "right"), Ref("soleus", "left"), None):
        window.on_hovered(ref)
        body(window).childCount()
    assert calls == []
    window.select(Ref("piriformis", "right"))
    body(window).childCount()
    assert calls == [1]


def test_clients_window_and_client_dialog_name_everything(qtbot, atlas, tmp_path, monkeypatch):
    """The Clients window (with a client chosen) and the new-client dialog name everything."""
    from bodymap.core import library as lib
    from bodymap.ui.therapist_files.clients_window import ClientDialog
    from bodymap.ui.therapist_files.library_actions import ENV_PATH

    path = tmp_path / "share" / "bodymap" / lib.FILE_NAME
    monkeypatch.setenv(ENV_PATH, str(path))
    with lib.open_library(path) as library:
        ana = library.add_client("Ana Ruiz", "1980-05-02")
        library.add_session(ana.id, lib_session())
    window = make_window(qtbot, atlas)
    try:
        clients = window.library.show_clients()
        assert clients is not None
        clients.clients.setCurrentRow(0)
        clients.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWindow() is clients.windowHandle())
        assert unnamed(clients) == []
        dialog = ClientDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
        assert unnamed(dialog) == []
    finally:
        window.library._close()


def lib_session():
    from bodymap.core.session_file import Session
    from bodymap.core.state import Stroke

    stroke = Stroke(points=((420.0, 880.0), (430.0, 990.0)), intensity=6, width=30.0)
    return Session(date="2026-11-03", strokes=(stroke,), notes="first visit")


PROBE = """
import sys
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bodymap.resources import load_atlas
from bodymap.ui.main_window import MainWindow
atlas = load_atlas()
before = sys.getrefcount(None)
kept = None
for round_ in range(4):
    w = MainWindow(atlas)
    w.show()
    app.processEvents()
    iface = QAccessible.queryAccessibleInterface(w.view)
    for n in range(6000):
        c = iface.child(n % iface.childCount())
        c.text(QAccessible.Text.Name); c.state(); c.rect(); c.parent()
        c.actionInterface().actionNames()
    iface.child(round_).actionInterface().doAction("Press")
    w.flip_sides()
    if round_ == 3:
        kept = w  # the last window lives until the interpreter exits
        break
    w.close()
    w.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
from bodymap.ui.student import accessible_map
print("maps", len(accessible_map._MAPS), flush=True)
print("none", before - sys.getrefcount(None), flush=True)
print("survived", flush=True)
"""


def test_tens_of_thousands_of_calls_and_exit_with_live_children_do_not_crash(tmp_path):
    """In a fresh interpreter: 120,000 calls on children, window teardowns, then a clean exit."""
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parent.parent,
    )
    assert proc.returncode == 0, f"status {proc.returncode}\n{proc.stdout}\n{proc.stderr[-2000:]}"
    assert "survived" in proc.stdout
    assert "maps 1" in proc.stdout, proc.stdout  # the three closed windows let go of theirs
    drained = int(proc.stdout.split("none ")[1].split()[0])
    assert drained < 1000, f"{drained} references to None lost"


def test_without_a_reader_a_selection_works_out_no_children(window, monkeypatch):
    """With no assistive technology listening, selecting and peeling compute no accessible
    children (a few ms per click); the first reader that asks gets them fresh."""
    monkeypatch.setattr(accessible_map, "_listening", lambda: False)
    calls = []
    real = accessible_map.accessible_entries
    monkeypatch.setattr(
        accessible_map, "accessible_entries", lambda *a: calls.append(1) or real(*a)
    )
    window.select(Ref("piriformis", "right"))
    window.flip_sides()
    assert calls == []
    assert body(window).childCount() > 0
    assert calls == [1]
