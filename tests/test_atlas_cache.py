"""The checked-atlas cache speeds start-up but never serves an out-of-date atlas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.core.errors import BodymapError
from bodymap.resources import load_atlas

ASSETS = Path(__file__).resolve().parent.parent / "assets"


@pytest.fixture
def assets(tmp_path, monkeypatch):
    root = tmp_path / "assets"
    shutil.copytree(ASSETS, root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return root


def _set_summary(root: Path, sid: str, text: str) -> None:
    path = root / "content" / "muscles.toml"
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip() == f'id = "{sid}"')
    i = next(i for i in range(start, len(lines)) if lines[i].startswith("summary ="))
    lines[i] = f'summary = "{text}"'
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_a_second_load_comes_from_the_cache_and_equals_the_first(assets):
    """The cached atlas has the same structures and shapes as the freshly checked one."""
    first = load_atlas(assets)
    assert list((assets.parent / "cache" / "bodymap").glob("atlas-*.pickle"))
    second = load_atlas(assets)
    assert second is not first
    assert list(second.structures) == list(first.structures)
    assert set(second.geometry.shapes) == set(first.geometry.shapes)


def test_an_edited_content_file_is_read_again(assets):
    """Changing a summary after caching shows the new text, not the cached one."""
    load_atlas(assets)
    _set_summary(assets, "piriformis", "Edited after caching.")
    assert load_atlas(assets).structure("piriformis").summary == "Edited after caching."


def test_a_broken_edit_is_reported_even_though_a_cache_exists(assets):
    """A content error made after caching is still found and named."""
    load_atlas(assets)
    path = assets / "content" / "muscles.toml"
    path.write_text(path.read_text("utf-8") + "\n[[structure]\n", "utf-8")
    with pytest.raises(BodymapError, match=r"muscles\.toml"):
        load_atlas(assets)


def test_a_damaged_cache_file_is_ignored(assets):
    """Garbage in the cache file: the atlas is parsed again and works."""
    load_atlas(assets)
    for f in (assets.parent / "cache" / "bodymap").glob("atlas-*.pickle"):
        f.write_bytes(b"not a pickle")
    assert load_atlas(assets).structure("piriformis").kind == "muscle"


def test_a_change_to_the_core_code_gives_a_new_cache_key(assets, monkeypatch):
    """An atlas cached by other core code (e.g. before a field was added) is not served."""
    import bodymap.resources as res

    load_atlas(assets)
    before = set((assets.parent / "cache" / "bodymap").glob("atlas-*.pickle"))
    monkeypatch.setattr(res, "_core_code_digest", lambda: b"other core code")
    load_atlas(assets)
    after = set((assets.parent / "cache" / "bodymap").glob("atlas-*.pickle"))
    assert len(after - before) == 1
    assert res._core_code_digest() == b"other core code"
    monkeypatch.undo()
    assert res._core_code_digest() != b"other core code" and len(res._core_code_digest()) == 32
