"""Referral zones are drawn three ways by how sure their source is, and the legend names them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from bodymap.core.ids import Ref
from bodymap.ui.items import paint_zone, zone_style
from bodymap.ui.palette import LIGHT
from tests.windows import make_window

CONFIDENCES = ("mapped", "described", "inferred")


def _render(confidence: str, essential: bool = True) -> QImage:
    """A 60×60 zone (a square inset by 10 px) on white, drawn in a confidence's style."""
    image = QImage(80, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    qp = QPainter(image)
    path = QPainterPath()
    path.addRect(QRectF(10, 10, 60, 60))
    paint_zone(qp, path, LIGHT.zone, zone_style(essential, confidence))
    qp.end()
    return image


def _edge_coverage(image: QImage) -> float:
    """The share of the top edge's pixels that are inked (solid 1.0, dotted about half)."""
    inked = sum(
        image.pixelColor(x, 10).red() - image.pixelColor(x, 10).green() > 60 for x in range(14, 66)
    )
    return inked / 52


def test_three_confidences_draw_three_different_ways():
    """Mapped fills solidly, described paler with a broken edge, inferred has no fill and dots."""
    styles = {c: zone_style(True, c) for c in CONFIDENCES}
    assert len(set(styles.values())) == 3
    assert styles["inferred"].fill_alpha == 0 and styles["inferred"].edge == Qt.PenStyle.DotLine
    images = {c: _render(c) for c in CONFIDENCES}
    centre = {c: images[c].pixelColor(40, 40) for c in CONFIDENCES}
    # Fill: strong, pale, none (the paper shows through the inferred zone).
    assert centre["mapped"].green() < centre["described"].green() < centre["inferred"].green()
    assert centre["inferred"].name() == "#ffffff"
    # Edge: unbroken for mapped, broken for described and inferred.
    assert _edge_coverage(images["mapped"]) > 0.95
    assert _edge_coverage(images["described"]) < 0.9
    assert _edge_coverage(images["inferred"]) < 0.8
    # Spillover keeps its hatch where a source maps or describes it.
    assert zone_style(False, "mapped").hatch and zone_style(False, "described").hatch


def test_scene_builds_each_zone_in_its_atlas_confidence(qtbot, atlas):
    """Every zone item carries the style of Atlas.zone_confidence for its shape."""
    w = make_window(qtbot, atlas)
    zones = [k for k, s in atlas.geometry.shapes.items() if s.cls == "zone"]
    assert zones
    for key in zones:
        item = w.scene.items_by_key[key]
        assert item.confidence == atlas.zone_confidence(key)
        assert item.style == zone_style(item.essential, item.confidence)
    assert {w.scene.items_by_key[k].confidence for k in zones} == set(CONFIDENCES)


def test_legend_names_the_confidences_on_show(qtbot, atlas):
    """An inferred pattern adds its legend entry; a mapped-only one adds none; clearing drops it."""
    w = make_window(qtbot, atlas)

    def texts() -> list[str]:
        return [t for _, t in w.legend.entries()]

    w.select(Ref("piriformis", "right"))
    assert not any(t.startswith("Zone ") for t in texts())  # mapped only: the zone entries say it
    w.select(Ref("superior_gemellus", "right"))
    assert atlas.zone_confidence("zone-superior_gemellus-essential-1-right") == "inferred"
    assert "Zone inferred: no source maps it" in texts()
    w.select(Ref("soleus", "right"))
    assert {"Zone mapped in a published figure", "Zone described in words only"} <= set(texts())
    w.clear_selection()
    assert not any(t.startswith("Zone ") for t in texts())
    assert w.legend.accessibleDescription().count("Zone ") == 0


def test_inferred_zone_on_the_plate_shows_the_muscle_through_it(qtbot, atlas):
    """On the real plate an inferred zone leaves the muscle under it unpainted (no red fill)."""
    w = make_window(qtbot, atlas)
    w.select(Ref("superior_gemellus", "right"))
    item = w.scene.items_by_key["zone-superior_gemellus-spillover-1-right"]
    assert item.isVisible() and item.style.fill_alpha == 0
    centre = item.path().boundingRect().center()
    before = w.view.viewport().grab().toImage().pixelColor(w.view.mapFromScene(centre))
    item.setVisible(False)
    after = w.view.viewport().grab().toImage().pixelColor(w.view.mapFromScene(centre))
    item.setVisible(True)
    assert before.name() == after.name()
