"""Kiosk mode through the real window: fullscreen, locked, resets itself, PIN to leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from bodymap.core.idle import Phase
from bodymap.core.ids import Ref
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.pin import hash_pin
from bodymap.ui.kiosk.pin_pad import CORNER_PX
from tests.kiosk_support import make_kiosk, tap_scene, tap_window

PIN = "2468"


@pytest.fixture
def kiosk(qtbot, mini):
    """A kiosk on the synthetic atlas with short, test-friendly timings."""
    config = KioskConfig(
        idle_seconds=0.6,
        countdown_seconds=1,
        attract_step_seconds=0.3,
        pin_hash=hash_pin(PIN, iterations=1000),
        long_press_seconds=0.3,
    )
    return make_kiosk(qtbot, mini, config)


def start_visit(qtbot, window, mode):
    """Dismiss the welcome with one tap in the middle of the canvas."""
    canvas = window.canvas
    tap_window(qtbot, window, canvas.mapTo(window, canvas.rect().center()))
    qtbot.waitUntil(lambda: not mode.attract.running)


def test_starts_fullscreen_frameless_on_top(kiosk):
    """The kiosk window is fullscreen, frameless and stays on top, with no menu bar shown."""
    window, _mode = kiosk
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not window.menuBar().isVisible()


def test_every_way_of_closing_is_refused(qtbot, kiosk):
    """close(), Alt+F4, Esc, Ctrl+Q and Ctrl+W all leave the window open."""
    window, mode = kiosk
    assert not window.close()
    for key, mods in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(window.view, key, mods)
        QApplication.processEvents()
        assert window.isVisible(), key
    assert mode.lockdown.refused >= 5
    assert window.isVisible() and window.isFullScreen()
    assert not window.act_quit.isEnabled()


def test_first_touch_starts_without_selecting(qtbot, kiosk):
    """The welcome loop runs; the first tap on a muscle only starts, the second selects."""
    window, mode = kiosk
    assert mode.attract.running and mode.idle.phase is Phase.WELCOME
    qtbot.waitUntil(lambda: mode.attract.index >= 1)  # the loop moves on by itself
    tap_scene(qtbot, window, 130, 66)
    assert not mode.attract.running
    assert window.store.state.selection is None
    tap_scene(qtbot, window, 130, 66)
    assert window.store.state.selection == Ref("piriformis", "right")


def test_idle_reset_shows_countdown_and_wipes_visitor(qtbot, kiosk):
    """After the idle time a countdown shows, then selection, strokes, zoom and text are gone."""
    from bodymap.core import state as ops
    from bodymap.core.state import Stroke

    window, mode = kiosk
    start_visit(qtbot, window, mode)
    tap_scene(qtbot, window, 130, 66)
    window.store.update(ops.add_stroke, Stroke(((10.0, 10.0), (20.0, 20.0))))
    window.view.zoom_by(3.0)
    assert window.store.state.selection is not None
    qtbot.waitUntil(lambda: mode.idle.overlay.isVisible(), timeout=5000)
    assert "Starting again in" in mode.idle.overlay.number.text()
    qtbot.waitUntil(lambda: mode.resets == 1, timeout=5000)
    assert not mode.idle.overlay.isVisible()
    assert mode.attract.running and mode.idle.phase is Phase.WELCOME
    start_visit(qtbot, window, mode)
    state = window.store.state
    assert state.selection is None and state.strokes == () and state.mode == "explore"
    assert abs(window.view.zoom - 1.0) < 1e-6


def test_touch_during_countdown_stays(qtbot, kiosk):
    """A touch on the countdown cancels it and selects nothing beneath."""
    window, mode = kiosk
    start_visit(qtbot, window, mode)
    tap_scene(qtbot, window, 130, 66)
    qtbot.waitUntil(lambda: mode.idle.overlay.isVisible(), timeout=5000)
    tap_window(
        qtbot, window, window.view.mapTo(window, window.view.mapFromScene(QPointF(-150, 200)))
    )
    assert not mode.idle.overlay.isVisible()
    assert mode.idle.phase is Phase.ACTIVE
    assert window.store.state.selection == Ref("piriformis", "right")


def test_start_again_button_wipes(qtbot, kiosk):
    """The always-visible Start again button clears the visitor's selection and zoom."""
    window, mode = kiosk
    start_visit(qtbot, window, mode)
    tap_scene(qtbot, window, 130, 66)
    window.view.zoom_by(2.0)
    assert mode.bar.start_again.isVisible() and mode.bar.start_again.height() >= 48
    qtbot.mouseClick(mode.bar.start_again, Qt.MouseButton.LeftButton)
    assert window.store.state.selection is None and abs(window.view.zoom - 1.0) < 1e-6


def _visible_popups() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, QDialog | QMenu)
    ]


def test_no_context_menu_or_dialog_can_open(qtbot, kiosk):
    """Context-menu events open nothing; every action and a stray dialog show nothing."""
    window, mode = kiosk
    start_visit(qtbot, window, mode)
    for widget in (window.view.viewport(), window.article.browser.viewport(), window, mode.bar):
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(20, 20), widget.mapToGlobal(QPoint(20, 20))
        )
        QApplication.sendEvent(widget, event)
        QApplication.processEvents()
        assert not _visible_popups()
    for widget in (window.view.viewport(), window.article.browser.viewport(), window):
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    for action in window.findChildren(QAction):
        action.trigger()
        QApplication.processEvents()
        assert not _visible_popups(), action.text()
    assert window.isVisible()
    for dialog in (
        QMessageBox(QMessageBox.Icon.Information, "x", "y", parent=window),
        QFileDialog(window),
    ):
        dialog.show()
        QApplication.processEvents()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert window.article.external_links_allowed is False
    assert window.view.hover_enabled is False


def test_pin_pad_wrong_pins_are_limited_and_right_pin_quits(qtbot, kiosk):
    """A long press in the corner opens the pad; wrong PINs lock it; the right PIN quits."""
    window, mode = kiosk
    start_visit(qtbot, window, mode)
    corner = QPoint(window.width() - CORNER_PX // 2, CORNER_PX // 2)
    target = window.childAt(corner)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, corner))
    qtbot.waitUntil(lambda: mode.pad.isVisible(), timeout=3000)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, corner))
    pad = mode.pad

    def enter(pin: str) -> None:
        for digit in (*pin, "OK"):
            qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)

    for _ in range(3):
        enter("1357")
    assert "Try again in 30 s" in pad.message.text()
    assert not pad.keys["5"].isEnabled()
    assert pad.isVisible() and not getattr(mode, "quit_called", False)
    pad.gate._locked_until = 0.0  # the wait itself is tested with a fake clock in test_pin
    pad._refresh()
    enter(PIN)
    assert getattr(mode, "quit_called", False)
    assert mode.lockdown.released


def test_visitor_input_is_not_written_to_disk(qtbot, kiosk, tmp_path):
    """QSettings in kiosk mode point at a throwaway folder, not the user's config."""
    from PySide6.QtCore import QSettings

    _window, mode = kiosk
    settings = QSettings()
    settings.setValue("visitor/probe", "x")
    settings.sync()
    assert settings.fileName().startswith(mode.settings_dir)


def test_big_type_and_touch_targets(kiosk):
    """Article text is 20 pt or more and every kiosk button is at least 48 px high."""
    window, mode = kiosk
    assert window.article.browser.font().pointSizeF() >= 20
    for button in mode.bar.buttons.values():
        assert button.height() >= 48, button.text()
    for key in mode.pad.keys.values():
        assert key.minimumSizeHint().height() >= 48 or key.sizeHint().height() >= 48
    assert window.view.click_tolerance_px >= 20


def test_pointer_move_does_not_drop_the_welcome(qtbot, kiosk):
    """A bare pointer move (as a finger lands) keeps the welcome up to swallow the press."""
    window, mode = kiosk
    pos = window.view.viewport().mapTo(window, window.view.mapFromScene(QPointF(130, 66)))
    qtbot.mouseMove(window, pos)
    QApplication.processEvents()
    assert mode.attract.running
    tap_scene(qtbot, window, 130, 66)
    assert window.store.state.selection is None


def test_second_kiosk_says_so_and_exits(tmp_path, capsys):
    """While one kiosk holds the lock, a second one prints one line and exits with status 1."""
    from bodymap.ui.kiosk.instance_lock import take_kiosk_lock

    first = take_kiosk_lock(tmp_path / "kiosk.lock")
    with pytest.raises(SystemExit) as info:
        take_kiosk_lock(tmp_path / "kiosk.lock")
    assert info.value.code == 1
    assert "already running" in capsys.readouterr().err
    first.unlock()


def test_reset_forgets_drawing_undo_and_quiz_progress(qtbot, kiosk):
    """After Start again, undo cannot bring back a visitor's strokes and no quiz round is left."""
    from bodymap.core import state as ops

    window, mode = kiosk
    start_visit(qtbot, window, mode)
    window.store.update(ops.add_stroke, ops.Stroke(((120.0, 80.0), (140.0, 120.0))))
    assert window.drawing.history.can_undo
    window.student.quiz.start()
    assert window.student.quiz.quiz is not None
    qtbot.mouseClick(mode.bar.start_again, Qt.MouseButton.LeftButton)
    assert window.store.state.strokes == ()
    assert not window.drawing.history.can_undo and not window.drawing.history.can_redo
    assert window.student.quiz.quiz is None and not window.student.quiz.active
    assert window.store.state.mode == "explore" and window.store.state.selection is None


def test_kiosk_article_shows_no_self_care_steps(qtbot, kiosk):
    """A visitor who picks a muscle reads "ask a therapist", never a self-care step or dose."""
    window, mode = kiosk
    start_visit(qtbot, window, mode)
    window.select(Ref("piriformis", "right"))
    text = window.article.browser.toPlainText()
    assert "Piriformis" in text and "Ask a therapist" in text
    care = window.atlas.care.of("piriformis")
    assert care is not None
    for item in care.self_care:
        assert item.how not in text and item.dose not in text and item.title not in text
    assert care.habits[0] not in text and "How long" not in text
    # The therapist's app shows the steps for the same muscle.
    assert window.care_steps is False
