"""Desktop integration: menu entry, icons, AppStream metainfo and the ``.bodymap`` file type.

``bodymap --install-desktop`` copies them under the user's data folder (``$XDG_DATA_HOME``,
by default ``~/.local/share``) so bodymap appears in the application menu and a double-clicked
session file opens in it; ``--uninstall-desktop`` removes exactly the files it wrote. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bodymap import APP_ID
from bodymap.core.errors import UsageError
from bodymap.resources import asset_root

MIME_TYPE = "application/x-bodymap-session"
MIME_ICON = MIME_TYPE.replace("/", "-")
ICON_NAMES = (APP_ID, MIME_ICON)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


@dataclass(frozen=True)
class Planned:
    """One file to write: where it goes (relative to the data folder) and its bytes."""

    relative: Path
    data: bytes


def data_home(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share`` (the XDG rule)."""
    env = os.environ if environ is None else environ
    given = env.get("XDG_DATA_HOME", "")
    if given and os.path.isabs(given):
        return Path(given)
    home = env.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".local" / "share"


def launcher_command() -> list[str]:
    """How the menu entry starts this bodymap: the bundle's binary or pip's ``bodymap`` script."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / "bodymap"
    if script.is_file():
        return [str(script)]
    found = shutil.which("bodymap")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "bodymap"]


def quote_exec_arg(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry spec says."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not (set(arg) & reserved):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # The desktop file's string escaping doubles each backslash once more.
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> bytes:
    """The shipped desktop entry with its Exec line pointing at ``command``."""
    text = _asset(f"{APP_ID}.desktop").decode("utf-8")
    exec_line = "Exec=" + " ".join(quote_exec_arg(a) for a in command) + " %f"
    lines = [exec_line if ln.startswith("Exec=") else ln for ln in text.splitlines()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _asset(name: str) -> bytes:
    return asset_root().joinpath("desktop").joinpath(name).read_bytes()


def _icon(name: str, size: int) -> bytes:
    return (
        asset_root()
        .joinpath("desktop")
        .joinpath("icons")
        .joinpath(f"{name}-{size}.png")
        .read_bytes()
    )


def planned_files(command: list[str] | None = None) -> list[Planned]:
    """Every file --install-desktop writes, relative to the data folder."""
    cmd = launcher_command() if command is None else command
    icons = Path("icons") / "hicolor"
    files = [
        Planned(Path("applications") / f"{APP_ID}.desktop", desktop_entry(cmd)),
        Planned(Path("metainfo") / f"{APP_ID}.metainfo.xml", _asset(f"{APP_ID}.metainfo.xml")),
        Planned(Path("mime") / "packages" / f"{APP_ID}.xml", _asset(f"{APP_ID}.mime.xml")),
    ]
    for name, kind in ((APP_ID, "apps"), (MIME_ICON, "mimetypes")):
        files.append(Planned(icons / "scalable" / kind / f"{name}.svg", _asset(f"{name}.svg")))
        for size in PNG_SIZES:
            files.append(
                Planned(icons / f"{size}x{size}" / kind / f"{name}.png", _icon(name, size))
            )
    return files


def install(target: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the desktop files under ``target`` (the data folder); returns the paths written."""
    root = data_home() if target is None else target
    written: list[Path] = []
    try:
        for item in planned_files(command):
            path = root / item.relative
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(item.data)
            os.replace(tmp, path)
            written.append(path)
    except OSError as exc:
        raise UsageError(
            f"{exc.filename or root}: the desktop files could not be written ({exc.strerror}). "
            "Check that the folder is yours and writable, or set XDG_DATA_HOME."
        ) from None
    _refresh_caches(root)
    return written


def uninstall(target: Path | None = None) -> list[Path]:
    """Remove exactly the files --install-desktop writes (and folders it leaves empty)."""
    root = data_home() if target is None else target
    removed: list[Path] = []
    for item in planned_files(command=["bodymap"]):
        path = root / item.relative
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise UsageError(
                f"{path}: could not be removed ({exc.strerror}). Check the folder's permissions."
            ) from None
        removed.append(path)
    # The caches first (update-mime-database needs its packages folder), then empty folders.
    _refresh_caches(root)
    for path in removed:
        _prune_empty(path.parent, root)
    return removed


def _prune_empty(folder: Path, root: Path) -> None:
    """Remove folders left empty up to (not including) the data folder."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (other programs' files) or not ours to remove
        folder = folder.parent


def _refresh_caches(root: Path) -> None:
    """Tell the desktop about the change with the freedesktop tools, where they are installed."""
    runs = (
        ("update-mime-database", root / "mime"),
        ("update-desktop-database", root / "applications"),
    )
    for tool, folder in runs:
        exe = shutil.which(tool)
        if exe is not None and folder.is_dir():
            subprocess.run([exe, str(folder)], capture_output=True, check=False, timeout=60)
    # No icon cache is written for a user's folder (a stale one would hide later icons):
    # touching the theme folder is how icon loaders learn that it changed.
    hicolor = root / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
