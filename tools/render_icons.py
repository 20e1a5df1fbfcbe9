"""Render the app and session-file icons (SVG) to the PNG sizes desktops look for.

Run ``python tools/render_icons.py`` after editing ``assets/desktop/*.svg``; it rewrites
``assets/desktop/icons/<name>-<size>.png``. tests/test_desktop_files.py checks they are in step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "assets" / "desktop"
sys.path.insert(0, str(ROOT))

from bodymap.desktop_files import ICON_NAMES, PNG_SIZES  # noqa: E402


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size × size image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = DESKTOP / "icons"
    out.mkdir(exist_ok=True)
    for name in ICON_NAMES:
        for size in PNG_SIZES:
            target = out / f"{name}-{size}.png"
            if not render(DESKTOP / f"{name}.svg", size).save(str(target), "PNG"):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
