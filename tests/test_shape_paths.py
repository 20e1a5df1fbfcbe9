"""The scene's Qt paths come from a cache file that is never served stale or damaged."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QPainterPath

from bodymap.core.atlas import Atlas
from bodymap.ui import shape_paths
from bodymap.ui.qt import path_from_rings


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the paths loaded so far in this process (each test reads its own file)."""
    monkeypatch.setattr(shape_paths, "_paths", {})
    monkeypatch.setattr(shape_paths, "_loaded", {})


def _forget() -> None:
    shape_paths._paths.clear()
    shape_paths._loaded.clear()


def test_cached_paths_equal_paths_built_from_the_rings(
    atlas: Atlas, tmp_path: Path, fresh: None
) -> None:
    """Every shape of the real drawing gets the same path from the cache file as from its
    points, so the cache changes nothing anyone sees."""
    shape_paths.preload(atlas.geometry, tmp_path)  # builds and writes the file
    assert list(tmp_path.glob("paths-*.qds")), "no cache file was written"
    _forget()
    shape_paths.preload(atlas.geometry, tmp_path)  # reads it back
    for shape in atlas.geometry.shapes.values():
        expected = path_from_rings(shape.rings, shape.closed)
        got = shape_paths.shape_path(shape)
        assert got == expected, shape.key
        assert got.fillRule() == expected.fillRule()


def test_a_damaged_cache_file_is_rebuilt_not_used(
    atlas: Atlas, tmp_path: Path, fresh: None
) -> None:
    """A truncated file (a full disk, a crash while writing) is read as missing: the paths
    are built again from the drawing and the file is written whole."""
    shape_paths.preload(atlas.geometry, tmp_path)
    (cache,) = tmp_path.glob("paths-*.qds")
    whole = cache.read_bytes()
    cache.write_bytes(whole[: len(whole) // 2])
    assert shape_paths._read(cache, atlas.geometry) is None
    _forget()
    shape_paths.preload(atlas.geometry, tmp_path)
    skin = next(s for s in atlas.geometry.shapes.values() if s.cls == "skin")
    assert shape_paths.shape_path(skin) == path_from_rings(skin.rings, skin.closed)
    assert cache.read_bytes() == whole


def test_a_file_of_another_drawing_is_not_used(atlas: Atlas, tmp_path: Path, fresh: None) -> None:
    """Paths written for one drawing are refused for a drawing with another digest, even
    when the file is put under the other drawing's name."""
    shape_paths.preload(atlas.geometry, tmp_path)
    (cache,) = tmp_path.glob("paths-*.qds")
    other = replace(atlas.geometry, digest="f" * 64)
    assert shape_paths._read(cache, other) is None
    fewer = replace(atlas.geometry, shapes=dict(list(atlas.geometry.shapes.items())[:-1]))
    assert shape_paths._read(cache, fewer) is None


def test_a_drawing_without_a_digest_is_kept_in_memory_only(
    atlas: Atlas, tmp_path: Path, fresh: None
) -> None:
    """A drawing built in memory has no digest to name a file by: its paths are built and
    nothing is written."""
    loose = replace(atlas.geometry, digest="")
    shape_paths.preload(loose, tmp_path)
    assert not list(tmp_path.iterdir())
    shape = next(iter(loose.shapes.values()))
    assert isinstance(shape_paths.shape_path(shape), QPainterPath)
    assert not shape_paths.shape_path(shape).isEmpty()
