"""Every colour of the plate, named once; themes are whole palettes."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bodymap.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Palette:
    """Colours as hex strings (``#RRGGBB`` or ``#AARRGGBB``)."""

    background: str = "#FAF8F5"
    skin: str = "#F1DCCB"
    skin_outline: str = "#C9A88F"
    muscle: str = "#C65B50"
    muscle_deep: str = "#B24C43"
    muscle_outline: str = "#8E3A32"
    fibre: str = "#A9473D"
    context: str = "#D9A397"
    context_outline: str = "#B98378"
    tendon: str = "#EDE3D3"
    bone: str = "#F4EEDC"
    bone_outline: str = "#BDB29A"
    nerve: str = "#F2C12E"
    nerve_outline: str = "#A57F00"
    nerve_glow: str = "#FFE066"
    emphasis: str = "#E8590C"
    selection: str = "#1F6FEB"
    selection_halo: str = ""  # high contrast rims the selection outline so it shows on anything
    picked: str = "#5B8DEF"
    zone: str = "#D62839"
    trigger_point: str = "#7A0C17"
    halo: str = "#FFFFFF"
    text: str = "#2B2B2B"
    muted_text: str = "#6B6B6B"
    label_bg: str = "#FFFFFF"
    dermatome: str = "#3B7DD8"
    warning_bg: str = "#FDECEA"
    warning_text: str = "#8A1C1C"
    # The client's own drawing: a violet family that no zone, muscle or nerve uses, so a
    # mark at 6 or 10 never reads as a referral zone's red (stippled as well: see paint_layer).
    paint_low: str = "#B9A2F0"
    paint_high: str = "#3A1690"
    paint_edge: str = "#24105C"
    link: str = (
        "#0B57D0"  # links in text (the red strip's "Read the warning signs" is styled apart)
    )
    disabled_text: str = "#9A9A9A"
    icon: str = "#2B2B2B"  # monochrome toolbar icons are drawn in this colour
    dim_alpha: float = 0.28  # how strongly the other muscles fade while one is selected
    context_dim_alpha: float = 0.35  # the same for the context muscles (upper back)


LIGHT = Palette()
DARK = replace(
    LIGHT,
    background="#1E2126",
    text="#E6E6E6",
    muted_text="#A8A8A8",
    label_bg="#2A2E35",
    warning_bg="#3A2326",
    warning_text="#FFB4B4",
    link="#8AB4FF",
    disabled_text="#7C828C",
    icon="#E6E6E6",
)
HIGH_CONTRAST = replace(
    LIGHT,
    background="#FFFFFF",
    skin="#FFF4E8",
    skin_outline="#000000",
    muscle="#C0392F",
    muscle_deep="#B0302A",
    muscle_outline="#000000",
    fibre="#4A0906",
    context="#8C4A40",
    context_outline="#000000",
    tendon="#E8DCC6",
    bone="#F4EEDC",
    bone_outline="#000000",
    nerve="#FFD400",
    nerve_outline="#000000",
    nerve_glow="#FFE866",
    emphasis="#FF7A00",
    selection="#0033CC",
    selection_halo="#FFFFFF",
    picked="#0033CC",
    zone="#C8001E",
    trigger_point="#000000",
    text="#000000",
    muted_text="#000000",
    label_bg="#FFFFFF",
    dermatome="#0033CC",
    warning_bg="#FFFFFF",
    warning_text="#8A0000",
    link="#0033CC",
    disabled_text="#595959",
    icon="#000000",
    dim_alpha=0.75,
    context_dim_alpha=0.8,
    paint_edge="#12053A",
)
# Paper: always the light plate, black on white, whatever the screen shows.
PRINT = replace(LIGHT, background="#FFFFFF", text="#000000", label_bg="#FFFFFF")
THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}
THEME_NAMES = {
    "light": QT_TRANSLATE_NOOP("Palette", "Light"),
    "dark": QT_TRANSLATE_NOOP("Palette", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Palette", "High contrast"),
}


# --- contrast (WCAG 2.x), pure arithmetic so tests can compute it from the palette --------
def rgb(hex_text: str) -> tuple[float, float, float]:
    """The red, green and blue of ``#RRGGBB`` (or ``#AARRGGBB``) as 0..1."""
    h = hex_text.lstrip("#")[-6:]
    return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255


def over(top: str, alpha: float, under: str) -> str:
    """The colour seen where ``top`` at ``alpha`` is painted over ``under``."""
    t, u = rgb(top), rgb(under)
    mixed = [round(255 * (a * alpha + b * (1 - alpha))) for a, b in zip(t, u, strict=True)]
    return "#{:02X}{:02X}{:02X}".format(*mixed)


def luminance(hex_text: str) -> float:
    """Relative luminance, as WCAG defines it."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb(hex_text))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
