"""Program entry: explicit ``main()``, no work at import time."""

from __future__ import annotations

import os
import sys

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


def main(argv: list[str] | None = None) -> int:
    """Run bodymap; returns the exit status."""
    from bodymap.cli import fail, parse_args

    args = sys.argv[1:] if argv is None else argv
    try:
        opts = parse_args(args)
        if opts.list:
            return _list()
        if opts.set_kiosk_pin:
            from bodymap.kiosk_cli import set_kiosk_pin

            return set_kiosk_pin(opts.config)
        from bodymap.kiosk_cli import kiosk_config_for

        try:
            kiosk = kiosk_config_for(opts.config, opts.kiosk)
        except BodymapError as exc:
            # A kiosk must never start in a state nobody chose: a broken --config stops it.
            fail(exc.message, 2)
        if opts.select:
            from bodymap.core.content import load_content
            from bodymap.core.ids import parse_ref
            from bodymap.resources import asset_label, asset_root

            content = load_content(asset_root().joinpath("content"), f"{asset_label()}/content")
            parse_ref(opts.select, content.structures)
    except UsageError as exc:
        fail(str(exc), 2)
    except BodymapError as exc:
        fail(exc.message, 1)

    no_display = (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )
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
