"""The one door for assets: the drawing and the content, found through importlib.resources."""

from __future__ import annotations

import importlib.resources
import os
from importlib.resources.abc import Traversable
from pathlib import Path

from bodymap.core.atlas import Atlas, build_atlas
from bodymap.core.content import load_content
from bodymap.core.errors import BodymapError

SVG_NAME = "bodymap.svg"


def asset_root() -> Traversable:
    """The assets folder: ``$BODYMAP_ASSETS``, the ``bodymap.assets`` package or ``assets/``.

    BODYMAP_ASSETS lets a content author (or a test) run the app on another copy of the
    drawing and the content without reinstalling.
    """
    override = os.environ.get("BODYMAP_ASSETS")
    if override:
        return Path(override)
    try:
        return importlib.resources.files("bodymap.assets")
    except ModuleNotFoundError:
        # A source checkout: setuptools maps assets/ to bodymap.assets only when installed.
        return Path(__file__).resolve().parent.parent / "assets"


def asset_label(root: Traversable | None = None) -> str:
    """How messages name the assets folder: ``assets``, or the real path of another folder."""
    if root is None and not os.environ.get("BODYMAP_ASSETS"):
        return "assets"
    return str(root if root is not None else asset_root())


def read_svg(root: Traversable | None = None) -> tuple[bytes, str]:
    """The drawing's bytes and a label for messages."""
    label = f"{asset_label(root)}/{SVG_NAME}"
    root = root or asset_root()
    node = root.joinpath(SVG_NAME)
    try:
        return node.read_bytes(), label
    except FileNotFoundError:
        raise BodymapError(
            label,
            "",
            "the body drawing is missing",
            "Reinstall bodymap, or run python tools/draw_body.py in a checkout",
        ) from None
    except OSError as exc:
        raise BodymapError(
            label,
            "",
            f"the body drawing cannot be read ({exc.strerror})",
            "Check the file's permissions or reinstall bodymap",
        ) from None


def load_atlas(
    root: Traversable | None = None, svg_path: Path | None = None, use_cache: bool = True
) -> Atlas:
    """Load and cross-check the drawing and the content into an Atlas."""
    from bodymap.importers.svg_import import default_cache_dir, load_geometry

    prefix = asset_label(root)
    given, root = root, root or asset_root()
    if svg_path is not None:
        try:
            data, label = svg_path.read_bytes(), str(svg_path)
        except FileNotFoundError:
            raise BodymapError(
                str(svg_path), "", "the drawing does not exist", "Check the path"
            ) from None
        except OSError as exc:
            raise BodymapError(
                str(svg_path),
                "",
                f"the drawing cannot be read ({exc.strerror})",
                "Check the file's permissions",
            ) from None
    else:
        data, label = read_svg(given)
    geometry = load_geometry(data, label, default_cache_dir() if use_cache else None)
    content = load_content(root.joinpath("content"), f"{prefix}/content")
    return build_atlas(geometry, content)
