"""The one door for assets: the drawing and the content, found through importlib.resources."""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import pickle
import sys
from importlib.resources.abc import Traversable
from pathlib import Path

from bodymap.core.atlas import Atlas, build_atlas
from bodymap.core.errors import BodymapError

SVG_NAME = "bodymap.svg"
CARE_DIR = "care"  # the self-care pictures, drawn by tools/draw_care.py


def asset_root() -> Traversable:
    """The assets folder: ``$BODYMAP_ASSETS``, the bundle's, the ``bodymap.assets`` package or
    ``assets/``.

    BODYMAP_ASSETS lets a content author (or a test) run the app on another copy of the
    drawing and the content without reinstalling.
    """
    override = os.environ.get("BODYMAP_ASSETS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # The PyInstaller bundle (packaging/bodymap.spec) unpacks them to bodymap/assets.
        return Path(bundle) / "bodymap" / "assets"
    try:
        return importlib.resources.files("bodymap.assets")
    except ModuleNotFoundError:
        # A source checkout: setuptools maps assets/ to bodymap.assets only when installed.
        return Path(__file__).resolve().parent.parent / "assets"


def app_icon_path() -> Path | None:
    """The app's SVG icon as a file path (for the window icon), or None if it is not a file."""
    from bodymap import APP_ID

    node = asset_root().joinpath("desktop").joinpath(f"{APP_ID}.svg")
    return node if isinstance(node, Path) and node.is_file() else None


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


def care_pictures(root: Traversable | None = None) -> set[str]:
    """The names of the self-care pictures that exist (``assets/care/<name>.svg``)."""
    folder = (root or asset_root()).joinpath(CARE_DIR)
    try:
        return {n.name[:-4] for n in folder.iterdir() if n.is_file() and n.name.endswith(".svg")}
    except OSError:
        return set()


def read_care_picture(name: str, root: Traversable | None = None) -> bytes:
    """The SVG bytes of one self-care picture; fails loudly, listing the valid names."""
    node = (root or asset_root()).joinpath(CARE_DIR).joinpath(f"{name}.svg")
    try:
        return node.read_bytes()
    except OSError:
        valid = ", ".join(sorted(care_pictures(root)))
        raise BodymapError(
            f"{asset_label(root)}/{CARE_DIR}/{name}.svg",
            "",
            "this self-care picture is missing",
            f"Run python tools/draw_care.py, or use one of: {valid}",
        ) from None


def care_picture_path(name: str, root: Traversable | None = None) -> Path | None:
    """The file of a self-care picture on disk, for the text panel (None if not a file)."""
    node = (root or asset_root()).joinpath(CARE_DIR).joinpath(f"{name}.svg")
    return node if isinstance(node, Path) and node.is_file() else None


def load_atlas(
    root: Traversable | None = None, svg_path: Path | None = None, use_cache: bool = True
) -> Atlas:
    """Load and cross-check the drawing and the content into an Atlas."""
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
    cache_dir = default_cache_dir() if use_cache else None
    content_root = root.joinpath("content")
    pictures = care_pictures(root)
    key = _atlas_key(data, content_root, pictures) if cache_dir is not None else ""
    if cache_dir is not None:
        cached = _read_atlas_cache(cache_dir, key)
        if cached is not None:
            return cached
    # A cache miss only: parsing the drawing and the content (svgelements, tomllib).
    from bodymap.core.content import load_content
    from bodymap.importers.svg_import import load_geometry

    geometry = load_geometry(data, label, cache_dir)
    content = load_content(content_root, f"{prefix}/content", pictures)
    atlas = build_atlas(geometry, content)
    if cache_dir is not None:
        _write_atlas_cache(cache_dir, key, atlas)
    return atlas


def default_cache_dir() -> Path:
    """The user's cache folder for bodymap (XDG_CACHE_HOME respected)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "bodymap"


# --- the checked-atlas cache ---------------------------------------------------------------
# Parsing the content and checking it against the drawing is the largest part of start-up
# after Qt itself. The checked Atlas is kept in the user's cache folder under a hash of every
# input byte (drawing, each content file's name and bytes), of the core's source code and of
# the bodymap version, so any edit gives a new key and is parsed and checked again: a stale
# atlas is never served. The
# folder is the user's own; whatever can write there can already run code as that user.
ATLAS_CACHE_FORMAT = 2  # 2: the content carries the muscles' Care sections


def _core_code_digest() -> bytes:
    """A hash of the core's source: a change to the model or the loader makes a new key.

    The cache holds pickled core objects; an atlas pickled by other code (a field added to
    ``Structure``, a loader that reads a new key) must never be served. A frozen bundle has
    no sources to read, and its code cannot change without a new version.
    """
    import bodymap.core as core

    h = hashlib.sha256()
    folder = Path(core.__file__).parent
    try:
        for path in sorted(folder.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        pass
    return h.digest()


def _atlas_key(svg: bytes, content_root: Traversable, pictures: set[str] | None = None) -> str:
    from bodymap import __version__

    h = hashlib.sha256(f"{ATLAS_CACHE_FORMAT}:{__version__}:".encode())
    h.update(_core_code_digest())
    h.update(hashlib.sha256(svg).digest())
    h.update(("\0".join(sorted(pictures or ()))).encode() + b"\0")
    try:
        folders = [content_root, content_root.joinpath("articles")]
        for folder in folders:
            for node in sorted(folder.iterdir(), key=lambda n: n.name):
                if node.is_file():
                    h.update(node.name.encode() + b"\0" + node.read_bytes() + b"\0")
    except OSError:
        return ""  # unreadable content: no cache; the loader will say what is wrong
    return h.hexdigest()


def _read_atlas_cache(cache_dir: Path, key: str) -> Atlas | None:
    if not key:
        return None
    path = cache_dir / f"atlas-{key[:32]}.pickle"
    try:
        with path.open("rb") as fh:
            atlas = pickle.load(fh)
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
        ValueError,
    ):
        return None  # missing or damaged: parse again
    return atlas if isinstance(atlas, Atlas) else None


def _write_atlas_cache(cache_dir: Path, key: str, atlas: Atlas) -> None:
    if not key:
        return
    import tempfile

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(atlas, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_dir / f"atlas-{key[:32]}.pickle")
    except (OSError, pickle.PicklingError):
        pass  # no writable cache: still works, only slower next time


# --- languages -----------------------------------------------------------------------------
TRANSLATIONS_DIR = "translations"  # bodymap_<lang>.ts sources and their compiled .qm
_translated: dict[tuple[int, str], tuple[Atlas, Atlas]] = {}


def interface_translation(lang: str, root: Traversable | None = None) -> bytes | None:
    """The compiled interface strings of ``lang`` (``bodymap_<lang>.qm``), None if absent."""
    node = (root or asset_root()).joinpath(TRANSLATIONS_DIR).joinpath(f"bodymap_{lang}.qm")
    try:
        return node.read_bytes()
    except OSError:
        return None


def interface_sources(root: Traversable | None = None) -> dict[str, str]:
    """Each language's ``.ts`` source text (for the translation report), by language code."""
    folder = (root or asset_root()).joinpath(TRANSLATIONS_DIR)
    found: dict[str, str] = {}
    try:
        for node in folder.iterdir():
            if node.is_file() and node.name.startswith("bodymap_") and node.name.endswith(".ts"):
                found[node.name[len("bodymap_") : -3]] = node.read_text(encoding="utf-8")
    except OSError:
        pass
    return found


def translated_atlas(atlas: Atlas, lang: str, root: Traversable | None = None) -> Atlas:
    """The atlas in ``lang``: the same drawing with the translated content (kept per language).

    English fields a translation lacks carry the ``[EN]`` marker; a broken translated file
    raises BodymapError with the one-line message.
    """
    if lang == "en":
        return atlas
    key = (id(atlas), lang)
    cached = _translated.get(key)
    if cached is None or cached[0] is not atlas:
        from bodymap.core.translation import translate

        content, _coverage = translate(
            atlas.content,
            (root or asset_root()).joinpath("content"),
            lang,
            f"{asset_label(root)}/content",
        )
        cached = _translated[key] = (atlas, Atlas(atlas.geometry, content))
    return cached[1]
