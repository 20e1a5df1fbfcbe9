"""Render assets/bodymap.svg (or a variant) to PNG with Qt's SVG renderer, to look at the drawing.

    python tools/preview_svg.py OUT.png [--hide layer-zones,layer-regions] [--level L R]
                                [--crop X0 Y0 X1 Y1] [--width PX] [--only-zones MUSCLE]

--level L R  shows only the muscles the app shows at depth level L on the left and R on the right
             (0 superficial, 1 and 2 deeper; each muscle's shown_at is read from the content).
--levels-from FILE  also reads shown_at from another TOML file (repeatable).
--crop       renders only that part of the viewBox (SVG units).
--only-zones keeps just the referral zones (and trigger points) of one muscle.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "assets", "content")


def shown_levels(extra: list[str]) -> dict[int, set[str]]:
    """Muscles drawn at each depth level, read from every content TOML (plus any extra files).

    A drawn muscle that no content file names yet is shown at every level (with a warning)."""
    import glob
    import tomllib

    files = sorted(glob.glob(os.path.join(CONTENT, "*.toml"))) + extra
    shown: dict[int, set[str]] = {0: set(), 1: set(), 2: set()}
    for path in files:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for st in data.get("structure", []):
            if st.get("kind") == "muscle":
                for level in st.get("shown_at", []):
                    shown.setdefault(level, set()).add(st["id"])
    return shown


def variant(
    text: str,
    hide: list[str],
    level: tuple[int, int] | None,
    only_zones: str | None,
    extra: list[str] | None = None,
) -> str:
    for gid in hide:
        text = re.sub(rf'<g id="{gid}">.*?</g>', "", text, flags=re.S)
    if level is not None:
        shown = shown_levels(extra or [])
        known = set().union(*shown.values())
        drawn = set(re.findall(r'class="muscle" data-structure="([a-z_]+)"', text))
        for name in sorted(drawn - known):
            print(f"warning: {name} has no content yet; shown at every level")
            for names in shown.values():
                names.add(name)

        def keep(m: re.Match) -> str:
            el = m.group(0)
            ident = re.search(r'id="([^"]+)"', el).group(1)
            mm = re.match(r"([a-z_]+)-(left|right)", ident)
            if not mm or 'class="context"' in el or ident == "skin":
                return el
            name, side = mm.group(1), mm.group(2)
            if 'class="muscle"' in el or 'class="fibres"' in el or 'class="tendon"' in el:
                lvl = level[0] if side == "left" else level[1]
                return el if name in shown[lvl] else ""
            return el

        text = re.sub(r"<path [^>]*/>", keep, text)
    if only_zones:
        muscle = re.escape(only_zones)
        text = re.sub(rf'<path id="zone-(?!{muscle}-)[^>]*/>', "", text)
        text = re.sub(rf'<circle id="trp-(?!{muscle}-)[^>]*/>', "", text)
    return text


def render(svg_text: str, out: str, crop=None, width: int = 800) -> None:
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    r = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    x0, y0, x1, y1 = crop or (0, 0, 1000, 2000)
    r.setViewBox(QRectF(x0, y0, x1 - x0, y1 - y0))
    h = int(width * (y1 - y0) / (x1 - x0))
    img = QImage(width, h, QImage.Format_ARGB32)
    img.fill(QColor("#FAF8F5"))
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    r.render(p)
    p.end()
    img.save(out)
    print("wrote", out, f"{width}x{h}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--svg", default=os.path.join(ROOT, "assets", "bodymap.svg"))
    ap.add_argument("--hide", default="")
    ap.add_argument("--level", nargs=2, type=int)
    ap.add_argument("--crop", nargs=4, type=float)
    ap.add_argument("--width", type=int, default=800)
    ap.add_argument("--only-zones")
    ap.add_argument("--levels-from", action="append", default=[], help="extra content TOML")
    a = ap.parse_args()
    with open(a.svg, encoding="utf-8") as fh:
        text = fh.read()
    hide = [h for h in a.hide.split(",") if h]
    render(
        variant(text, hide, tuple(a.level) if a.level else None, a.only_zones, a.levels_from),
        a.out,
        a.crop,
        a.width,
    )


if __name__ == "__main__":
    main()
