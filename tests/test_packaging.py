"""What `pip install .` ships: every package and every asset the app reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_python_package_is_listed_for_installation():
    """A new bodymap sub-package that is not listed would be missing after installation."""
    listed = set(_setuptools()["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bodymap").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_every_asset_file_matches_a_package_data_pattern():
    """Each file under assets/ is shipped as package data (the drawing, content, examples)."""
    patterns = _setuptools()["package-data"]["bodymap.assets"]
    assets = ROOT / "assets"
    for path in assets.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(assets)
            assert any(rel.match(p) for p in patterns), f"{rel} is not shipped: add a pattern"


def test_the_gui_script_points_at_main():
    """`bodymap` after installation runs bodymap.app:main."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["gui-scripts"]["bodymap"] == "bodymap.app:main"
