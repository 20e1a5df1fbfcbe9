"""Layout at many window sizes: main actions stay on the toolbar, nothing covers the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDockWidget, QToolBar, QToolButton, QWidget

from bodymap.core.ids import Ref
from bodymap.ui.main_window import MainWindow
from tests.windows import make_window

SIZES = ((1600, 1000), (800, 600), (3840, 2160))
SELECTIONS = (
    Ref("piriformis", "right"),
    Ref("superior_gemellus", "right"),
    Ref("quadratus_femoris", "right"),
    Ref("gluteus_maximus", "left"),
)


def settle(qtbot, window: MainWindow) -> None:
    """Let resizes, docks and the legend's deferred placement run."""
    for _ in range(3):
        qtbot.wait(20)


def on_screen(window: MainWindow, item) -> QRect:
    """An item's box in canvas pixels, computed here from the item's own transform."""
    view = window.view
    box = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
    top_left = view.viewport().mapTo(window.canvas, box.toAlignedRect().topLeft())
    return QRect(top_left, box.toAlignedRect().size())


def selection_boxes(window: MainWindow) -> list[tuple[str, QRect]]:
    """The selection's outline, its trigger points and zones, and the LEFT/RIGHT tags."""
    look = window.scene.look
    out = []
    for key in sorted(look.selected | look.markers | look.zones):
        item = window.scene.items_by_key[key]
        if item.isVisible():
            out.append((key, on_screen(window, item)))
    for side, tag in window.scene.side_tags.items():
        out.append((f"{side} tag", on_screen(window, tag)))
    return out


def floating_widgets(window: MainWindow) -> list[QWidget]:
    """Every visible widget drawn over the canvas's drawing (children that are not laid out)."""
    laid_out = {window.view}
    strips = window.canvas.strips
    laid_out |= {strips.itemAt(i).widget() for i in range(strips.count())}
    over = [w for w in window.canvas.findChildren(QWidget) if w.parent() is window.canvas]
    over += window.view.viewport().findChildren(QWidget)
    return [w for w in over if w.isVisible() and w not in laid_out]


def assert_nothing_covers(window: MainWindow, where: str, legend: bool = True) -> None:
    """No floating widget meets the selection's boxes (and the legend is among them)."""
    boxes = selection_boxes(window)
    assert boxes, where
    floats = floating_widgets(window)
    if legend:
        assert window.legend in floats, where  # the legend is there, and it is checked
    for widget in floats:
        rect = widget.geometry()
        for name, box in boxes:
            assert not rect.intersects(box), (where, widget.objectName() or widget, name, rect, box)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_legend_never_covers_the_selection_at_any_size(qtbot, atlas, size):
    """At 1600x1000, 800x600 and 3840x2160 the legend clears each selection, its TrPs and zones."""
    window = make_window(qtbot, atlas)
    window.resize(*size)
    for ref in SELECTIONS:
        window.select(ref)
        window.view.fit_body()
        settle(qtbot, window)
        assert_nothing_covers(window, f"{ref} at {size}")


@pytest.mark.parametrize("size", ((1600, 1000), (800, 600)), ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_floats_on_the_selection_with_docks_and_the_nerve_reading(qtbot, atlas, size):
    """Layers, Details and Session notes open, Nerve or muscle? on: nothing over the buttock."""
    window = make_window(qtbot, atlas)
    window.resize(*size)
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in ("layersDock", "detailsDock", "sessionNotesDock"):
            dock.show()
    window.nerve_toggle.set_on(True)
    for ref in SELECTIONS:
        window.select(ref)
        window.view.fit_body()
        settle(qtbot, window)
        assert window.nerve_toggle.strip.isVisible()
        # The reading is a strip above the drawing: it ends where the view begins.
        strip = window.nerve_toggle.strip.geometry()
        assert strip.bottom() < window.view.geometry().top(), (strip, window.view.geometry())
        # At 800x600 three docks leave a sliver of canvas: the legend may step aside there.
        assert_nothing_covers(window, f"{ref} at {size} with docks", legend=size[0] > 1000)


def test_legend_follows_a_zoom_onto_the_selection(qtbot, atlas):
    """Zoomed in on piriformis so it moves under the top-left corner, the legend moves away."""
    window = make_window(qtbot, atlas)
    window.resize(1600, 1000)
    window.select(Ref("piriformis", "right"))
    settle(qtbot, window)
    shape = atlas.outline("piriformis", "right")
    x0, y0, x1, y1 = shape.box
    view = window.view
    view.zoom_by(2.5)
    # Pan so the muscle sits near the top-left corner of the canvas.
    target = view.mapFromScene((x0 + x1) / 2, (y0 + y1) / 2)
    view.pan_by(120 - target.x(), 90 - target.y())
    settle(qtbot, window)
    assert_nothing_covers(window, "zoomed")


def main_action_buttons(window: MainWindow) -> dict[str, QWidget]:
    """The main actions' widgets on the toolbar, by name."""
    w = window
    acts = {
        "search": w.search_action,
        "Where does it hurt?": w.drawing.act_draw,
        "Nerve or muscle?": w.nerve_toggle.action,
        "Present": w.presentation.action,
        "Urgent signs": w.act_red_flags,
        "Layers": w.student.layers_dock.toggleViewAction(),
    }
    return {name: w.toolbar.widgetForAction(a) for name, a in acts.items()}


@pytest.mark.parametrize("width", (1024, 1280, 1600))
def test_main_actions_stay_out_of_the_overflow(qtbot, atlas, width):
    """Down to 1024 px wide the main actions are on the bar itself, not behind the » button."""
    window = make_window(qtbot, atlas)
    window.resize(width, 768)
    settle(qtbot, window)
    toolbar = window.toolbar
    for name, widget in main_action_buttons(window).items():
        assert widget is not None, name
        assert widget.isVisible(), f"{name} is in the overflow at {width} px"
        right = widget.mapTo(toolbar, widget.rect().topRight()).x()
        assert right <= toolbar.width(), (name, right, toolbar.width())
    ext = [
        b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in ext), f"the » overflow shows at {width} px"
    # Urgent signs keeps its words at every width: it is the safety action.
    urgent = main_action_buttons(window)["Urgent signs"]
    assert isinstance(urgent, QToolButton) and urgent.toolButtonStyle() != 1  # not icon-only
    # The depth choosers are still on screen (second row when the first is full).
    for combo in (window.depth_left, window.depth_right):
        assert combo.isVisible(), width


def test_compact_buttons_keep_their_names_in_tooltips(qtbot, atlas):
    """Icon-only buttons at 1024 px still say what they are, in the tooltip."""
    window = make_window(qtbot, atlas)
    window.resize(1024, 768)
    settle(qtbot, window)
    for button in window.toolbar.findChildren(QToolButton):
        if button.isVisible() and button.defaultAction() is not None:
            assert button.toolTip().strip(), button.defaultAction().text()


def test_search_field_stays_a_comfortable_width_on_a_wide_screen(qtbot, atlas):
    """At 3840 px the search field does not stretch across the toolbar."""
    window = make_window(qtbot, atlas)
    window.resize(3840, 2160)
    settle(qtbot, window)
    assert 150 <= window.search.width() <= 400
    assert not window.findChild(QToolBar, "viewControlsToolbar").isVisible()


@pytest.mark.parametrize("size", ((800, 600), (1024, 768), (1600, 1000)), ids=str)
def test_side_tags_and_captions_fit_inside_the_view(qtbot, atlas, size):
    """Fitted at any size, LEFT/RIGHT and the depth captions under them end inside the view."""
    window = make_window(qtbot, atlas)
    window.resize(*size)
    settle(qtbot, window)
    window.view.fit_body()
    height = window.view.viewport().height()
    for tag in [*window.scene.side_tags.values(), *window.scene.depth_tags.values()]:
        view = window.view
        box = tag.deviceTransform(view.viewportTransform()).mapRect(tag.boundingRect())
        assert box.top() >= 0 and box.bottom() <= height, (tag.text, box, height)


def test_the_first_window_fits_a_screen_smaller_than_its_default(qtbot, mini) -> None:
    """On a screen smaller than 1600 x 1000 the window opens inside the screen's free area."""
    from bodymap.ui.application import fit_to_screen

    window = make_window(qtbot, mini)
    free = window.screen().availableGeometry()
    window.resize(free.width() + 600, free.height() + 400)
    fit_to_screen(window)
    assert window.width() <= free.width() and window.height() <= free.height()
    assert free.contains(window.frameGeometry().topLeft())


def test_a_narrow_view_shows_short_depth_captions_and_a_wide_one_the_long(qtbot, atlas) -> None:
    """A caption that would run past the view's edge becomes "Deep"; a wide view says what was
    removed; either way the caption ends inside the view."""
    from bodymap.core.atlas import depth_name, depth_short_name

    window = make_window(qtbot, atlas)
    window.set_depth("right", 1)
    for (w, h), expected in (((700, 700), depth_short_name(1)), ((1600, 1000), depth_name(1))):
        window.resize(w, h)
        settle(qtbot, window)
        window.view.fit_body()
        caption = window.scene.depth_tags["right"]
        assert caption.text == expected, (w, h)
        box = on_screen(window, caption)
        assert box.right() <= window.view.viewport().width(), (w, h)
