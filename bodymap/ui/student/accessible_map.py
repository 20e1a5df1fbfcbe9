"""The drawing as a screen reader walks it: every structure drawn now is an accessible child.

Qt knows the body map only as one widget. ``install(window)`` gives it an accessible
interface (through ``QAccessible.installFactory``) whose children are the structures in
``core.accessible_tree.accessible_entries``: each a push button with a spoken name
("piriformis, right, muscle, deep layer"), its one-line summary as description, its
rectangle on screen, focus and selection states, and a Press action that does what a click
does. The children follow the depth, the side swap and the layers; a structure peeled away
keeps its interface (Qt caches interfaces by id) but says it is invisible.

Lifetime: Qt's accessibility cache keeps raw pointers to these interfaces, so Python must
keep every one alive for as long as Qt may use it. Each child is created once per structure
and side, registered with Qt, held by its ``AccessibleMap``, and deleted through Qt (never
by Python's garbage collector) when the view goes away. The view's interface is owned by
Qt's cache, which deletes it with the view; ``_LIVE`` only stops Python from freeing it first.
"""

from __future__ import annotations

import atexit
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from bodymap.core.accessible_tree import (
    AccessibleEntry,
    accessible_entries,
    is_selected,
    selection_announcement,
)
from bodymap.core.i18n import translate
from bodymap.core.ids import Ref
from bodymap.core.look import derive_look
from bodymap.core.state import ViewState
from bodymap.core.traversal import accessible_description, accessible_name
from bodymap.ui.view import BodyView

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.student.keyboard import KeyboardNavigator

PRESS = QAccessibleActionInterface.pressAction()
SET_FOCUS = QAccessibleActionInterface.setFocusAction()


def notify(event: QAccessibleEvent) -> None:
    """Hand one event to assistive technology (tests replace this to count events)."""
    QAccessible.updateAccessibility(event)


class StructureAccessible(QAccessibleInterface, QAccessibleActionInterface):
    """One structure on one side, as a push button inside the body map."""

    def __init__(self, owner: AccessibleMap, ref: Ref) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        self.owner = owner
        self.ref = ref
        # The C++ address of this object seen as an action interface: Qt asks for it
        # through interface_cast, and shiboken keeps one C++ object per base class.
        self._action_ptr = shiboken6.getCppPointer(self)[1]

    # --- QAccessibleInterface -------------------------------------------------------------
    def isValid(self) -> bool:
        return self.owner.alive()

    def object(self) -> QObject | None:
        return None  # no QObject of its own: Qt must not map the view to this child

    def window(self):  # type: ignore[no-untyped-def]
        view = self.owner.view
        return view.window().windowHandle() if self.owner.alive() else None

    def relations(self, match=QAccessible.RelationFlag.AllRelations):  # type: ignore[no-untyped-def]
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return self.owner.view_interface()

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.owner.name(self.ref)
        if kind == QAccessible.Text.Description:
            return self.owner.description(self.ref)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # the names come from the content files

    def rect(self) -> QRect:
        return self.owner.screen_rect(self.ref)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        return self.owner.state(self.ref)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        # Qt reads the return as a raw pointer: an int or None here crashes the process.
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(self._action_ptr)
        return shiboken6.VoidPtr(0)

    # --- QAccessibleActionInterface -------------------------------------------------------
    def actionNames(self) -> list[str]:
        return [PRESS, SET_FOCUS]

    def localizedActionDescription(self, name: str) -> str:
        if name == PRESS:
            return translate("AccessibleMap", "Select this structure and show its article")
        if name == SET_FOCUS:
            return translate("AccessibleMap", "Ring this structure on the drawing")
        return ""

    def doAction(self, name: str) -> None:
        if name == PRESS:
            self.owner.press(self.ref)
        elif name == SET_FOCUS:
            self.owner.focus(self.ref)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Return"] if name == PRESS else []


class BodyViewAccessible(QAccessibleWidget):
    """The body map itself: a canvas whose children are the structures drawn now."""

    def __init__(self, view: BodyView) -> None:
        super().__init__(view, QAccessible.Role.Canvas)
        self.body_view = view

    def _map(self) -> AccessibleMap | None:
        owner = getattr(self.body_view, "accessible_map", None)
        return owner if isinstance(owner, AccessibleMap) and owner.alive() else None

    def childCount(self) -> int:
        owner = self._map()
        return len(owner.entries()) if owner else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        owner = self._map()
        if owner is None:
            return None
        entries = owner.entries()
        return owner.child_for(entries[index].ref) if 0 <= index < len(entries) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        owner = self._map()
        if owner is None or not isinstance(child, StructureAccessible):
            return -1
        refs = [e.ref for e in owner.entries()]
        return refs.index(child.ref) if child.ref in refs else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        owner = self._map()
        return owner.child_at(QPoint(x, y)) if owner else None

    def focusChild(self) -> QAccessibleInterface | None:
        owner = self._map()
        ref = owner.focused_ref() if owner else None
        return owner.child_for(ref) if owner and ref is not None else None


_LIVE: list[BodyViewAccessible] = []
_MAPS: set[AccessibleMap] = set()  # each until its view is destroyed (see the module docstring)
_FACTORY_INSTALLED = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's hook: the body map gets our interface, every other object Qt's own."""
    if not isinstance(obj, BodyView):
        return None
    # Interfaces Qt has deleted (their view is gone) are invalid now: let Python drop them.
    _LIVE[:] = [i for i in _LIVE if shiboken6.isValid(i)]
    iface = BodyViewAccessible(obj)
    _LIVE.append(iface)
    return iface


def install_factory() -> None:
    """Register the factory once per process (Qt keeps every factory it is given)."""
    global _FACTORY_INSTALLED
    if not _FACTORY_INSTALLED:
        QAccessible.installFactory(_factory)
        # At exit, take the children out of Qt's cache before Python frees them.
        atexit.register(lambda: [m._forget() for m in list(_MAPS)])
        _FACTORY_INSTALLED = True


def _listening() -> bool:
    """Whether assistive technology is reading the app (tests stand in for one)."""
    return QAccessible.isActive()


class AccessibleMap:
    """The accessible children of one window's body map, and the events they send."""

    def __init__(self, window: MainWindow, keyboard: KeyboardNavigator) -> None:
        self.window = window
        self.view = window.view
        self.atlas = window.atlas
        self.keyboard = keyboard
        self.children: dict[Ref, StructureAccessible] = {}
        self.ids: dict[Ref, int] = {}
        self._cache_key: tuple[object, ...] | None = None
        self._entries: list[AccessibleEntry] = []
        self._by_ref: dict[Ref, AccessibleEntry] = {}
        self._focus_pending = False
        self._alive = True
        self.view.accessible_map = self  # type: ignore[attr-defined]
        _MAPS.add(self)
        self.view.destroyed.connect(self._forget)
        keyboard.focus_moved.connect(self._on_focus_moved)
        window.store.state_changed.connect(self._on_state_changed)
        if _listening():
            self.entries()  # what a reader may already know, so changes to it can be reported

    # --- what the children say ------------------------------------------------------------
    def alive(self) -> bool:
        """False once the view is gone (its children must not be asked anything)."""
        return self._alive and shiboken6.isValid(self.view)

    def entries(self) -> list[AccessibleEntry]:
        """The structures drawn now, in reading order.

        Recomputed only when something they depend on moved (selection, depth, layers, what
        is drawn): a hover changes the look on every pointer move and must stay cheap.
        """
        state, look = self.window.store.state, self.window.scene.look
        if look is None:
            return []
        key = (state.selection, state.depth, state.layers, look.visible)
        if key != self._cache_key:
            self._entries = accessible_entries(self.atlas, state, look)
            self._by_ref = {e.ref: e for e in self._entries}
            self._cache_key = key
        return self._entries

    def entry(self, ref: Ref) -> AccessibleEntry | None:
        """The entry of a structure drawn now (None when it is hidden)."""
        self.entries()
        return self._by_ref.get(ref)

    def name(self, ref: Ref) -> str:
        """The spoken name."""
        return accessible_name(self.atlas, ref)

    def description(self, ref: Ref) -> str:
        """The one-line summary (and, for a nerve, whether it lies beneath muscle here)."""
        entry = self.entry(ref)
        if entry is not None:
            return entry.description
        return accessible_description(self.atlas, None, ref, keyboard_hint=False)

    def screen_rect(self, ref: Ref) -> QRect:
        """The structure's box on screen (empty when it is not drawn)."""
        entry = self.entry(ref)
        if entry is None or not self.alive():
            return QRect()
        x0, y0, x1, y1 = entry.box
        local = self.view.mapFromScene(QRectF(x0, y0, x1 - x0, y1 - y0)).boundingRect()
        viewport = self.view.viewport()
        return local.translated(viewport.mapToGlobal(QPoint(0, 0)))

    def focused_ref(self) -> Ref | None:
        """The structure the keyboard ring is on, while the drawing has the focus."""
        ref = self.keyboard.focus
        if ref is None or not self.alive() or not self.view.hasFocus():
            return None
        return ref if self.entry(ref) is not None else None

    def state(self, ref: Ref) -> QAccessible.State:
        """Focusable, focused, selectable, selected, invisible and offscreen, as they are now."""
        s = QAccessible.State()
        entry = self.entry(ref)
        if entry is None or not self.alive():
            s.invisible = True
            return s
        s.focusable = True
        s.selectable = True
        s.focused = self.focused_ref() == ref
        s.selected = is_selected(self.window.store.state, ref)
        viewport = self.view.viewport()
        shown = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not viewport.isVisible():
            s.invisible = True
        elif not shown.intersects(self.screen_rect(ref)):
            s.offscreen = True
        return s

    # --- children -------------------------------------------------------------------------
    def child_for(self, ref: Ref) -> StructureAccessible:
        """The one interface of a structure on a side, created and registered on first use."""
        iface = self.children.get(ref)
        if iface is None:
            iface = StructureAccessible(self, ref)
            self.children[ref] = iface
            self.ids[ref] = QAccessible.registerAccessibleInterface(iface)
        return iface

    def child_at(self, global_pos: QPoint) -> StructureAccessible | None:
        """The structure under a point of the screen, picked as a click would pick it."""
        if not self.alive():
            return None
        ref = self.view.ref_at(self.view.viewport().mapFromGlobal(global_pos))
        return self.child_for(ref) if ref is not None and self.entry(ref) else None

    def view_interface(self) -> QAccessibleInterface | None:
        """The body map's own interface (Qt's cached one)."""
        return QAccessible.queryAccessibleInterface(self.view) if self.alive() else None

    # --- actions --------------------------------------------------------------------------
    def press(self, ref: Ref) -> None:
        """Do what a click on the structure does (select it; in the quiz, answer with it)."""
        if self.alive() and self.entry(ref) is not None:
            self.keyboard.activate(ref)

    def focus(self, ref: Ref) -> None:
        """Give the drawing the keyboard focus and ring the structure."""
        if self.alive() and self.entry(ref) is not None:
            self.view.setFocus()
            self.keyboard.set_focus(ref)

    # --- events ---------------------------------------------------------------------------
    def _on_focus_moved(self, ref: object) -> None:
        # Qt announces the view itself only after its focus-in handlers ran, so the child's
        # focus goes out one turn of the event loop later: the reader ends on the structure.
        if ref is None or self._focus_pending:
            return
        self._focus_pending = True
        QTimer.singleShot(0, self._send_focus)

    def _send_focus(self) -> None:
        self._focus_pending = False
        ref = self.focused_ref()
        if ref is not None:
            notify(QAccessibleEvent(self.child_for(ref), QAccessible.Event.Focus))

    def _on_state_changed(self, old: ViewState, new: ViewState) -> None:
        if not self.alive():
            return
        if not _listening():
            # No assistive technology is listening: nothing to tell, and the entries (a few
            # ms on each selection) are worked out when one first asks.
            self._cache_key = None
            return
        if self._cache_key is not None:
            before = {e.ref for e in self._entries}
        else:  # a reader that arrived since the last change: what the drawing showed then
            before = {
                e.ref for e in accessible_entries(self.atlas, old, derive_look(self.atlas, old))
            }
        now = [e.ref for e in self.entries()]
        if before is not None:
            # One event per structure that appeared or went (Qt's ObjectReorder sends a
            # malformed children-changed signal over AT-SPI, so it is not used).
            for ref in now:
                if ref not in before:
                    notify(QAccessibleEvent(self.child_for(ref), QAccessible.Event.ObjectCreated))
            for ref in before - set(now):
                notify(QAccessibleEvent(self.child_for(ref), QAccessible.Event.ObjectDestroyed))
        text = selection_announcement(self.atlas, old, new)
        if text is not None:
            event = QAccessibleAnnouncementEvent(self.view, text)
            notify(event)

    def _forget(self) -> None:
        """The view is being destroyed: take every child out of Qt's cache, then drop it."""
        self._alive = False
        for ident in self.ids.values():
            QAccessible.deleteAccessibleInterface(ident)
        self.ids.clear()
        self.children.clear()
        _MAPS.discard(self)


def install(window: MainWindow, keyboard: KeyboardNavigator) -> AccessibleMap:
    """Expose the window's drawing to assistive technology."""
    install_factory()
    return AccessibleMap(window, keyboard)
