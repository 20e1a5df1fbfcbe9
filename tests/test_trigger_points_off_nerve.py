"""No trigger point's cross is drawn on a nerve, so no marker reads as "press the nerve here"."""

from __future__ import annotations

import math

import pytest

from bodymap.core.atlas import marker_centre

MARGIN = 2.0  # SVG units of clear space between the marker's halo and the nerve's stroke
# The roots run inside the pelvis and the spinal canal, under the sacrum, where no pressure
# reaches them: piriformis, gluteus maximus and multifidus crosses drawn over them are not
# read as pressing a nerve, and their places follow the muscles.
INSIDE_THE_PELVIS = {"roots"}


def _radius(shape) -> float:
    c = marker_centre(shape)
    return max(math.dist(c, p) for ring in shape.rings for p in ring)


def _clearances(atlas):
    shapes = atlas.geometry.shapes
    nerves = [
        s
        for k, s in shapes.items()
        if k.startswith("nerve-") and s.attrs.get("stretch") not in INSIDE_THE_PELVIS
    ]
    assert len(nerves) >= 18
    for key, trp in shapes.items():
        if not key.startswith("trp-"):
            continue
        centre = marker_centre(trp)
        outer = _radius(trp) + 1.0  # the drawing's 2-unit white halo stroke
        for nerve in nerves:
            gap = nerve.distance(centre) - float(nerve.attrs["width"]) / 2 - outer
            yield key, nerve.key, gap


def test_no_trigger_point_marker_overlaps_a_nerve_stroke(atlas):
    """Every trigger point circle, halo included, is clear of each nerve line outside the pelvis."""
    bad = [(t, n, round(g, 1)) for t, n, g in _clearances(atlas) if g < MARGIN]
    assert bad == []


@pytest.mark.parametrize(
    "muscle", ["superior_gemellus", "obturator_internus", "inferior_gemellus", "quadratus_femoris"]
)
def test_short_rotator_points_sit_on_the_belly_beside_the_sciatic_nerve(atlas, muscle):
    """The rotators the nerve crosses keep their cross inside the muscle, well off its line."""
    for side in ("left", "right"):
        (trp,) = atlas.trigger_points(muscle, side)
        centre = marker_centre(trp)
        assert atlas.geometry.shapes[f"{muscle}-{side}"].contains(centre)
        gaps = [g for t, _n, g in _clearances(atlas) if t == trp.key]
        assert min(gaps) >= 8.0, (trp.key, min(gaps))
