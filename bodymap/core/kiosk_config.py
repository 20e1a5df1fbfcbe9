"""The ``[kiosk]`` section of a TOML config file: documented defaults, strict checks, PIN edits.

A kiosk runs unattended, so a damaged config must never start it in a state nobody chose:
a config file named with ``--config`` that is missing, not TOML, or has a wrong key or value
stops bodymap with one line naming the file, the place and the fix (exit status 2), and
no file is ever changed by reading it. Other sections of the same file belong to other
features and are left alone.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from bodymap.core.errors import BodymapError

SECTION = "kiosk"
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


@dataclass(frozen=True, slots=True)
class KioskConfig:
    """Every kiosk setting with its default (docs/kiosk.md lists the same keys)."""

    enabled: bool = False  # start in kiosk mode even without --kiosk
    idle_seconds: float = 90.0  # no touch for this long -> the countdown starts
    countdown_seconds: int = 10  # the visible "Starting again in N" before the reset
    attract: bool = True  # animate the welcome loop while nobody is using the kiosk
    attract_step_seconds: float = 6.0  # how long each caption of the welcome loop stays
    pin_hash: str = ""  # salted hash written by `bodymap --set-kiosk-pin`; "" = no way out
    pin_corner: str = "top-right"  # where the long-press that opens the PIN pad is
    long_press_seconds: float = 3.0  # how long that press must last
    text_size: float = 20.0  # article text in points (the kiosk is read standing up)
    language: str = ""  # "en", "es", "de"; "" = the system's language
    language_switch: bool = False  # big language buttons in the kiosk bar for visitors


# key -> (type name for messages, accepted Python types, (min, max) or choices)
_RULES: dict[str, tuple[str, tuple[type, ...], tuple[float, float] | tuple[str, ...] | None]] = {
    "enabled": ("true or false", (bool,), None),
    "idle_seconds": ("a number of seconds", (int, float), (5.0, 86400.0)),
    "countdown_seconds": ("a whole number of seconds", (int,), (1.0, 120.0)),
    "attract": ("true or false", (bool,), None),
    "attract_step_seconds": ("a number of seconds", (int, float), (2.0, 120.0)),
    "pin_hash": ("a text string", (str,), None),
    "pin_corner": ("a text string", (str,), CORNERS),
    "long_press_seconds": ("a number of seconds", (int, float), (1.0, 30.0)),
    "text_size": ("a number of points", (int, float), (12.0, 60.0)),
    "language": ("a language code", (str,), None),
    "language_switch": ("true or false", (bool,), None),
}


def _bad(label: str, place: str, problem: str, fix: str) -> BodymapError:
    return BodymapError(label, place, problem, fix)


def _check_value(label: str, key: str, value: Any) -> Any:
    kind, types, limits = _RULES[key]
    place = f"[{SECTION}] {key}"
    # TOML booleans are Python ints too: a number key must not accept true/false.
    if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        raise _bad(
            label, place, f"is {shown} but must be {kind}", f"Write e.g. {key} = {_example(key)}"
        )
    if isinstance(limits, tuple) and limits and isinstance(limits[0], str):
        if value not in limits:
            raise _bad(
                label,
                place,
                f"'{value}' is not one of {', '.join(limits)}",
                f'Write e.g. {key} = "{limits[1]}"',
            )
    elif isinstance(limits, tuple) and limits:
        lo, hi = (float(str(v)) for v in limits[:2])
        if not lo <= float(str(value)) <= hi:
            raise _bad(
                label, place, f"{value} is out of range", f"Use a value from {lo:g} to {hi:g}"
            )
    if key == "language" and value:
        from bodymap.core.translation import LANGUAGES

        if value not in LANGUAGES:
            raise _bad(
                label,
                place,
                f"'{value}' is not a language bodymap has",
                f"Use one of: {', '.join(LANGUAGES)} (or leave it out for the system's language)",
            )
    if key == "pin_hash" and value:
        from bodymap.core.pin import is_pin_hash

        if not is_pin_hash(value):
            raise _bad(
                label,
                place,
                "is not a PIN hash written by bodymap",
                "Set the PIN again with: bodymap --set-kiosk-pin --config " + label,
            )
    return float(value) if float in types else value


def _example(key: str) -> str:
    value = getattr(KioskConfig(), key)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return f"{value:g}"


def parse_kiosk_config(text: str, label: str) -> KioskConfig:
    """Read the ``[kiosk]`` section from TOML text; raise BodymapError for anything wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute: read it from the message.
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = f"{at.group(1)}, column {at.group(2)}" if at else None
        detail = str(exc).split(" (at ")[0]
        raise _bad(
            label,
            f"line {line}" if line else "",
            f"is not valid TOML ({detail})",
            "Fix that line (docs/kiosk.md shows a working file)",
        ) from None
    section = data.get(SECTION, {})
    if not isinstance(section, dict):
        raise _bad(
            label,
            SECTION,
            "must be a [kiosk] table",
            "Write the settings under a line reading [kiosk]",
        )
    unknown = sorted(set(section) - set(_RULES))
    if unknown:
        from bodymap.core.ids import closest

        key = unknown[0]
        near = closest(key, list(_RULES), 1)
        hint = f"Did you mean '{near[0]}'? " if near else ""
        raise _bad(
            label,
            f"[{SECTION}] {key}",
            "is not a kiosk setting",
            f"{hint}Settings: {', '.join(_RULES)}",
        )
    values = {key: _check_value(label, key, section[key]) for key in section}
    return KioskConfig(**values)


def load_kiosk_config(path: Path | None) -> KioskConfig:
    """The kiosk settings from a config file (defaults when no file was given)."""
    if path is None:
        return KioskConfig()
    label = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _bad(
            label,
            "",
            "the config file does not exist",
            "Check the path given with --config, or create it "
            "(packaging/kiosk/kiosk.toml is an example)",
        ) from None
    except UnicodeDecodeError:
        raise _bad(
            label, "", "the config file is not UTF-8 text", "Save it as UTF-8 text"
        ) from None
    except OSError as exc:
        raise _bad(
            label,
            "",
            f"the config file cannot be read ({exc.strerror})",
            "Check the file's permissions",
        ) from None
    return parse_kiosk_config(text, label)


KEY_LINE = re.compile(r"^\s*pin_hash\s*=")
HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")


def with_pin_hash(text: str, pin_hash: str) -> str:
    """Return the TOML text with ``[kiosk] pin_hash`` set, every other line kept as it was."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    entry = f'pin_hash = "{pin_hash}"{newline}'
    start = next(
        (i for i, ln in enumerate(lines) if (m := HEADER.match(ln)) and m.group(1) == SECTION), None
    )
    if start is None:
        tail = "" if not lines or lines[-1].endswith(("\n", "\r\n")) else newline
        gap = newline if lines else ""
        return "".join(lines) + tail + gap + f"[{SECTION}]{newline}" + entry
    end = next((i for i in range(start + 1, len(lines)) if HEADER.match(lines[i])), len(lines))
    for i in range(start + 1, end):
        if KEY_LINE.match(lines[i]):
            lines[i] = entry
            return "".join(lines)
    lines.insert(start + 1, entry)
    return "".join(lines)


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Store a PIN hash in the config file atomically, creating the file if it is missing.

    The existing file must be valid: a damaged file is reported and left untouched.
    """
    label = str(path)
    try:
        old = path.read_text(encoding="utf-8")
        mode: int | None = path.stat().st_mode & 0o777
    except FileNotFoundError:
        old, mode = "", None
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(
            label,
            "",
            f"the config file cannot be read ({exc})",
            "Check the file's permissions and that it is UTF-8 text",
        ) from None
    if old:
        parse_kiosk_config(old, label)
    new = with_pin_hash(old, pin_hash)
    if parse_kiosk_config(new, label).pin_hash != pin_hash:  # pragma: no cover - a safety net
        raise _bad(
            label,
            f"[{SECTION}] pin_hash",
            "could not be written safely",
            "Edit the file by hand: put pin_hash under [kiosk]",
        )
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(new)
                fh.flush()
                os.fsync(fh.fileno())
            # The hash is not secret, but the file may hold other settings: keep it private
            # unless the administrator had chosen a mode already.
            os.chmod(tmp, mode if mode is not None else 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise _bad(
            label,
            "",
            f"the config file cannot be written ({exc.strerror})",
            "Check that the folder exists and is writable",
        ) from None


def setting_names() -> list[str]:
    """Every key the ``[kiosk]`` section accepts, in documentation order."""
    return [f.name for f in fields(KioskConfig)]
