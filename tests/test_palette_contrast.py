"""Contrast computed from the palette: text 4.5:1 in every theme, marks 3:1 in high contrast."""

from __future__ import annotations

import pytest

from bodymap.ui.palette import DARK, HIGH_CONTRAST, LIGHT, THEMES, Palette, contrast, over

TEXT = 4.5
GRAPHIC = 3.0


def test_contrast_arithmetic_matches_wcag():
    """Black on white is 21:1, a colour on itself 1:1, and #767676 on white the known 4.54:1."""
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#C65B50", "#C65B50") == pytest.approx(1.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert over("#000000", 0.5, "#FFFFFF") in ("#808080", "#7F7F7F")


@pytest.mark.parametrize("name", list(THEMES))
def test_text_reaches_4_5_to_1_in_every_theme(name):
    """Body text, muted text, labels, links and the red strip all read at 4.5:1 or better."""
    p = THEMES[name]
    pairs = {
        "text on background": (p.text, p.background),
        "text on label": (p.text, p.label_bg),
        "muted text on background": (p.muted_text, p.background),
        "muted text on label": (p.muted_text, p.label_bg),
        "link on background": (p.link, p.background),
        "warning text on the red strip": (p.warning_text, p.warning_bg),
    }
    low = {k: round(contrast(*v), 2) for k, v in pairs.items() if contrast(*v) < TEXT}
    assert not low, f"{name}: {low}"


@pytest.mark.parametrize("p", [LIGHT, DARK, HIGH_CONTRAST], ids=list(THEMES))
def test_disabled_text_looks_different_from_enabled_text(p):
    """A disabled action's text is clearly apart from an enabled one's, yet still legible."""
    assert contrast(p.disabled_text, p.text) >= 2.0
    assert contrast(p.disabled_text, p.background) >= 2.0


def _band_visible(core: str, edge: str, under: str) -> float:
    """A two-tone mark (core inside an edge or halo) shows as well as its better half does."""
    return max(contrast(core, under), contrast(edge, under))


def test_high_contrast_plate_marks_reach_3_to_1_on_what_lies_under_them():
    """Nerve, outlines, selection and trigger points stand 3:1 off every fill they cross."""
    p: Palette = HIGH_CONTRAST
    dimmed = over(p.muscle, p.dim_alpha, p.skin)
    unders = {
        "muscle": p.muscle,
        "deep muscle": p.muscle_deep,
        "dimmed muscle": dimmed,
        "context": p.context,
        "dimmed context": over(p.context, p.context_dim_alpha, p.skin),
        "skin": p.skin,
        "bone": p.bone,
        "tendon": p.tendon,
        "background": p.background,
        "essential zone": over(p.zone, 0.55, p.muscle),
    }
    low: dict[str, float] = {}

    def need(what: str, value: float) -> None:
        if value < GRAPHIC:
            low[what] = round(value, 2)

    for where, under in unders.items():
        need(f"nerve on {where}", _band_visible(p.nerve, p.nerve_outline, under))
        need(f"selection on {where}", _band_visible(p.selection, p.selection_halo, under))
        need(f"trigger point on {where}", _band_visible(p.trigger_point, p.halo, under))
    # The yellow itself on the muscles it runs over (the complaint: yellow lost on pink).
    for where in ("muscle", "deep muscle", "context"):
        need(f"nerve yellow on {where}", contrast(p.nerve, unders[where]))
    # Each two-tone mark's halves apart from each other, so the mark reads as one thing.
    need("nerve core on its edge", contrast(p.nerve, p.nerve_outline))
    need("selection on its halo", contrast(p.selection, p.selection_halo))
    need("trigger point on its halo", contrast(p.trigger_point, p.halo))
    # Outlines against the fills they bound.
    need("muscle outline on muscle", contrast(p.muscle_outline, p.muscle))
    need("muscle outline on deep muscle", contrast(p.muscle_outline, p.muscle_deep))
    need("skin outline on skin", contrast(p.skin_outline, p.skin))
    need("skin outline on background", contrast(p.skin_outline, p.background))
    need("bone outline on bone", contrast(p.bone_outline, p.bone))
    need("context outline on context", contrast(p.context_outline, p.context))
    assert not low, low


def test_high_contrast_really_differs_from_light():
    """High contrast is not light with a few tweaks: muscles, context and outlines all change."""
    changed = [
        f
        for f in ("muscle", "muscle_deep", "context", "muscle_outline", "bone_outline", "fibre")
        if getattr(HIGH_CONTRAST, f) != getattr(LIGHT, f)
    ]
    assert len(changed) == 6
    assert HIGH_CONTRAST.dim_alpha > LIGHT.dim_alpha  # the other muscles stay solid, not pink
