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

    if (
        opts.screenshot is not None
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bodymap.ui.application import run

    return run(opts, kiosk)
