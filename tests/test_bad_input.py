"""Bad input, tried and answered: each damaged asset gives one clear line, never a traceback.

Every case copies the small valid asset folder ``tests/data/mini_assets`` to a temporary
folder, breaks one file with a fixture from ``tests/data`` and loads it, first through the
public loader and then through the real program in a subprocess (``BODYMAP_ASSETS``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from bodymap.core.errors import BodymapError
from bodymap.resources import asset_root, load_atlas

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini_assets"
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    """One damaged input: which fixture goes where, and what the message must say."""

    name: str
    fixture: str | None  # a file in tests/data; None: the drawing is removed or unreadable
    dest: str  # where it goes inside the assets folder
    place: str  # words naming the place in the file
    fix: str  # words of the fix


CASES = [
    Case(
        "missing-svg",
        None,
        "bodymap.svg",
        "the body drawing is missing",
        "run python tools/draw_body.py",
    ),
    Case("unreadable-svg", None, "bodymap.svg", "cannot be read", "permissions"),
    Case(
        "svg-not-xml",
        "not_xml.svg",
        "bodymap.svg",
        "line 13, column 0",
        "Regenerate it with python tools/draw_body.py",
    ),
    Case(
        "svg-missing-id",
        "missing_id.svg",
        "bodymap.svg",
        "id 'piriformis-left'",
        "Draw it in tools/draw_body.py",
    ),
    Case(
        "svg-duplicate-id",
        "duplicate_ids.svg",
        "bodymap.svg",
        "line 17, id 'gluteus_minimus-left'",
        "Give every element a unique id",
    ),
    Case(
        "trigger-point-outside",
        "trp_outside.svg",
        "bodymap.svg",
        "id 'trp-piriformis-lateral-left' at (70, 300)",
        "Move it inside the muscle outline",
    ),
    Case(
        "zone-attached-to-nothing",
        "zone_unattached.svg",
        "bodymap.svg",
        "id 'zone-piriformis-spillover-1-left'",
        "Set data-muscle to a muscle id",
    ),
    Case(
        "toml-syntax-error",
        "syntax_error.toml",
        "content/structures.toml",
        "line 45, column 19",
        "Fix the syntax there",
    ),
    Case(
        "muscle-without-confidence",
        "no_confidence.toml",
        "content/structures.toml",
        "line 44, structure 'piriformis', key 'referral.confidence'",
        'Add to referral: confidence = "mapped" | "described" | "inferred"',
    ),
    Case(
        "zone-confidence-for-an-undrawn-zone",
        "unknown_zone_confidence.toml",
        "content/structures.toml",
        "line 44, structure 'piriformis', key 'zone_confidence'",
        'Use a drawn zone\'s <kind>-<n>, e.g. "essential-1"',
    ),
    Case(
        "article-for-unknown-id",
        "orphan_article.md",
        "content/articles/quadriceps.md",
        "'quadriceps', which is not a structure",
        "Rename it to a structure id",
    ),
    Case(
        "muscle-without-care",
        "care_muscle_missing.toml",
        "content/care.toml",
        "care.gluteus_minimus: muscle 'gluteus_minimus' has no Care section",
        "Add [care.gluteus_minimus] with client, therapist, evidence",
    ),
    Case(
        "care-for-unknown-muscle",
        "care_unknown_muscle.toml",
        "content/care.toml",
        "line 70, care.quadriceps: 'quadriceps' is not a muscle",
        "or remove the entry",
    ),
    Case(
        "care-item-without-dose",
        "care_item_without_dose.toml",
        "content/care.toml",
        "care.piriformis, self_care[0], key 'dose'",
        'Add dose = "..."',
    ),
    Case(
        "care-picture-not-drawn",
        "care_unknown_picture.toml",
        "content/care.toml",
        "self_care[1], key 'picture': there is no picture 'cartwheel'",
        "draw it in tools/draw_care.py",
    ),
]


def break_assets(tmp_path: Path, case: Case) -> Path:
    """A copy of the mini assets with the case's damage done to it."""
    root = tmp_path / "assets"
    shutil.copytree(MINI, root)
    target = root / case.dest
    if case.name == "missing-svg":
        target.unlink()
    elif case.name == "unreadable-svg":
        # Running as root ignores file modes, so a folder in the drawing's place makes the
        # read fail the same way on every machine.
        target.unlink()
        target.mkdir()
    else:
        assert case.fixture is not None
        shutil.copyfile(DATA / case.fixture, target)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file's bytes under a folder, to prove nothing was changed."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_mini_assets_are_valid(tmp_path):
    """The control: the undamaged mini assets load into an atlas with every structure."""
    atlas = load_atlas(root=MINI, use_cache=False)
    assert set(atlas.structures) == {
        "gluteal",
        "posterior_thigh",
        "gluteus_maximus",
        "piriformis",
        "gluteus_minimus",
        "sciatic_nerve",
    }
    assert "trp-piriformis-lateral-left" in atlas.geometry.shapes


def test_every_fixture_in_tests_data_is_used():
    """Every file in tests/data is named by some test module (no forgotten fixtures)."""
    tests = Path(__file__).parent
    texts = "".join(p.read_text("utf-8") for p in tests.glob("test_*.py"))
    unused = [
        p.name for p in DATA.rglob("*") if p.is_file() and p.parent == DATA and p.name not in texts
    ]
    assert not unused, f"fixtures no test uses: {unused}"
    assert {c.fixture for c in CASES if c.fixture} <= {p.name for p in DATA.iterdir()}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_loader_names_file_place_and_fix(tmp_path, case):
    """The public loader raises one BodymapError naming the damaged file, the place and a fix."""
    root = break_assets(tmp_path, case)
    before = snapshot(root)
    with pytest.raises(BodymapError) as info:
        load_atlas(root=root, use_cache=False)
    err = info.value
    assert err.file == str(root / case.dest)
    assert case.place in err.message
    assert case.fix in err.message
    assert "\n" not in err.message
    assert snapshot(root) == before


def run_main(*args: str, assets: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the real program on another assets folder, offscreen, with a private cache."""
    env = dict(
        os.environ,
        BODYMAP_ASSETS=str(assets),
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_program_stops_with_one_line_and_status_1(tmp_path, case):
    """The real program prints one line naming file, place and fix, exits 1, no traceback."""
    root = break_assets(tmp_path, case)
    before = snapshot(root)
    proc = run_main("--quit-after", "0", assets=root, tmp_path=tmp_path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("bodymap: error: ")
    assert str(root / case.dest) in lines[0]
    assert case.place in lines[0] and case.fix in lines[0]
    assert snapshot(root) == before


def test_list_names_a_broken_content_file(tmp_path):
    """``--list`` reads only the content: a TOML syntax error there stops it with file and line."""
    root = break_assets(tmp_path, CASES[7])
    proc = run_main("--list", assets=root, tmp_path=tmp_path)
    assert proc.returncode == 1
    assert f"{root}/content/structures.toml: line 45, column 19" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bodymap_assets_points_the_app_at_another_folder(monkeypatch):
    """BODYMAP_ASSETS replaces the shipped assets folder, and messages name its real path."""
    monkeypatch.setenv("BODYMAP_ASSETS", str(MINI))
    assert Path(str(asset_root())) == MINI
    atlas = load_atlas(use_cache=False)
    assert atlas.geometry.source == f"{MINI}/bodymap.svg"
    monkeypatch.delenv("BODYMAP_ASSETS")
    assert Path(str(asset_root())) != MINI


def test_list_on_another_folder_lists_its_structures(tmp_path):
    """``--list`` with BODYMAP_ASSETS lists that folder's structures, not the shipped ones."""
    proc = run_main("--list", assets=MINI, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    ids = [line.split()[0] for line in proc.stdout.splitlines()]
    assert ids == [
        "gluteal",
        "posterior_thigh",
        "gluteus_maximus",
        "piriformis",
        "gluteus_minimus",
        "sciatic_nerve",
    ]


def test_shipped_assets_are_named_assets_in_messages(monkeypatch):
    """Without BODYMAP_ASSETS, messages name the drawing ``assets/bodymap.svg`` (short, stable)."""
    from bodymap.resources import asset_label, read_svg

    monkeypatch.delenv("BODYMAP_ASSETS", raising=False)
    assert asset_label() == "assets"
    assert asset_label(MINI) == str(MINI)
    try:
        label = read_svg()[1]
    except BodymapError as exc:  # the drawing may be mid-regeneration; the label is what counts
        label = exc.file
    assert label == "assets/bodymap.svg"


def test_damaged_geometry_cache_is_ignored_and_rewritten(tmp_path):
    """A truncated cache file is only a cache: the drawing is parsed again and the cache fixed."""
    from bodymap.importers.svg_import import load_geometry

    data = (MINI / "bodymap.svg").read_bytes()
    cache = tmp_path / "cache"
    good = load_geometry(data, "mini.svg", cache)
    (cache_file,) = cache.glob("geometry-*.json")
    cache_file.write_text('{"format": 3, "sha256": "', encoding="utf-8")
    again = load_geometry(data, "mini.svg", cache)
    assert again.shapes.keys() == good.shapes.keys()
    assert cache_file.read_text("utf-8").endswith("}")


def test_cache_is_never_stale(tmp_path):
    """A changed drawing or a cache from another format version is parsed afresh, not served."""
    import json

    from bodymap.importers.svg_import import CACHE_FORMAT, load_geometry

    cache = tmp_path / "cache"
    data = (MINI / "bodymap.svg").read_bytes()
    load_geometry(data, "mini.svg", cache)
    moved = (DATA / "trp_outside.svg").read_bytes()
    geo = load_geometry(moved, "moved.svg", cache)
    ring = geo.shapes["trp-piriformis-lateral-left"].rings[0]
    assert 295 < sum(p[1] for p in ring) / len(ring) < 305
    # An older cache for the same bytes (say, coarser curves) is not used.
    for cache_file in cache.glob("geometry-*.json"):
        old = json.loads(cache_file.read_text("utf-8"))
        old["format"] = CACHE_FORMAT - 1
        old["shapes"] = []
        cache_file.write_text(json.dumps(old), encoding="utf-8")
    for blob in (data, moved):
        assert load_geometry(blob, "x.svg", cache).shapes
