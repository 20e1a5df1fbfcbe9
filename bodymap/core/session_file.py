"""A therapist's session as a small versioned JSON file (``.bodymap``), saved atomically.

The file holds the pain drawing, the selection, the depth per side, the notes and an
optional client name. ``save_session`` never leaves a half-written file: it writes a
temporary file in the same folder, flushes it to disk, then renames it over the target.
``load_session`` checks every field and raises ``BodymapError`` naming the file, the
place, the problem and the fix; it only ever reads the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bodymap.core.errors import BodymapError
from bodymap.core.geometry import Point
from bodymap.core.home_plan import PlanChoice, clean_note
from bodymap.core.ids import Ref, Side
from bodymap.core.state import Stroke, ViewState

FORMAT = "bodymap-session"
VERSION = 1
SUFFIX = ".bodymap"
MAX_BYTES = 20_000_000  # far above any real drawing; stops a wrong file from filling memory


@dataclass(frozen=True, slots=True)
class Session:
    """Everything a session file keeps: the drawing, the selection, depth and notes."""

    date: str  # the session's day, ISO "YYYY-MM-DD"
    selection: Ref | None = None
    depth: tuple[int, int] = (0, 1)
    strokes: tuple[Stroke, ...] = field(default=())
    notes: str = ""
    client: str = ""
    saved_at: str = ""
    home_plan: tuple[PlanChoice, ...] = ()  # the self-care items ticked for the handout


def today() -> str:
    """Today's date as ISO text (local time: the therapist's day)."""
    return dt.date.today().isoformat()


def from_state(
    state: ViewState,
    notes: str = "",
    client: str = "",
    date: str | None = None,
    home_plan: tuple[PlanChoice, ...] = (),
) -> Session:
    """The session a window state stands for."""
    return Session(
        date=date or today(),
        selection=state.selection,
        depth=state.depth,
        strokes=state.strokes,
        notes=notes,
        client=client,
        home_plan=home_plan,
    )


def apply_to_state(state: ViewState, session: Session) -> ViewState:
    """The window state with a session's drawing, selection and depth put back."""
    article = session.selection.id if session.selection else "overview"
    return replace(
        state,
        selection=session.selection,
        depth=session.depth,
        strokes=session.strokes,
        article=article,
        hover=None,
    )


# --- writing ------------------------------------------------------------------------------
def to_json(session: Session, saved_at: str | None = None) -> dict[str, Any]:
    """The JSON object written for a session."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": saved_at or session.saved_at or _now(),
        "client": session.client or None,
        "date": session.date,
        "selection": str(session.selection) if session.selection else None,
        "depth": list(session.depth),
        "strokes": [
            {
                "points": [[round(x, 2), round(y, 2)] for x, y in s.points],
                "intensity": s.intensity,
                "width": s.width,
                "erase": s.erase,
                "side": s.side,
            }
            for s in session.strokes
        ],
        "notes": session.notes,
        "home_plan": [{"item": c.key, "note": c.note} for c in session.home_plan],
    }


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _encode(data: Mapping[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_session(path: str | os.PathLike[str], session: Session) -> Session:
    """Write a session atomically; returns it with ``saved_at`` filled in.

    The target is untouched until the final rename, so a crash or a full disk leaves
    either the old file or the new one, never half of one.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    stamp = _now()
    data = _encode(to_json(session, stamp))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BodymapError(
            str(target),
            "",
            f"cannot write in this folder ({exc.strerror})",
            "Choose a folder you can write to",
        ) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            # Keep an existing file's permissions; a new file gets the user's default.
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise BodymapError(
                str(target),
                "",
                f"the session could not be saved ({exc.strerror})",
                "Check the disk has space and the folder is writable; "
                "any earlier version of the file is unchanged",
            ) from None
        raise
    _sync_folder(folder)
    return replace(session, saved_at=stamp)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- reading ------------------------------------------------------------------------------
def load_session(path: str | os.PathLike[str], known_ids: Iterable[str] | None = None) -> Session:
    """Read and check a session file; raise BodymapError for anything it cannot use."""
    label = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BodymapError(
            label, "", "the file does not exist", "Check the name, or choose another session"
        ) from None
    except IsADirectoryError:
        raise BodymapError(
            label, "", "this is a folder, not a session file", "Choose a .bodymap file"
        ) from None
    except OSError as exc:
        raise BodymapError(
            label, "", f"the file cannot be read ({exc.strerror})", "Check the file's permissions"
        ) from None
    if len(raw) > MAX_BYTES:
        raise BodymapError(
            label,
            "",
            "the file is far too large to be a bodymap session",
            "Choose a .bodymap file saved by bodymap",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodymapError(
            label,
            f"byte {exc.start}",
            "the file is not text (not UTF-8)",
            "Choose a .bodymap file saved by bodymap",
        ) from None
    data = _parse_json(text, label)
    return parse_session(data, label, None if known_ids is None else set(known_ids))


def _parse_json(text: str, label: str) -> Any:
    if not text.strip():
        raise BodymapError(
            label,
            "",
            "the file is empty (it may have been cut off)",
            "Open an earlier copy of this session",
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise BodymapError(
                label,
                f"line {exc.lineno}, column {exc.colno}",
                "the file ends too early: it is truncated (cut off while being copied or saved)",
                "Open an earlier copy of this session",
            ) from None
        raise BodymapError(
            label,
            f"line {exc.lineno}, column {exc.colno}",
            f"this is not valid JSON ({exc.msg})",
            "Choose a .bodymap file saved by bodymap; it cannot be "
            "opened if it was edited by hand and broken",
        ) from None


def parse_session(data: Any, label: str, known_ids: set[str] | None = None) -> Session:
    """Check a decoded JSON value and turn it into a Session."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BodymapError(
            label,
            "top level",
            "this is not a bodymap session file",
            "Choose a .bodymap file saved by bodymap",
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BodymapError(
            label,
            "version",
            f"the version {version!r} is not valid",
            "Choose a .bodymap file saved by bodymap",
        )
    if version > VERSION:
        raise BodymapError(
            label,
            "version",
            f"made by a newer bodymap (version {version})",
            "Update bodymap to open it",
        )
    date = _date(data.get("date"), label)
    client = _opt_text(data.get("client"), label, "client")
    notes = _opt_text(data.get("notes", ""), label, "notes")
    saved_at = _opt_text(data.get("saved_at"), label, "saved_at")
    selection = _selection(data.get("selection"), label, known_ids)
    depth = _depth(data.get("depth", [0, 1]), label)
    strokes_raw = data.get("strokes", [])
    if not isinstance(strokes_raw, list):
        raise BodymapError(
            label, "strokes", "must be a list of strokes", "Choose a .bodymap file saved by bodymap"
        )
    strokes = tuple(_stroke(s, label, f"strokes[{i}]") for i, s in enumerate(strokes_raw))
    home_plan = _home_plan(data.get("home_plan", []), label)
    return Session(
        date=date,
        selection=selection,
        depth=depth,
        strokes=strokes,
        notes=notes,
        client=client,
        saved_at=saved_at,
        home_plan=home_plan,
    )


def _home_plan(value: Any, label: str) -> tuple[PlanChoice, ...]:
    """The ticked self-care items; files from before the home plan have none."""
    if not isinstance(value, list):
        raise _bad(label, "home_plan", "must be a list of ticked self-care items")
    out = []
    for i, entry in enumerate(value):
        place = f"home_plan[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("item"), str):
            raise _bad(label, place, 'each entry must be {"item": "muscle/item", "note": "..."}')
        note = entry.get("note", "")
        if not isinstance(note, str):
            raise _bad(label, f"{place}.note", "the therapist's line must be text")
        out.append(PlanChoice(entry["item"], clean_note(note)))
    return tuple(out)


def _bad(label: str, place: str, problem: str) -> BodymapError:
    return BodymapError(
        label, place, problem, "The file is damaged; open an earlier copy of this session"
    )


def _date(value: Any, label: str) -> str:
    if not isinstance(value, str):
        raise _bad(label, "date", "the session date is missing")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _bad(label, "date", f"'{value}' is not a date like 2026-03-14") from None


def _opt_text(value: Any, label: str, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(label, key, "must be text")
    return value


def _selection(value: Any, label: str, known: set[str] | None) -> Ref | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _bad(label, "selection", "must be a structure id such as 'piriformis:right'")
    ident, _, side_text = value.partition(":")
    if known is not None and ident not in known:
        raise BodymapError(
            label,
            "selection",
            f"unknown structure id '{ident}'",
            "The session was made with other content; update bodymap, or "
            "edit the selection to null",
        )
    if side_text not in ("", "left", "right"):
        raise _bad(label, "selection", f"unknown side '{side_text}' (use left or right)")
    side: Side | None = "left" if side_text == "left" else "right" if side_text else None
    return Ref(ident, side)


def _depth(value: Any, label: str) -> tuple[int, int]:
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 2 for v in value)
    )
    if not ok:
        raise _bad(label, "depth", "must be two levels from 0 to 2, such as [0, 1]")
    return value[0], value[1]


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _stroke(value: Any, label: str, place: str) -> Stroke:
    if not isinstance(value, dict):
        raise _bad(label, place, "bad stroke data: a stroke must be an object")
    points_raw = value.get("points")
    if not isinstance(points_raw, list) or not points_raw:
        raise _bad(label, f"{place}.points", "bad stroke data: a stroke needs at least one point")
    points: list[Point] = []
    for j, p in enumerate(points_raw):
        if not (isinstance(p, list) and len(p) == 2 and all(_number(c) for c in p)):
            raise _bad(
                label, f"{place}.points[{j}]", "bad stroke data: a point must be two numbers [x, y]"
            )
        points.append((float(p[0]), float(p[1])))
    intensity = value.get("intensity", 5)
    if not (
        isinstance(intensity, int) and not isinstance(intensity, bool) and 0 <= intensity <= 10
    ):
        raise _bad(label, f"{place}.intensity", "bad stroke data: intensity must be 0 to 10")
    width = value.get("width", 28.0)
    if not (_number(width) and 0 < width <= 1000):
        raise _bad(label, f"{place}.width", "bad stroke data: width must be a positive number")
    erase = value.get("erase", False)
    if not isinstance(erase, bool):
        raise _bad(label, f"{place}.erase", "bad stroke data: erase must be true or false")
    side_raw = value.get("side")
    if side_raw not in (None, "left", "right"):
        raise _bad(label, f"{place}.side", "bad stroke data: side must be left, right or null")
    side: Side | None = "left" if side_raw == "left" else "right" if side_raw else None
    return Stroke(
        points=tuple(points), intensity=intensity, width=float(width), erase=erase, side=side
    )
