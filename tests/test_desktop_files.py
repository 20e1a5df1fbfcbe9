"""Desktop integration: the menu entry, metainfo, file type and icons, and installing them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import APP_ID
from bodymap import desktop_files as df

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "assets" / "desktop"
KIOSK = REPO / "packaging" / "kiosk"


def tool(name: str) -> str:
    """A freedesktop tool that .ci/run installs; missing means the machine is not set up."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: see the apt-get line in .ci/run")
    return found


def expected_files() -> set[str]:
    """Every file --install-desktop must write, relative to the data folder."""
    names = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"mime/packages/{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "icons/hicolor/scalable/mimetypes/application-x-bodymap-session.svg",
    }
    for size in df.PNG_SIZES:
        names.add(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
        names.add(f"icons/hicolor/{size}x{size}/mimetypes/application-x-bodymap-session.png")
    return names


def tree(root: Path) -> set[str]:
    """The files under root, relative to it."""
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def parse_exec(value: str) -> list[str]:
    """Split a desktop entry's Exec value as the Desktop Entry Specification says."""
    text = value.replace("\\\\", "\\")  # the string layer: \\ stands for one backslash
    args: list[str] = []
    cur, quoted, i, started = "", False, 0, False
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            cur, i = cur + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started or cur:
                args.append(cur)
            cur, started = "", False
        else:
            cur += c
        i += 1
    if started or cur:
        args.append(cur)
    return args


def entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] keys of a desktop file."""
    keys: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            k, _, v = line.partition("=")
            keys[k] = v
    return keys


def run_bodymap(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bodymap", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    """The shipped entry, and the one written with a path holding spaces, are valid."""
    proc = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout + proc.stderr
    written = tmp_path / f"{APP_ID}.desktop"
    written.write_bytes(df.desktop_entry(["/opt/my apps/body$map/bodymap"]))
    proc = subprocess.run(
        [tool("desktop-file-validate"), str(written)], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout + proc.stderr
    assert parse_exec(entry(written)["Exec"]) == ["/opt/my apps/body$map/bodymap", "%f"]


def test_metainfo_passes_appstreamcli_validate():
    """``appstreamcli validate --no-net`` accepts the AppStream metainfo file."""
    proc = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(DESKTOP / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_kiosk_autostart_example_is_valid_and_finds_a_bundle_installed_bodymap(tmp_path):
    """The kiosk's XDG autostart entry validates and starts ~/.local/bin/bodymap (install.sh's)."""
    desktop = KIOSK / "bodymap-kiosk.desktop"
    proc = subprocess.run([tool("desktop-file-validate"), str(desktop)], capture_output=True)
    assert proc.returncode == 0, proc.stdout
    home = tmp_path / "home"
    fake = home / ".local" / "bin" / "bodymap"
    fake.parent.mkdir(parents=True)
    fake.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$HOME/args.txt"\n')
    fake.chmod(0o755)
    argv = parse_exec(entry(desktop)["Exec"])
    subprocess.run(argv, env={"HOME": str(home), "PATH": "/usr/bin:/bin"}, check=True, timeout=30)
    got = (home / "args.txt").read_text().split("\n")
    assert got[:3] == ["--kiosk", "--config", f"{home}/.config/bodymap/kiosk.toml"]
    service = (KIOSK / "bodymap-kiosk.service").read_text()
    assert "ExecStart=%h/.local/bin/bodymap --kiosk" in service


def test_mime_entry_maps_bodymap_files_to_the_session_type(tmp_path):
    """update-mime-database accepts the entry and files named *.bodymap get our type."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(DESKTOP / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    proc = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        env=dict(os.environ, XDG_DATA_HOME=str(tmp_path)),
    )
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert ":application/x-bodymap-session:*.bodymap" in globs
    icons = (tmp_path / "mime" / "icons").read_text()
    assert "application/x-bodymap-session:application-x-bodymap-session" in icons


def test_install_and_uninstall_desktop_write_and_remove_exactly_our_files(tmp_path):
    """Into an empty XDG_DATA_HOME with no cache tools on PATH: exactly our files, then none."""
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path), PATH="/nonexistent")
    proc = run_bodymap("--install-desktop", env=env)
    assert proc.returncode == 0, proc.stderr
    assert tree(data) == expected_files()
    assert f"{len(expected_files())} files under {data}" in proc.stdout
    exec_args = parse_exec(entry(data / "applications" / f"{APP_ID}.desktop")["Exec"])
    assert exec_args[-1] == "%f" and Path(exec_args[0]).is_absolute(), exec_args
    assert (data / "icons/hicolor/16x16/apps" / f"{APP_ID}.png").read_bytes() == (
        DESKTOP / "icons" / f"{APP_ID}-16.png"
    ).read_bytes()
    proc = run_bodymap("--uninstall-desktop", env=env)
    assert proc.returncode == 0, proc.stderr
    assert not data.exists() or list(data.rglob("*")) == [], sorted(tree(data))


def test_install_desktop_respects_home_and_refreshes_the_caches(tmp_path):
    """Without XDG_DATA_HOME the files go to ~/.local/share; with the tools, the type resolves."""
    tool("update-mime-database")
    tool("update-desktop-database")
    env = dict(os.environ, HOME=str(tmp_path))
    env.pop("XDG_DATA_HOME", None)
    data = tmp_path / ".local" / "share"
    assert run_bodymap("--install-desktop", env=env).returncode == 0
    assert expected_files() <= tree(data)
    assert "*.bodymap" in (data / "mime" / "globs2").read_text()
    cache = (data / "applications" / "mimeinfo.cache").read_text()
    assert f"application/x-bodymap-session={APP_ID}.desktop" in cache
    assert run_bodymap("--uninstall-desktop", env=env).returncode == 0
    left = tree(data)
    assert not (expected_files() & left), sorted(expected_files() & left)
    assert "bodymap" not in (data / "mime" / "globs2").read_text()
    assert APP_ID not in (data / "applications" / "mimeinfo.cache").read_text()


def test_data_home_follows_the_xdg_rule():
    """XDG_DATA_HOME wins when absolute; a relative one is ignored, as the spec says."""
    assert df.data_home({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share")
    assert df.data_home({"XDG_DATA_HOME": "rel", "HOME": "/h"}) == Path("/h/.local/share")
    assert df.data_home({"HOME": "/h"}) == Path("/h/.local/share")


def test_png_icons_match_their_svg(qapp):
    """Each shipped PNG is the SVG rendered at that size (run tools/render_icons.py after edits)."""
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(REPO / "tools"))
    try:
        from render_icons import render
    finally:
        sys.path.remove(str(REPO / "tools"))
    for name in df.ICON_NAMES:
        for size in df.PNG_SIZES:
            png = QImage(str(DESKTOP / "icons" / f"{name}-{size}.png"))
            assert (png.width(), png.height()) == (size, size), f"{name}-{size}.png"
            fresh = render(DESKTOP / f"{name}.svg", size).convertToFormat(png.format())
            worst = max(
                abs(a - b)
                for y in range(0, size, max(1, size // 32))
                for x in range(0, size, max(1, size // 32))
                for a, b in zip(
                    png.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
                )
            )
            assert worst <= 8, f"{name}-{size}.png is out of date: run python tools/render_icons.py"


def test_install_desktop_into_an_unwritable_folder_is_one_line_and_status_2(tmp_path):
    """XDG_DATA_HOME naming a file, not a folder: one line naming it and the fix, exit 2."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = dict(os.environ, XDG_DATA_HOME=str(blocker), HOME=str(tmp_path))
    proc = run_bodymap("--install-desktop", env=env)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("bodymap: error: ") and "could not be written" in line
    assert "XDG_DATA_HOME" in line
