"""The self-contained bundle: built, unpacked into an empty folder and run with no Python around.

The bundle is built once for this module (about a minute and a half on 2 busy cores) with the
README's command, unpacked into a fresh temporary folder and started with a clean environment:
no virtual environment, no PYTHONPATH, no display, the working directory outside any checkout.
Skip it locally with ``python -m pytest -m "not bundle"``; CI runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from bodymap import APP_ID, __version__
from tests.test_smoke import trouble

pytestmark = pytest.mark.bundle

REPO = Path(__file__).resolve().parent.parent
SESSIONS = Path(__file__).parent / "data" / "sessions"
VISIT = SESSIONS / "progress" / "visit_3.bodymap"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundle's binary, unpacked from the archive build_bundle.py wrote."""
    build = tmp_path_factory.mktemp("build")
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build_bundle.py"),
            "--out",
            str(build / "out"),
            "--work",
            str(build / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    archive = build / "out" / f"bodymap-{__version__}-linux-x86_64.tar.gz"
    assert archive.is_file(), proc.stdout
    shutil.rmtree(build / "work")  # PyInstaller's ~0.5 GB of intermediate files
    unpacked = tmp_path_factory.mktemp("unpacked")
    assert list(unpacked.iterdir()) == []
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    (top,) = unpacked.iterdir()
    assert top.name == f"bodymap-{__version__}-linux-x86_64"
    return top / "bodymap"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a fresh desktop login would have: no Python variables, only system folders on PATH."""
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def run(exe: Path | str, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def pip_app(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess:
    """The same command with the pip-installed bodymap (this test run's Python)."""
    env = dict(os.environ, **clean_env(home))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return run(sys.executable, "-m", "bodymap", *args, env=env, cwd=cwd)


def differing_fraction(a: Path, b: Path) -> float:
    """Share of pixels whose colour differs by more than 40 in some channel (sizes must match)."""
    from PySide6.QtGui import QImage

    ia, ib = QImage(str(a)), QImage(str(b))
    assert not ia.isNull() and not ib.isNull(), (a, b)
    assert ia.size() == ib.size(), (ia.size(), ib.size())
    step, differ, total = 4, 0, 0
    for y in range(0, ia.height(), step):
        for x in range(0, ia.width(), step):
            ca, cb = ia.pixelColor(x, y), ib.pixelColor(x, y)
            total += 1
            if (
                max(
                    abs(ca.red() - cb.red()),
                    abs(ca.green() - cb.green()),
                    abs(ca.blue() - cb.blue()),
                )
                > 40
            ):
                differ += 1
    return differ / total


def test_version_and_list_need_nothing_but_the_bundle(bundle, tmp_path):
    """--version and --list run from the unpacked folder with a bare environment."""
    env = clean_env(tmp_path / "home")
    proc = run(bundle, "--version", env=env, cwd=tmp_path)
    assert (proc.returncode, proc.stdout.strip()) == (0, f"bodymap {__version__}"), proc.stderr
    proc = run(bundle, "--list", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split()[0]: line.split()[1] for line in proc.stdout.splitlines()}
    assert rows.get("piriformis") == "muscle" and rows.get("sciatic_nerve") == "nerve", proc.stdout[
        :500
    ]
    assert "Traceback" not in proc.stderr


def test_screenshot_matches_the_pip_installed_app(bundle, tmp_path, qapp):
    """The bundle draws the same body as the pip install (tolerant pixel comparison)."""
    args = ("--select", "piriformis:right", "--size", "1200x800", "--screenshot")
    frozen, pip = tmp_path / "frozen.png", tmp_path / "pip.png"
    proc = run(bundle, *args, str(frozen), env=clean_env(tmp_path / "h1"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # No traceback, no Qt warning (a missing plugin or font would say so here).
    assert trouble(proc.stdout + proc.stderr) == [], proc.stderr
    proc = pip_app(*args, str(pip), home=tmp_path / "h2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert differing_fraction(frozen, pip) < 0.01
    # A real picture of the body: the selected muscle's colours fill part of the canvas.
    from PySide6.QtGui import QImage

    image = QImage(str(frozen))
    colours = {image.pixel(x, y) for x in range(0, 1200, 10) for y in range(0, 800, 10)}
    assert len(colours) > 200


def test_session_given_on_the_command_line_opens(bundle, tmp_path, qapp):
    """A .bodymap file named on the command line is opened: its drawing and notes show."""
    env = clean_env(tmp_path / "home")
    plain, opened, pip = tmp_path / "plain.png", tmp_path / "opened.png", tmp_path / "pip.png"
    size = ("--size", "1200x800", "--screenshot")
    assert run(bundle, *size, str(plain), env=env, cwd=tmp_path).returncode == 0
    proc = run(bundle, str(VISIT), *size, str(opened), env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert differing_fraction(plain, opened) > 0.02  # the selection, drawing and notes dock
    assert pip_app(str(VISIT), *size, str(pip), home=tmp_path / "h2", cwd=tmp_path).returncode == 0
    assert differing_fraction(opened, pip) < 0.01
    # It also opens in a normal (offscreen) start that quits by itself.
    proc = run(
        bundle,
        str(VISIT),
        "--quit-after",
        "1500",
        cwd=tmp_path,
        env=clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0 and trouble(proc.stdout + proc.stderr) == [], proc.stderr


def test_broken_session_gets_one_line_and_status_2(bundle, tmp_path):
    """A truncated session file: one line naming the file and the fix, exit status 2."""
    proc = run(
        bundle,
        str(SESSIONS / "truncated.bodymap"),
        "--screenshot",
        str(tmp_path / "x.png"),
        env=clean_env(tmp_path / "home"),
        cwd=tmp_path,
    )
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("bodymap:")]
    assert len(lines) == 1 and "truncated.bodymap" in lines[0] and "earlier copy" in lines[0]
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_progress_chart_works_frozen(bundle, tmp_path, qapp):
    """pyqtgraph and numpy, imported only when the chart opens, are in the bundle and draw."""
    chart = tmp_path / "chart.png"
    proc = run(
        bundle,
        str(VISIT),
        "--check-chart",
        "--screenshot",
        str(chart),
        env=clean_env(tmp_path / "home"),
        cwd=tmp_path,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    pip = tmp_path / "pip-chart.png"
    assert (
        pip_app(
            str(VISIT),
            "--check-chart",
            "--screenshot",
            str(pip),
            home=tmp_path / "h2",
            cwd=tmp_path,
        ).returncode
        == 0
    )
    assert differing_fraction(chart, pip) < 0.01
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(chart))
    red = QColor("#D62839").rgb()
    assert any(image.pixel(x, y) == red for x in range(image.width()) for y in range(0, 400))


def test_install_sh_installs_links_and_uninstalls(bundle, tmp_path):
    """install.sh copies the bundle, links ~/.local/bin/bodymap, adds the menu entry; --uninstall
    takes it all away again."""
    home = tmp_path / "home"
    env = clean_env(home)
    install = bundle.parent / "install.sh"
    proc = run("/bin/sh", str(install), env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    installed = home / ".local" / "lib" / "bodymap" / "bodymap"
    link = home / ".local" / "bin" / "bodymap"
    assert link.is_symlink() and link.resolve() == installed.resolve()
    # The kiosk examples start ~/.local/bin/bodymap: it works.
    assert run(link, "--version", env=env, cwd=tmp_path).stdout.strip() == f"bodymap {__version__}"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={installed.resolve()} %f" in desktop.read_text()
    proc = run("/bin/sh", str(install), "--uninstall", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not installed.exists() and not link.is_symlink() and not desktop.exists()


def test_translations_ship_and_the_window_speaks_spanish(bundle, tmp_path, qapp):
    """bodymap's translations and Qt's own for the same languages are in the bundle, and
    ``--lang es`` draws the same Spanish window as the pip install."""
    langs = sorted(p.stem[len("bodymap_") :] for p in (REPO / "assets/translations").glob("*.qm"))
    assert "es" in langs
    internal = bundle.parent / "_internal"
    for lang in langs:
        assert (internal / "bodymap/assets/translations" / f"bodymap_{lang}.qm").is_file()
        assert (internal / "PySide6/Qt/translations" / f"qtbase_{lang}.qm").is_file(), lang
    assert not (internal / "PySide6/Qt/translations/qtbase_ja.qm").exists()  # only ours
    args = ("--lang", "es", "--select", "piriformis:right", "--size", "1200x800", "--screenshot")
    frozen, pip, english = tmp_path / "es.png", tmp_path / "pip-es.png", tmp_path / "en.png"
    proc = run(bundle, *args, str(frozen), env=clean_env(tmp_path / "h1"), cwd=tmp_path)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert pip_app(*args, str(pip), home=tmp_path / "h2", cwd=tmp_path).returncode == 0
    assert differing_fraction(frozen, pip) < 0.01
    en_args = ("--lang", "en", *args[2:], str(english))
    assert run(bundle, *en_args, env=clean_env(tmp_path / "h1"), cwd=tmp_path).returncode == 0
    assert differing_fraction(frozen, english) > 0.002  # the text really changed


def test_bundle_runs_as_a_real_x11_client(bundle, tmp_path):
    """Under Xvfb the bundle's own xcb platform plugin loads and shows the window, then it quits
    by itself: the plugin set kept in packaging/bodymap.spec is enough for a desktop."""
    from tests.test_screen_reader import _start_xvfb, _stop

    xvfb, display = _start_xvfb()
    try:
        env = clean_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")
        proc = run(bundle, str(VISIT), "--quit-after", "2500", env=env, cwd=tmp_path)
    finally:
        _stop(xvfb)
    assert proc.returncode == 0, proc.stderr
    assert trouble(proc.stdout + proc.stderr) == [], proc.stderr
