"""Every colour of the plate, named once; themes are whole palettes."""

from __future__ import annotations

from dataclasses import dataclass, replace


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
    paint_low: str = "#F2C12E"
    paint_high: str = "#B3001B"


LIGHT = Palette()
DARK = replace(
    LIGHT,
    background="#1E2126",
    text="#E6E6E6",
    muted_text="#A8A8A8",
    label_bg="#2A2E35",
    warning_bg="#3A2326",
    warning_text="#FFB4B4",
)
HIGH_CONTRAST = replace(
    LIGHT,
    background="#FFFFFF",
    skin="#FFF4E8",
    skin_outline="#000000",
    muscle="#B0302A",
    muscle_deep="#8E1F1A",
    muscle_outline="#000000",
    fibre="#5A0E0A",
    nerve="#FFD400",
    nerve_outline="#000000",
    selection="#0033CC",
    zone="#C8001E",
    trigger_point="#000000",
    text="#000000",
    muted_text="#000000",
)
# Paper: always the light plate, black on white, whatever the screen shows.
PRINT = replace(LIGHT, background="#FFFFFF", text="#000000", label_bg="#FFFFFF")
THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}
