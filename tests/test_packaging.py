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


def test_desktop_integration_files_ship_as_package_data():
    """The icon and its PNGs, the menu entry, metainfo and file type install with bodymap."""
    from bodymap import APP_ID
    from bodymap.desktop_files import ICON_NAMES, PNG_SIZES

    patterns = _setuptools()["package-data"]["bodymap.assets"]
    needed = [
        f"desktop/{APP_ID}.desktop",
        f"desktop/{APP_ID}.metainfo.xml",
        f"desktop/{APP_ID}.mime.xml",
        *(f"desktop/{name}.svg" for name in ICON_NAMES),
        *(f"desktop/icons/{name}-{size}.png" for name in ICON_NAMES for size in PNG_SIZES),
    ]
    for rel in needed:
        assert (ROOT / "assets" / rel).is_file(), f"assets/{rel} is missing"
        assert any(Path(rel).match(p) for p in patterns), f"assets/{rel} is not shipped"


def test_pyinstaller_is_in_the_test_extra():
    """The README's test command installs PyInstaller, so the bundle's test can build it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extra = project["optional-dependencies"]["test"]
    assert any(req.lower().startswith("pyinstaller") for req in extra), extra


def test_the_compiled_interface_translations_are_shipped():
    """Each language's compiled interface strings (.qm) exist and a package-data pattern ships
    them, so an installed bodymap can show its menus in Spanish and German."""
    patterns = _setuptools()["package-data"]["bodymap.assets"]
    for lang in ("es", "de"):
        rel = Path("translations") / f"bodymap_{lang}.qm"
        assert (ROOT / "assets" / rel).stat().st_size > 1000, (
            f"{rel} is empty: run tools/update_translations.py"
        )
        assert any(rel.match(p) for p in patterns), f"{rel} is not shipped"


def test_asset_lookups_work_on_an_installed_namespace_path() -> None:
    """An installed bodymap.assets is a namespace package (a MultiplexedPath, whose joinpath
    takes one part at a time on Python 3.11): care pictures and translations still resolve."""
    from importlib.readers import MultiplexedPath

    from bodymap import resources

    root = MultiplexedPath(str(Path(__file__).resolve().parent.parent / "assets"))
    name = sorted(resources.care_pictures(root))[0]
    assert resources.read_care_picture(name, root).lstrip().startswith(b"<")
    assert resources.care_picture_path(name, root) is not None
    assert resources.interface_translation("es", root)
