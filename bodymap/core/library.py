"""The client library: clients and their sessions in one local SQLite database (Qt-free).

A therapist's records live in one file in the user's data folder. Every change is one
transaction, so a crash or a kill leaves the database as it was before or after a change,
never between. The database carries a schema version (``PRAGMA user_version``) and is
migrated forward one step at a time; a database from a newer bodymap is refused and left
untouched, and a damaged one is reported and never overwritten.

Sessions are stored as the same JSON a ``.bodymap`` file holds (``session_file.to_json``),
so the exchange format and the library can never drift apart: a field added to the
session file is kept by the library without a schema change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bodymap.core import session_file as sf
from bodymap.core.errors import BodymapError
from bodymap.core.session_file import Session

FILE_NAME = "library.sqlite3"
SCHEMA_VERSION = 2
APPLICATION_ID = 0x626D6C62  # "bmlb": marks the file as a bodymap library

_FIX_DAMAGED = (
    "bodymap left the file untouched and runs without the library; restore a backup "
    "(File > Back up library… makes one) or move the damaged file away"
)


def _run(db: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _migrate_to_1(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX sessions_by_client ON sessions(client_id, date);
        """,
    )


def _migrate_to_2(db: sqlite3.Connection) -> None:
    # Version 2: date of birth, a case-folded name for type-ahead search, thumbnails of
    # the drawing, when a session was last changed, and what the session list shows
    # (selection, first line of the notes, painted area, peak) so listing never decodes.
    _run(
        db,
        """
        ALTER TABLE clients ADD COLUMN birth_date TEXT;
        ALTER TABLE clients ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN thumbnail BLOB;
        ALTER TABLE sessions ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN selection TEXT;
        ALTER TABLE sessions ADD COLUMN headline TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN painted REAL;
        ALTER TABLE sessions ADD COLUMN peak INTEGER;
        CREATE INDEX clients_by_key ON clients(name_key);
        """,
    )
    rows = db.execute("SELECT id, name FROM clients").fetchall()
    db.executemany("UPDATE clients SET name_key = ? WHERE id = ?", [(_key(n), i) for i, n in rows])
    # The list columns are filled from each stored session; painted area and peak need the
    # drawing's geometry and are filled in by the app the first time the list shows them.
    listed = []
    for ident, data in db.execute("SELECT id, data FROM sessions").fetchall():
        try:
            decoded = json.loads(data)
        except json.JSONDecodeError:
            continue
        if isinstance(decoded, dict):
            notes = decoded.get("notes")
            selection = decoded.get("selection")
            listed.append(
                (
                    selection if isinstance(selection, str) else None,
                    _headline(notes if isinstance(notes, str) else ""),
                    ident,
                )
            )
    db.executemany("UPDATE sessions SET selection = ?, headline = ? WHERE id = ?", listed)


# Forward migrations: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_to_1, _migrate_to_2)


@dataclass(frozen=True, slots=True)
class Client:
    """One client: a name, an optional date of birth (ISO) and free notes."""

    id: int
    name: str
    birth_date: str = ""
    notes: str = ""
    sessions: int = 0
    last_date: str = ""


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One stored session with its id, owner and (optional) PNG thumbnail of the drawing."""

    id: int
    client_id: int
    session: Session
    thumbnail: bytes | None = None

    @property
    def date(self) -> str:
        """The session's day (ISO)."""
        return self.session.date


@dataclass(frozen=True, slots=True)
class SessionRow:
    """What the session list shows, read without decoding the stored drawing."""

    id: int
    client_id: int
    date: str
    selection: str  # "piriformis:right", or "" for none
    headline: str  # the first line of the notes
    painted: float | None  # % of the back of the body, when known
    peak: int | None
    thumbnail: bytes | None


# Painted area (% of the back) and peak intensity of a session, computed by the app (it
# needs the drawing's geometry); stored beside each session so lists never recompute them.
Summariser = Callable[[Session], tuple[float, int]]


def _headline(notes: str) -> str:
    lines = notes.strip().splitlines()
    return lines[0].strip()[:120] if lines else ""


def _key(name: str) -> str:
    """A name as search compares it: case-folded, inner spaces collapsed."""
    return " ".join(name.casefold().split())


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _check_date(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BodymapError(
            what, "date", f"'{value}' is not a date like 2026-03-14", "Type the date as YYYY-MM-DD"
        ) from None


def _checked_client(name: str, birth_date: str) -> tuple[str, str]:
    """A client's name with its spaces tidied (never blank) and an ISO date of birth or ""."""
    name = " ".join(name.split())
    if not name:
        raise BodymapError("client", "name", "the client's name is empty", "Type the client's name")
    return name, _check_date(birth_date, "client") if birth_date else ""


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def _private_file(path: Path) -> None:
    """Create ``path`` empty and readable only by the user, unless it exists."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


class Library:
    """An open client library. Use :func:`open_library` to get one."""

    def __init__(
        self, db: sqlite3.Connection, path: Path, summarise: Summariser | None = None
    ) -> None:
        self._db = db
        self.path = path
        self.summarise = summarise

    # --- plumbing ---------------------------------------------------------------------
    def close(self) -> None:
        """Close the database (committed changes are already on disk)."""
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _change(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of a change is written, or none of it."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
        except sqlite3.Error as exc:
            raise BodymapError(
                str(self.path),
                "",
                f"the change could not be saved ({exc})",
                "Nothing was changed; check the disk has space and try again",
            ) from None

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- clients ----------------------------------------------------------------------
    def add_client(self, name: str, birth_date: str = "", notes: str = "") -> Client:
        """Add a client; the name must not be blank."""
        name, birth_date = _checked_client(name, birth_date)
        with self._change() as db:
            cur = db.execute(
                "INSERT INTO clients (name, name_key, birth_date, notes, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, _key(name), birth_date or None, notes, _now()),
            )
        return Client(int(cur.lastrowid or 0), name, birth_date, notes)

    def update_client(
        self, client_id: int, name: str, birth_date: str = "", notes: str = ""
    ) -> None:
        """Change a client's name, date of birth or notes."""
        name, birth_date = _checked_client(name, birth_date)
        with self._change() as db:
            db.execute(
                "UPDATE clients SET name = ?, name_key = ?, birth_date = ?, notes = ? WHERE id = ?",
                (name, _key(name), birth_date or None, notes, client_id),
            )

    def client(self, client_id: int) -> Client:
        """One client by id (KeyError if there is none)."""
        found = self._clients("WHERE c.id = ?", (client_id,), limit=1)
        if not found:
            raise KeyError(f"no client with id {client_id}")
        return found[0]

    def find_clients(self, text: str = "", limit: int = 200) -> list[Client]:
        """Clients whose name (or any word of it) starts with ``text``, by name."""
        key = _key(text)
        if not key:
            return self._clients("", (), limit)
        pattern = _like_pattern(key)
        return self._clients(
            "WHERE c.name_key LIKE ? ESCAPE '\\' OR c.name_key LIKE ? ESCAPE '\\'",
            (pattern, "% " + pattern),
            limit,
        )

    def _clients(self, where: str, args: tuple[object, ...], limit: int) -> list[Client]:
        # The per-client counts come from the (client_id, date) index, so this stays quick.
        rows = self._db.execute(
            "SELECT c.id, c.name, coalesce(c.birth_date, ''), c.notes,"
            " (SELECT count(*) FROM sessions s WHERE s.client_id = c.id),"
            " (SELECT coalesce(max(s.date), '') FROM sessions s WHERE s.client_id = c.id)"
            f" FROM clients c {where} ORDER BY c.name_key, c.id LIMIT ?",
            (*args, limit),
        ).fetchall()
        return [Client(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5]) for r in rows]

    def client_count(self) -> int:
        """How many clients the library holds."""
        return int(self._db.execute("SELECT count(*) FROM clients").fetchone()[0])

    def delete_client(self, client_id: int) -> int:
        """Delete a client and all their sessions; returns how many sessions went."""
        with self._change() as db:
            count = int(
                db.execute(
                    "SELECT count(*) FROM sessions WHERE client_id = ?", (client_id,)
                ).fetchone()[0]
            )
            db.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        return count

    # --- sessions ---------------------------------------------------------------------
    def add_session(
        self, client_id: int, session: Session, thumbnail: bytes | None = None
    ) -> SessionRecord:
        """Store a session for a client (its ``client`` name is set to theirs)."""
        owner = self.client(client_id)
        session = replace(session, client=owner.name, date=_check_date(session.date, "session"))
        stamp = _now()
        data = json.dumps(sf.to_json(session, session.saved_at or stamp), ensure_ascii=False)
        with self._change() as db:
            cur = db.execute(
                "INSERT INTO sessions (client_id, date, data, thumbnail, updated, selection,"
                " headline, painted, peak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (client_id, session.date, data, thumbnail, stamp, *self._listing(session)),
            )
        return SessionRecord(int(cur.lastrowid or 0), client_id, session, thumbnail)

    def _listing(self, session: Session) -> tuple[str | None, str, float | None, int | None]:
        selection = str(session.selection) if session.selection else None
        figures = self.summarise(session) if self.summarise else None
        painted, peak = figures if figures else (None, None)
        return selection, _headline(session.notes), painted, peak

    def update_session(
        self, session_id: int, session: Session, thumbnail: bytes | None = None
    ) -> SessionRecord:
        """Replace a stored session's contents (drawing, selection, notes, date…)."""
        old = self.session(session_id)
        owner = self.client(old.client_id)
        session = replace(session, client=owner.name, date=_check_date(session.date, "session"))
        stamp = _now()
        data = json.dumps(sf.to_json(session, stamp), ensure_ascii=False)
        with self._change() as db:
            db.execute(
                "UPDATE sessions SET date = ?, data = ?, thumbnail = coalesce(?, thumbnail),"
                " updated = ?, selection = ?, headline = ?, painted = ?, peak = ? WHERE id = ?",
                (session.date, data, thumbnail, stamp, *self._listing(session), session_id),
            )
        return SessionRecord(session_id, old.client_id, session, thumbnail or old.thumbnail)

    def set_session_date(self, session_id: int, date: str) -> None:
        """Change the day a session is filed under (the session's own date too)."""
        record = self.session(session_id)
        self.update_session(session_id, replace(record.session, date=date))

    def session(self, session_id: int) -> SessionRecord:
        """One stored session by id (KeyError if there is none)."""
        row = self._db.execute(
            "SELECT id, client_id, data, thumbnail FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no session with id {session_id}")
        return self._record(row)

    def sessions(self, client_id: int) -> list[SessionRecord]:
        """A client's sessions, oldest first (by date, then by the order they were added)."""
        rows = self._db.execute(
            "SELECT id, client_id, data, thumbnail FROM sessions WHERE client_id = ?"
            " ORDER BY date, id",
            (client_id,),
        ).fetchall()
        return [self._record(r) for r in rows]

    def session_rows(self, client_id: int) -> list[SessionRow]:
        """A client's sessions as the list shows them, oldest first, without decoding drawings.

        Rows whose painted area is unknown (sessions migrated from version 1) are summarised
        now, once, and the figures stored.
        """
        rows = self._db.execute(
            "SELECT id, client_id, date, coalesce(selection, ''), headline, painted, peak,"
            " thumbnail FROM sessions WHERE client_id = ? ORDER BY date, id",
            (client_id,),
        ).fetchall()
        out = [
            SessionRow(
                int(r[0]),
                int(r[1]),
                r[2],
                r[3],
                r[4],
                None if r[5] is None else float(r[5]),
                None if r[6] is None else int(r[6]),
                bytes(r[7]) if r[7] is not None else None,
            )
            for r in rows
        ]
        missing = [row for row in out if row.painted is None]
        if missing and self.summarise is not None:
            filled = {}
            for row in missing:
                filled[row.id] = self.summarise(self.session(row.id).session)
            with self._change() as db:
                db.executemany(
                    "UPDATE sessions SET painted = ?, peak = ? WHERE id = ?",
                    [(a, p, i) for i, (a, p) in filled.items()],
                )
            out = [
                replace(row, painted=filled[row.id][0], peak=filled[row.id][1])
                if row.id in filled
                else row
                for row in out
            ]
        return out

    def _record(self, row: Sequence[object]) -> SessionRecord:
        ident, client_id, data, thumb = row
        label = f"{self.path} (session {ident})"
        try:
            decoded = json.loads(str(data))
        except json.JSONDecodeError:
            raise BodymapError(
                label, "data", "the stored session is not valid JSON", _FIX_DAMAGED
            ) from None
        session = sf.parse_session(decoded, label)
        thumbnail = bytes(thumb) if isinstance(thumb, bytes | bytearray | memoryview) else None
        return SessionRecord(int(str(ident)), int(str(client_id)), session, thumbnail)

    def delete_session(self, session_id: int) -> None:
        """Delete one session."""
        with self._change() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    # --- exchange with .bodymap files ---------------------------------------------------
    def import_files(
        self,
        client_id: int,
        paths: Iterable[str | os.PathLike[str]],
        known_ids: Iterable[str] | None = None,
    ) -> list[SessionRecord]:
        """Import session files into a client, all or none (the first bad file is named)."""
        known = None if known_ids is None else set(known_ids)
        loaded = [sf.load_session(p, known) for p in paths]
        owner = self.client(client_id)
        stamp = _now()
        records: list[SessionRecord] = []
        with self._change() as db:
            for session in loaded:
                session = replace(session, client=owner.name)
                data = json.dumps(
                    sf.to_json(session, session.saved_at or stamp), ensure_ascii=False
                )
                cur = db.execute(
                    "INSERT INTO sessions (client_id, date, data, updated, selection, headline,"
                    " painted, peak) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (client_id, session.date, data, stamp, *self._listing(session)),
                )
                records.append(SessionRecord(int(cur.lastrowid or 0), client_id, session))
        return records

    def export_session(self, session_id: int, path: str | os.PathLike[str]) -> Session:
        """Write one stored session to a ``.bodymap`` file (atomically)."""
        return sf.save_session(path, self.session(session_id).session)

    # --- safety -----------------------------------------------------------------------
    def backup(self, target: str | os.PathLike[str]) -> Path:
        """Write a consistent copy with SQLite's backup API (safe while the app runs)."""
        dest = Path(target)
        tmp = dest.with_name(f".{dest.name}.tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            _private_file(tmp)
            copy = sqlite3.connect(tmp)
            try:
                self._db.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
            os.replace(tmp, dest)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise BodymapError(
                str(dest),
                "",
                f"the backup could not be written ({exc})",
                "Choose a folder you can write to, with space for a copy of the library",
            ) from None
        return dest

    def integrity(self) -> str:
        """SQLite's own verdict on the file: 'ok' or the first problems found."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)


def default_path(data_home: str | os.PathLike[str] | None = None) -> Path:
    """Where the library lives: ``$XDG_DATA_HOME/bodymap/library.sqlite3`` by default."""
    base = Path(data_home or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "bodymap" / FILE_NAME


def open_library(path: str | os.PathLike[str], summarise: Summariser | None = None) -> Library:
    """Open (creating if needed) the library at ``path`` and migrate it forward.

    Raises BodymapError, leaving the file exactly as it was, when the file is not a
    bodymap library, is damaged, or was made by a newer bodymap.
    """
    target = Path(path)
    label = str(target)
    _private_folder(target.parent)
    new = not target.exists() or target.stat().st_size == 0
    if new:
        _private_file(target)
    try:
        db = sqlite3.connect(target, isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        raise BodymapError(
            label, "", f"the library cannot be opened ({exc})", _FIX_DAMAGED
        ) from None
    try:
        _check_existing(db, label, new)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db, label)
    except BodymapError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise BodymapError(label, "", f"the library is damaged ({exc})", _FIX_DAMAGED) from None
    for companion in (f"{target}-wal", f"{target}-shm"):
        with contextlib.suppress(OSError):
            os.chmod(companion, 0o600)
    return Library(db, target, summarise)


def _check_existing(db: sqlite3.Connection, label: str, new: bool) -> None:
    """Refuse, before writing anything, a file that is not ours, damaged or newer."""
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
        if new:
            return
        if app_id != APPLICATION_ID:
            raise BodymapError(
                label,
                "",
                "this file is not a bodymap client library",
                "Move it away or choose another file; bodymap left it untouched",
            )
        if version > SCHEMA_VERSION:
            raise BodymapError(
                label,
                "schema version",
                f"made by a newer bodymap (library version {version}, this bodymap reads up "
                f"to {SCHEMA_VERSION})",
                "Update bodymap to open it; the file was left untouched",
            )
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BodymapError(label, "", f"the library is damaged ({exc})", _FIX_DAMAGED) from None
    if verdict != "ok":
        raise BodymapError(label, "", f"the library is damaged ({verdict})", _FIX_DAMAGED)


def _migrate(db: sqlite3.Connection, label: str) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    while version < SCHEMA_VERSION:
        with db:
            db.execute("BEGIN IMMEDIATE")
            MIGRATIONS[version](db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
