"""Build the self-contained Linux bundle: ``python packaging/build_bundle.py``.

Runs PyInstaller on ``packaging/bodymap.spec`` (a one-folder build of the checkout it sits in),
strips the libraries, adds ``install.sh`` and a short README, and packs it all as
``dist/bodymap-<version>-linux-x86_64.tar.gz``. Prints the packed and unpacked sizes.
Needs the ``[test]`` extra (it brings PyInstaller) and binutils (``strip``, ``readelf``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from bodymap import __version__  # noqa: E402


def bundle_name() -> str:
    """``bodymap-<version>-linux-<machine>``: the folder inside the archive and its name."""
    return f"bodymap-{__version__}-linux-{platform.machine()}"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """The one-folder build (``dist/bodymap``)."""
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "bodymap.spec"),
    ]
    subprocess.run(cmd, check=True, cwd=REPO)
    return dist / "bodymap"


def strip_libraries(folder: Path) -> None:
    """Strip debugging symbols, except from the wheels' own vendored libraries.

    Libraries under ``*.libs`` (numpy's OpenBLAS) were rewritten by auditwheel and break
    when stripped again ("ELF load command address/offset not page-aligned").
    """
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found: the bundle stays unstripped (install binutils)", file=sys.stderr)
        return
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts):
            continue
        subprocess.run([strip, "--strip-unneeded", str(path)], check=False, capture_output=True)


def folder_size(folder: Path) -> int:
    """Bytes in the regular files under ``folder`` (symbolic links not followed)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(folder: Path, archive: Path) -> None:
    """A .tar.gz of ``folder`` with its name as the top-level directory."""
    tmp = archive.with_name(archive.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    os.replace(tmp, archive)


def build(out: Path, work: Path) -> Path:
    """Build the bundle; returns the archive's path."""
    started = time.monotonic()
    built = run_pyinstaller(work / "dist", work / "pyinstaller")
    strip_libraries(built)
    folder = work / bundle_name()
    if folder.exists():
        shutil.rmtree(folder)
    built.rename(folder)
    for name in ("install.sh", "README.txt"):
        shutil.copy2(HERE / "bundle" / name, folder / name)
    (folder / "install.sh").chmod(0o755)
    # The kiosk's autostart examples and their guide, for clinics that have no checkout.
    kiosk = folder / "kiosk"
    shutil.copytree(HERE / "kiosk", kiosk)
    shutil.copy2(REPO / "docs" / "kiosk.md", kiosk / "README.md")
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{bundle_name()}.tar.gz"
    pack(folder, archive)
    unpacked = folder_size(folder)
    print(
        f"{archive}: {archive.stat().st_size / 1e6:.1f} MB packed, "
        f"{unpacked / 1e6:.1f} MB unpacked, built in {time.monotonic() - started:.0f} s"
    )
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the archive goes")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "bundle", help="PyInstaller's work folder"
    )
    args = parser.parse_args(argv)
    build(args.out.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
