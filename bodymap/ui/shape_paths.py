"""The drawing's outlines as Qt paths: built once per drawing and kept in the user's cache.

Turning the drawing's ~31,000 points into QPainterPaths one ``lineTo`` at a time costs about
25 ms at every start; Qt's own binary form of the same paths (QDataStream) reads back in about
4 ms. The file is named by the drawing's SHA-256 (``Geometry.digest``) and a format number,
and is checked as it is read (header, digest, every shape key once, the stream's status), so
a stale, foreign or damaged file is rebuilt, never used. A drawing without a digest (built in
memory by a test or a tool) gets its paths built and kept in memory only.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

from bodymap.core.atlas import Geometry, Shape
from bodymap.ui.qt import path_from_rings

FORMAT = 1
_MAGIC = "bodymap-shape-paths"
# id(shape) -> (the shape, its path): the shape is kept so that its id is never reused.
_paths: dict[int, tuple[Shape, QPainterPath]] = {}
# id(geometry) -> the geometry whose paths are in _paths (kept, so its id is never reused)
_loaded: dict[int, Geometry] = {}


def shape_path(shape: Shape) -> QPainterPath:
    """The QPainterPath of one shape (from the preloaded table, else built from its rings)."""
    entry = _paths.get(id(shape))
    if entry is not None and entry[0] is shape:
        return entry[1]
    return path_from_rings(shape.rings, shape.closed)


def preload(geometry: Geometry, cache_dir: Path | None = None) -> None:
    """Make every shape's path ready: read the cache file, or build the paths and write it."""
    if _loaded.get(id(geometry)) is geometry:
        return
    path = _cache_file(geometry, cache_dir)
    paths = _read(path, geometry) if path is not None else None
    if paths is None:
        paths = {k: path_from_rings(s.rings, s.closed) for k, s in geometry.shapes.items()}
        if path is not None:
            _write(path, geometry, paths)
    for key, shape in geometry.shapes.items():
        _paths[id(shape)] = (shape, paths[key])
    _loaded[id(geometry)] = geometry


def _cache_file(geometry: Geometry, cache_dir: Path | None) -> Path | None:
    if not geometry.digest:
        return None
    if cache_dir is None:
        from bodymap.resources import default_cache_dir

        cache_dir = default_cache_dir()
    return cache_dir / f"paths-{geometry.digest[:32]}-{FORMAT}.qds"


def _read(path: Path, geometry: Geometry) -> dict[str, QPainterPath] | None:
    """The paths in the file, or None when it is missing, foreign, stale or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    stream = QDataStream(QByteArray(data))
    if stream.readQString() != _MAGIC or stream.readInt32() != FORMAT:
        return None
    if stream.readQString() != geometry.digest or stream.readInt32() != len(geometry.shapes):
        return None
    paths: dict[str, QPainterPath] = {}
    for _ in range(len(geometry.shapes)):
        key = stream.readQString()
        item = QPainterPath()
        stream >> item
        if key not in geometry.shapes or key in paths:
            return None
        paths[key] = item
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return paths


def _write(path: Path, geometry: Geometry, paths: dict[str, QPainterPath]) -> None:
    buffer = QByteArray()
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(_MAGIC)
    stream.writeInt32(FORMAT)
    stream.writeQString(geometry.digest)
    stream.writeInt32(len(paths))
    for key, item in paths.items():
        stream.writeQString(key)
        stream << item
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(bytes(buffer.data()))
        os.replace(tmp, path)
    except OSError:
        pass  # no writable cache folder: still works, only slower next time
