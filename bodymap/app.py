"""Program entry: explicit ``main()``, no work at import time."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

from bodymap.core.errors import BodymapError, UsageError


def _list() -> int:
    from bodymap.core.content import load_content
    from bodymap.resources import asset_label, asset_root

    content = load_content(asset_root().joinpath("content"), f"{asset_label()}/content")
    rows = [(s.id, s.kind, s.name) for s in content.structures.values()]
    width = max(len(r[0]) for r in rows)
    for ident, kind, name in rows:
        print(f"{ident:<{width}}  {kind:<6}  {name}")
    return 0


def _printing(command: Callable[[], int]) -> int:
    """Run a command that prints; a reader that stops early (``bodymap --list | head``)
    ends it quietly instead of with a broken-pipe traceback."""
    try:
        status = command()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit: point it at nothing so that stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status


def _desktop(install: bool) -> int:
    from bodymap import desktop_files

    root = desktop_files.data_home()
    if install:
        written = desktop_files.install(root)
        command = " ".join(desktop_files.launcher_command())
        print(
            f"bodymap: added to the application menu ({len(written)} files under {root}); "
            f".bodymap sessions now open with {command}"
        )
    else:
        removed = desktop_files.uninstall(root)
        print(f"bodymap: removed from the application menu ({len(removed)} files under {root})")
    return 0


def _kiosk_session(path: object) -> UsageError:
    return UsageError(
        f"a kiosk opens no session files (it keeps nothing a visitor did): start it "
        f"without {path}, or open the session without the kiosk."
    )


def _has_display() -> bool:
    return not sys.platform.startswith("linux") or any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def _translation_report() -> int:
    from bodymap.core.content import load_content
    from bodymap.core.translation import LANGUAGES, translate
    from bodymap.core.translation_report import interface_coverage, report_lines
    from bodymap.resources import (
        TRANSLATIONS_DIR,
        asset_label,
        asset_root,
        care_pictures,
        interface_sources,
    )

    root = asset_root()
    label = asset_label()
    english = load_content(root.joinpath("content"), f"{label}/content", care_pictures())
    sources = interface_sources()
    for lang, name in LANGUAGES.items():
        if lang == "en":
            continue
        _content, cov = translate(english, root.joinpath("content"), lang, f"{label}/content")
        ts = sources.get(lang)
        ui = (
            interface_coverage(ts, lang, f"{label}/{TRANSLATIONS_DIR}/bodymap_{lang}.ts")
            if ts is not None
            else None
        )
        print("\n".join(report_lines(lang, name, cov.total, cov.missing, ui)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run bodymap; returns the exit status."""
    # Start-up makes ~100,000 small objects (modules, enums, the atlas) and no garbage worth
    # collecting: the cyclic collector would walk them all several times over. It is paused
    # until the window has shown its first frame (ui.application.run), or until main returns.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    from bodymap.cli import fail, parse_args

    args = sys.argv[1:] if argv is None else argv
    try:
        opts = parse_args(args)
        if opts.list:
            return _printing(_list)
        if opts.translation_report:
            return _printing(_translation_report)
        if opts.install_desktop or opts.uninstall_desktop:
            return _desktop(opts.install_desktop)
        if opts.set_kiosk_pin:
            from bodymap.kiosk_cli import set_kiosk_pin

            return set_kiosk_pin(opts.config)
        from bodymap.kiosk_cli import kiosk_config_for

        if opts.session is not None and opts.kiosk:
            raise _kiosk_session(opts.session)
        try:
            kiosk = kiosk_config_for(opts.config, opts.kiosk)
        except BodymapError as exc:
            # A kiosk must never start in a state nobody chose: a broken --config stops it.
            fail(exc.message, 2)
        if opts.session is not None and kiosk is not None:
            raise _kiosk_session(opts.session)
        if opts.select or opts.session is not None:
            from bodymap.core.content import load_content
            from bodymap.core.ids import parse_ref
            from bodymap.resources import asset_label, asset_root

            content = load_content(asset_root().joinpath("content"), f"{asset_label()}/content")
            if opts.select:
                parse_ref(opts.select, content.structures)
    except UsageError as exc:
        fail(str(exc), 2)
    except BodymapError as exc:
        fail(exc.message, 1)
    if opts.session is not None:
        from bodymap.core.session_file import load_session

        try:
            # The same checks as File > Open session, before any window exists.
            load_session(opts.session, content.structures)
        except BodymapError as exc:
            if opts.screenshot is None and _has_display():
                # Double-clicked in a file manager: nobody reads stderr, so say it on screen too.
                from bodymap.ui.application import show_error

                show_error("Session not opened", exc.message)
            fail(exc.message, 2)

    no_display = not _has_display()
    if no_display and opts.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif no_display:
        # Qt would abort with a long message about platform plugins; say it plainly instead.
        fail(
            "no display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start bodymap "
            "from a desktop session, or render without one with --screenshot out.png.",
            1,
        )
    from bodymap.ui.application import run

    return run(opts, kiosk)
