"""The command line, run as a user runs it: ``python main.py ...`` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.cli import parse_args, parse_size
from bodymap.core.errors import UsageError

REPO = Path(__file__).resolve().parent.parent


def run_main(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the real program offscreen with a private cache; text output captured."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("BODYMAP_ASSETS", None)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], status: int) -> str:
    """The run failed with ``status``, one ``bodymap: error:`` line and no traceback."""
    assert proc.returncode == status, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("bodymap: error: ")
    return lines[0]


def test_list_prints_every_structure_with_kind_and_name(tmp_path, atlas_content):
    """``--list`` prints one row per structure: its id, its kind and its display name."""
    proc = run_main("--list", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = [line.split(None, 2) for line in proc.stdout.splitlines()]
    assert {r[0] for r in rows} == set(atlas_content.structures)
    assert len(rows) == len(atlas_content.structures)
    for ident, kind, name in rows:
        st = atlas_content.structures[ident]
        assert (kind, name) == (st.kind, st.name)


@pytest.fixture(scope="module")
def atlas_content():
    """The shipped content (no drawing needed for --list)."""
    from bodymap.core.content import load_content
    from bodymap.resources import asset_root

    return load_content(asset_root().joinpath("content"))


def test_unknown_id_names_the_closest_ids_and_exits_2(tmp_path):
    """A misspelt id exits 2 with one line suggesting the real id, never a traceback."""
    line = assert_one_line_error(run_main("--select", "pirifromis", cwd=tmp_path), 2)
    assert "unknown structure 'pirifromis'" in line
    assert "piriformis" in line.split("Did you mean", 1)[1]
    assert "--list" in line


def test_unknown_side_exits_2(tmp_path):
    """``piriformis:up`` exits 2 and shows both valid spellings of the side."""
    line = assert_one_line_error(run_main("--select", "piriformis:up", cwd=tmp_path), 2)
    assert "unknown side 'up'" in line
    assert "piriformis:left" in line and "piriformis:right" in line


def test_unknown_option_exits_2(tmp_path):
    """An option bodymap does not have exits 2 and points to --help."""
    line = assert_one_line_error(run_main("--colour", "red", cwd=tmp_path), 2)
    assert "--colour" in line and "--help" in line


@pytest.mark.parametrize("size", ["12", "800by600", "10x10", "99999x600"])
def test_bad_size_exits_2(tmp_path, size):
    """A --size that is not WIDTHxHEIGHT or out of range exits 2 with an example."""
    line = assert_one_line_error(run_main("--size", size, cwd=tmp_path), 2)
    assert "--size" in line and ("1600x1000" in line or "320x240" in line)


def test_screenshot_must_be_a_png(tmp_path):
    """``--screenshot out.jpg`` is refused before any window exists."""
    line = assert_one_line_error(run_main("--screenshot", "out.jpg", cwd=tmp_path), 2)
    assert "must end in .png" in line
    assert not (tmp_path / "out.jpg").exists()


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path):
    """``--select piriformis:right --screenshot out.png --size 800x600`` writes an 800x600 PNG."""
    proc = run_main(
        "--select", "piriformis:right", "--screenshot", "out.png", "--size", "800x600", cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = (tmp_path / "out.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # The IHDR chunk holds width and height as big-endian 32-bit numbers.
    assert int.from_bytes(data[16:20], "big") == 800
    assert int.from_bytes(data[20:24], "big") == 600


def test_parse_args_reads_every_option():
    """The parser turns every documented option into the Options value."""
    opts = parse_args(
        ["--select", "gluteal", "--screenshot", "a.png", "--size", "1024x768", "--theme", "dark"]
    )
    assert (opts.select, str(opts.screenshot), opts.size, opts.theme) == (
        "gluteal",
        "a.png",
        (1024, 768),
        "dark",
    )
    assert parse_size(" 1600 × 1000 ") == (1600, 1000)
    with pytest.raises(UsageError, match="out of range"):
        parse_size("100x100")


def test_quit_after_is_hidden_and_checked():
    """The smoke test's --quit-after is not in --help and refuses negative times."""
    from bodymap.cli import build_parser

    assert "--quit-after" not in build_parser().format_help()
    assert parse_args(["--quit-after", "1500"]).quit_after == 1500
    with pytest.raises(UsageError, match="--quit-after"):
        parse_args(["--quit-after", "-1"])


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="display variables are X11/Wayland"
)
def test_no_display_says_so_plainly_instead_of_a_qt_abort(tmp_path):
    """Started with no display at all, bodymap explains and exits 1 (Qt would abort)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "BODYMAP_ASSETS")
    }
    proc = subprocess.run(
        [sys.executable, str(REPO / "main.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = assert_one_line_error(proc, 1)
    assert "no display" in line and "--screenshot" in line


SESSIONS = Path(__file__).parent / "data" / "sessions"


def test_version_prints_the_version_without_importing_qt():
    """``--version`` answers from the argument parser alone: PySide6 is never imported."""
    code = (
        "import sys\nfrom bodymap.app import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    code = e.code\n"
        "print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no-qt', code)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    from bodymap import __version__

    assert proc.stdout.split() == ["bodymap", __version__, "no-qt", "0"], proc.stderr


def test_session_file_is_read_from_the_command_line():
    """A positional SESSION.bodymap is parsed as the session to open."""
    opts = parse_args([str(SESSIONS / "good.bodymap"), "--select", "piriformis"])
    assert opts.session == SESSIONS / "good.bodymap" and opts.select == "piriformis"
    assert parse_args([]).session is None


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("truncated.bodymap", "the file ends too early"),
        ("newer_version.bodymap", "Update bodymap to open it"),
        ("missing.bodymap", "the file does not exist"),
    ],
)
def test_broken_session_on_the_command_line_is_one_line_and_status_2(tmp_path, name, says):
    """A damaged or missing session named on the command line: the File > Open message, exit 2."""
    proc = run_main(str(SESSIONS / name), "--screenshot", str(tmp_path / "x.png"), cwd=tmp_path)
    line = assert_one_line_error(proc, 2)
    assert name in line and says in line
    assert not (tmp_path / "x.png").exists()


def test_kiosk_refuses_a_session_file(tmp_path):
    """A kiosk keeps nothing a visitor did, so it opens no session file: usage error, exit 2."""
    proc = run_main("--kiosk", str(SESSIONS / "good.bodymap"), cwd=tmp_path)
    line = assert_one_line_error(proc, 2)
    assert "a kiosk opens no session files" in line


def test_install_and_uninstall_desktop_together_is_refused():
    """The two desktop flags contradict each other: one clear usage error."""
    with pytest.raises(UsageError, match="cannot be used together"):
        parse_args(["--install-desktop", "--uninstall-desktop"])


def test_list_read_by_a_pager_that_stops_early_ends_quietly(tmp_path) -> None:
    """`bodymap --list | true` (the reader leaves before bodymap writes): no traceback."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("BODYMAP_ASSETS", None)
    for option in ("--list", "--translation-report"):
        proc = subprocess.run(
            f"'{sys.executable}' '{REPO / 'main.py'}' {option} | true",
            shell=True,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, option
        assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
