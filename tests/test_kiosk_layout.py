"""The kiosk's layout on real screen shapes, the welcome card's place, and the PIN pad's lockout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.pin import hash_pin
from tests.kiosk_support import make_kiosk

PIN = "2468"


def kiosk_at(qtbot, atlas, width: int, height: int, **config):
    """A kiosk on the real drawing, resized to a screen shape and settled."""
    window, mode = make_kiosk(qtbot, atlas, KioskConfig(attract=False, **config))
    window.resize(width, height)
    for _ in range(4):
        QApplication.processEvents()
    mode.refit()
    return window, mode


def in_viewport(window, item) -> QRect:
    """An item's on-screen box in the view's viewport pixels."""
    view = window.view
    return item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()).toRect()


def card_in_viewport(window, mode) -> QRect:
    """The welcome card's rectangle in the view's viewport pixels."""
    card = mode.attract.card
    top_left = window.view.viewport().mapFrom(window, card.mapTo(window, QPoint(0, 0)))
    return QRect(top_left, card.size())


def test_portrait_stacks_the_article_under_the_body_and_clips_no_label(qtbot, atlas):
    """At 1080x1920 every kiosk button shows all its words and the article is below the body."""
    window, mode = kiosk_at(qtbot, atlas, 1080, 1920)
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    canvas, article = window.canvas.geometry(), window.article.geometry()
    assert article.top() >= canvas.bottom(), (canvas, article)
    assert article.width() >= 1000  # the whole width, not a narrow strip
    assert canvas.height() >= 800
    bar = mode.bar
    for name, button in bar.buttons.items():
        words = button.fontMetrics().horizontalAdvance(button.text())
        assert button.isVisible(), name
        assert button.width() >= words + 16, (name, button.text(), button.width(), words)
        right = button.mapTo(bar, QPoint(button.width(), 0)).x()
        assert right <= bar.width(), name
    ext = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    assert not any(b.isVisible() for b in ext)
    # The touch hint moved out of the full bar to a strip above the drawing.
    strip = window.canvas.findChild(QLabel, "kioskHintStrip")
    assert strip.isVisible() and "Touch a muscle" in strip.text()
    assert strip.geometry().bottom() < window.view.geometry().top()
    assert not bar.hint_action.isVisible()


def test_landscape_keeps_the_article_beside_and_kiosk_sized_text(qtbot, atlas):
    """At 1920x1080 the article is beside the body; the legend and hint are 16 pt or more."""
    window, mode = kiosk_at(qtbot, atlas, 1920, 1080)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.article.geometry().left() >= window.canvas.geometry().right()
    assert mode.bar.hint_action.isVisible()
    assert window.legend_place.base_pt >= 16
    assert window.legend.point_size >= 16 * 0.72 - 1e-6  # its smallest step, never desktop 9.5
    hint = mode.bar.findChild(QLabel, "kioskHint")
    assert hint.isVisible() and "16" in mode.bar.styleSheet()


def test_turning_the_screen_relays_the_window(qtbot, atlas):
    """Landscape to portrait and back: the splitter follows the window's shape each time."""
    window, _mode = kiosk_at(qtbot, atlas, 1920, 1080)
    window.resize(1080, 1920)
    QApplication.processEvents()
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert window.splitter.orientation() == Qt.Orientation.Horizontal


@pytest.mark.parametrize("size", ((1920, 1080), (1080, 1920)), ids=("landscape", "portrait"))
def test_welcome_card_clears_the_legs_and_the_side_tags(qtbot, atlas, size):
    """On every whole-body step of the welcome the card is below the feet, LEFT/RIGHT and badges."""
    window, mode = kiosk_at(qtbot, atlas, *size)
    attract = mode.attract
    assert attract.running
    skin = next(s for s in atlas.geometry.shapes.values() if s.cls == "skin")
    steps = 0
    for _ in range(len(attract.steps)):
        attract.next_step()
        QApplication.processEvents()
        if attract.steps[attract.index].zoom > 1.0:
            continue  # the close-up on piriformis leaves the legs out on purpose
        steps += 1
        card = card_in_viewport(window, mode)
        feet = window.view.mapFromScene(skin.box[0], skin.box[3]).y()
        assert feet < card.top(), (feet, card)
        scene = window.scene
        for tag in [*scene.side_tags.values(), *scene.depth_tags.values()]:
            box = in_viewport(window, tag)
            assert box.bottom() < card.top(), (tag.text, box, card)
            assert box.top() >= 0
    assert steps >= 1
    attract.stop()
    assert window.view.sceneRect() == window.scene.sceneRect()  # the welcome's room is undone


def open_pad_and_lock(qtbot, mode) -> None:
    """Open the PIN pad and type three wrong PINs: the pad says to wait 30 s."""
    mode.idle.touched()  # a visitor (or staff) is here
    mode.attract.stop()
    mode.pad.open_pad()
    for _ in range(3):
        for digit in (*"1357", "OK"):
            qtbot.mouseClick(mode.pad.keys[digit], Qt.MouseButton.LeftButton)
    assert "Try again in 30 s" in mode.pad.message.text()


def test_pin_pad_survives_idle_time_during_the_lockout(qtbot, atlas):
    """Idle time and even an idle reset leave a locked-out PIN pad open, on top; later it closes."""
    window, mode = kiosk_at(
        qtbot,
        atlas,
        1280,
        800,
        idle_seconds=0.4,
        countdown_seconds=1,
        pin_hash=hash_pin(PIN, iterations=1000),
    )
    open_pad_and_lock(qtbot, mode)
    qtbot.wait(2200)  # longer than idle + countdown: the waiting staff member keeps it awake
    assert mode.pad.isVisible() and mode.resets == 0
    assert not mode.idle.overlay.isVisible()
    mode.reset_visit()  # a reset for any other reason keeps it too, above the welcome
    assert mode.pad.isVisible()
    top = window.childAt(window.rect().center())
    assert top is mode.pad or mode.pad.isAncestorOf(top), top
    # Once the lockout is over, a pad left open goes at the next idle reset, as before.
    mode.pad.gate._locked_until = 0.0
    mode.idle.touched()
    qtbot.waitUntil(lambda: not mode.pad.isVisible(), timeout=4000)


@pytest.mark.parametrize("size", [(1600, 1000), (1920, 1080), (1366, 768), (1080, 1920)])
def test_the_legend_never_hides_behind_the_welcome_card(qtbot, atlas, size):
    """While the welcome card is up the legend takes a corner the card leaves free (or steps
    aside), and it comes back when a visitor touches the screen and the card goes."""
    window, mode = kiosk_at(qtbot, atlas, *size)
    assert mode.attract.running
    QApplication.processEvents()
    window.canvas.place_legend()
    card = mode.attract.card
    card_rect = QRect(window.canvas.mapFrom(window, card.mapTo(window, QPoint(0, 0))), card.size())
    legend = window.legend
    if legend.isVisible():
        assert not legend.geometry().intersects(card_rect), (legend.geometry(), card_rect)
    mode.attract.stop()
    QApplication.processEvents()
    assert legend.isVisible()
