"""Command-line side of the kiosk: ``--set-kiosk-pin`` and loading ``--config`` (no Qt here)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bodymap.core.errors import UsageError
from bodymap.core.kiosk_config import KioskConfig, load_kiosk_config, write_pin_hash


def _reader(stdin: TextIO, prompt_fn: Callable[[str], str]) -> Callable[[str], str]:
    """Read from the terminal without echo, or one line of stdin when it is not a terminal."""
    if stdin.isatty():
        return prompt_fn

    def read(_prompt: str) -> str:
        line = stdin.readline()
        if not line:
            raise UsageError("--set-kiosk-pin needs the new PIN twice on standard input.")
        return line.rstrip("\r\n")

    return read


def set_kiosk_pin(
    config: Path | None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    prompt_fn: Callable[[str], str] | None = None,
) -> int:
    """Ask for a new PIN twice and store only its salted hash in the config file."""
    # Here, not at the top: every start of the app reads this module, few set a PIN.
    import getpass

    from bodymap.core.pin import PinError, check_new_pin, hash_pin

    stdin = sys.stdin if stdin is None else stdin
    out = sys.stdout if out is None else out
    if config is None:
        raise UsageError(
            "--set-kiosk-pin needs --config PATH: the file that will hold the "
            "PIN's hash, e.g. --config ~/.config/bodymap/kiosk.toml."
        )
    read = _reader(stdin, prompt_fn or getpass.getpass)
    first = read("New kiosk PIN (4-12 digits): ")
    try:
        check_new_pin(first)
    except PinError as exc:
        raise UsageError(f"{exc}; nothing was changed.") from None
    if read("The same PIN again: ") != first:
        raise UsageError("the two PINs differ; nothing was changed. Run --set-kiosk-pin again.")
    write_pin_hash(config, hash_pin(first))
    print(f"bodymap: kiosk PIN set: its salted hash is stored in {config}", file=out)
    return 0


def kiosk_config_for(config: Path | None, kiosk_flag: bool) -> KioskConfig | None:
    """The kiosk settings when the kiosk should start (``--kiosk`` or ``enabled = true``).

    Raises BodymapError for a damaged file: an explicitly named config is never ignored.
    """
    cfg = load_kiosk_config(config)
    if not (kiosk_flag or cfg.enabled):
        return None
    if not cfg.pin_hash:
        print(
            "bodymap: warning: no kiosk PIN is set, so the kiosk can only be left by stopping "
            "it from outside; set one with: bodymap --set-kiosk-pin --config PATH",
            file=sys.stderr,
        )
    return cfg
