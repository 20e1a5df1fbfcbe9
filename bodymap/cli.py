"""Command-line arguments: parsed and checked before any window exists (no Qt here)."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from bodymap import __version__
from bodymap.core.errors import UsageError
from bodymap.core.i18n import LANGUAGES


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    list: bool = False
    select: str | None = None
    screenshot: Path | None = None
    size: tuple[int, int] = (1600, 1000)
    theme: str | None = None  # None: the theme remembered from View ▸ Theme
    quit_after: int | None = None  # milliseconds; hidden, for the smoke test
    kiosk: bool = False
    config: Path | None = None
    set_kiosk_pin: bool = False
    session: Path | None = None  # a .bodymap file to open, e.g. double-clicked in a file manager
    install_desktop: bool = False
    uninstall_desktop: bool = False
    chart: bool = False  # hidden: --screenshot shows the progress chart (the bundle's test)
    lang: str | None = None  # None: the kiosk config, View ▸ Language, else the system locale
    translation_report: bool = False


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.rstrip(".") + ". Run with --help to see the options.")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by --help)."""
    p = _Parser(
        prog="bodymap",
        description="A clickable map of the back of the body that explains sciatica "
        "caused by muscles and trigger points.",
    )
    p.add_argument("--version", action="version", version=f"bodymap {__version__}")
    p.add_argument(
        "session",
        nargs="?",
        metavar="SESSION.bodymap",
        type=Path,
        help="open this saved session (as File ▸ Open session… does)",
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="print every selectable structure (id, kind, name) and exit",
    )
    p.add_argument(
        "--select",
        metavar="ID[:SIDE]",
        help="start with a structure selected, e.g. piriformis:right",
    )
    p.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="render the window to a PNG file and exit (works without a display)",
    )
    p.add_argument(
        "--size",
        metavar="WxH",
        default="1600x1000",
        help="window size for --screenshot (default 1600x1000)",
    )
    p.add_argument(
        "--theme",
        choices=("light", "dark", "high-contrast"),
        default=None,
        help="colour theme (default: the one last chosen in View ▸ Theme, else light)",
    )
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="run as an unattended touch kiosk: fullscreen, locked down, resets "
        "itself (see docs/kiosk.md)",
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        type=Path,
        help="a TOML config file; its [kiosk] section sets the kiosk up",
    )
    p.add_argument(
        "--set-kiosk-pin",
        action="store_true",
        help="ask for a new kiosk PIN twice and store its salted hash in --config",
    )
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="add bodymap to the application menu and open .bodymap files with it "
        "(files under $XDG_DATA_HOME, by default ~/.local/share), then exit",
    )
    p.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove exactly the files --install-desktop wrote, then exit",
    )
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="interface and content language: "
        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        + " (default: View ▸ Language, else the system's language)",
    )
    p.add_argument(
        "--translation-report",
        action="store_true",
        help="print how much of each language is translated, list what is missing, and exit",
    )
    # Hidden: the smoke test starts the real program and lets it close itself.
    p.add_argument("--quit-after", metavar="MS", type=int, help=argparse.SUPPRESS)
    # Hidden: the bundle's test renders the progress chart of SESSION with --screenshot.
    p.add_argument("--check-chart", action="store_true", help=argparse.SUPPRESS)
    return p


def parse_size(text: str) -> tuple[int, int]:
    """Parse ``WxH``; raise UsageError with the fix."""
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m:
        raise UsageError(f"--size '{text}' is not WIDTHxHEIGHT: use e.g. --size 1600x1000.")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise UsageError(f"--size {w}x{h} is out of range: use 320x240 up to 8000x8000.")
    return w, h


def parse_args(argv: list[str]) -> Options:
    """Parse the command line into Options (UsageError on anything unusable)."""
    ns = build_parser().parse_args(argv)
    shot: Path | None = ns.screenshot
    if shot is not None and shot.suffix.lower() != ".png":
        raise UsageError(f"--screenshot '{shot}' must end in .png.")
    quit_after: int | None = ns.quit_after
    if ns.install_desktop and ns.uninstall_desktop:
        raise UsageError("--install-desktop and --uninstall-desktop cannot be used together.")
    if ns.check_chart and (ns.session is None or shot is None):
        raise UsageError("--check-chart needs a session file and --screenshot OUT.png.")
    if quit_after is not None and quit_after < 0:
        raise UsageError(f"--quit-after {quit_after} must be 0 or more milliseconds.")
    lang: str | None = ns.lang
    if lang is not None and lang.strip().lower() not in LANGUAGES:
        choices = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise UsageError(f"--lang '{lang}' is not a language bodymap has: use one of {choices}.")
    return Options(
        lang=lang.strip().lower() if lang is not None else None,
        translation_report=ns.translation_report,
        list=ns.list,
        select=ns.select,
        screenshot=shot,
        size=parse_size(ns.size),
        theme=ns.theme,
        quit_after=quit_after,
        kiosk=ns.kiosk,
        config=ns.config,
        set_kiosk_pin=ns.set_kiosk_pin,
        session=ns.session,
        install_desktop=ns.install_desktop,
        uninstall_desktop=ns.uninstall_desktop,
        chart=ns.check_chart,
    )


def fail(message: str, status: int) -> NoReturn:
    """Print one line to stderr and exit (never a traceback)."""
    print(f"bodymap: error: {message}", file=sys.stderr)
    raise SystemExit(status)
