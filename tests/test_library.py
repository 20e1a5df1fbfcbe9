"""The client library (bodymap.core.library): schema, migrations, exchange, safety, privacy."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bodymap.core import library as lib
from bodymap.core import session_file as sf
from bodymap.core.errors import BodymapError
from bodymap.core.ids import Ref
from bodymap.core.session_file import Session
from bodymap.core.state import Stroke

DATA = Path(__file__).parent / "data" / "sessions"


def _session(date: str = "2026-11-03", notes: str = "", intensity: int = 6) -> Session:
    stroke = Stroke(points=((400.0, 900.0), (410.0, 960.0)), intensity=intensity, width=28.0)
    return Session(date=date, selection=Ref("piriformis", "right"), strokes=(stroke,), notes=notes)


@pytest.fixture
def library(tmp_path: Path) -> lib.Library:
    opened = lib.open_library(tmp_path / "data" / "bodymap" / lib.FILE_NAME)
    yield opened
    opened.close()


def test_new_library_has_the_current_schema_wal_and_foreign_keys(library: lib.Library) -> None:
    """A new library is created at the current schema version, in WAL mode, foreign keys on."""
    assert library.schema_version == lib.SCHEMA_VERSION
    db = sqlite3.connect(library.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert library._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migration_from_the_first_version_keeps_every_record(tmp_path: Path) -> None:
    """A version-1 library (no birth dates, no search key) is migrated and keeps its data."""
    path = tmp_path / lib.FILE_NAME
    db = sqlite3.connect(path, isolation_level=None)
    lib._migrate_to_1(db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {lib.APPLICATION_ID}")
    data = json.dumps(sf.to_json(_session(notes="first visit")))
    db.execute("INSERT INTO clients (name, notes, created) VALUES ('Ana Ruiz', '', 'x')")
    db.execute("INSERT INTO sessions (client_id, date, data) VALUES (1, '2026-11-03', ?)", (data,))
    db.close()
    with lib.open_library(path) as opened:
        assert opened.schema_version == 2
        (client,) = opened.find_clients("ruiz")
        assert client.name == "Ana Ruiz" and client.sessions == 1
        (record,) = opened.sessions(client.id)
        assert record.session.notes == "first visit"
        assert record.session.selection == Ref("piriformis", "right")


def test_search_matches_the_start_of_any_word_of_a_name(library: lib.Library) -> None:
    """Type-ahead finds 'María López' by 'mar', 'LÓP' and 'maría l', not by 'ía'."""
    library.add_client("María López")
    library.add_client("Marco Polo")
    library.add_client("Tom Ward")
    assert [c.name for c in library.find_clients("mar")] == ["Marco Polo", "María López"]
    assert [c.name for c in library.find_clients("LÓP")] == ["María López"]
    assert [c.name for c in library.find_clients("maría  l")] == ["María López"]
    assert library.find_clients("ía") == []
    assert library.find_clients("100%") == []
    assert len(library.find_clients("")) == 3


def test_a_blank_name_or_a_bad_date_is_refused_with_a_fix(library: lib.Library) -> None:
    """A client without a name, or a session date that is not a date, gets a one-line message."""
    with pytest.raises(BodymapError, match=r"name is empty\. Type the client's name"):
        library.add_client("   ")
    client = library.add_client("Ana")
    with pytest.raises(BodymapError, match="'3rd May' is not a date like 2026-03-14"):
        library.add_session(client.id, _session(date="3rd May"))
    assert library.sessions(client.id) == []


def test_session_dates_can_be_set_and_changed_and_order_the_list(library: lib.Library) -> None:
    """A session is filed under the date it is given; changing it moves it in the list."""
    client = library.add_client("Ana")
    first = library.add_session(client.id, _session("2026-11-10", notes="a"))
    library.add_session(client.id, _session("2026-11-17", notes="b"))
    library.set_session_date(first.id, "2026-11-24")
    assert [(r.date, r.session.notes) for r in library.sessions(client.id)] == [
        ("2026-11-17", "b"),
        ("2026-11-24", "a"),
    ]
    assert library.session(first.id).session.date == "2026-11-24"


def test_import_and_export_round_trip_bodymap_files(library: lib.Library, tmp_path: Path) -> None:
    """Importing .bodymap files and exporting them back keeps drawing, selection and notes."""
    client = library.add_client("Ana")
    files = sorted((DATA / "progress").glob("*.bodymap"))
    records = library.import_files(client.id, files)
    assert len(records) == len(files) == len(library.sessions(client.id))
    for record, path in zip(records, files, strict=True):
        original = sf.load_session(path)
        out = tmp_path / f"out-{record.id}.bodymap"
        library.export_session(record.id, out)
        again = sf.load_session(out)
        assert again.strokes == original.strokes
        assert again.selection == original.selection
        assert again.date == original.date and again.notes == original.notes
        assert again.client == "Ana"


def test_a_bad_file_in_an_import_imports_nothing(library: lib.Library) -> None:
    """Importing several files is all or none: one truncated file names itself, none are added."""
    client = library.add_client("Ana")
    files = [DATA / "good.bodymap", DATA / "truncated.bodymap"]
    with pytest.raises(BodymapError, match=r"truncated\.bodymap"):
        library.import_files(client.id, files)
    assert library.sessions(client.id) == []


def test_deleting_a_client_deletes_their_sessions(library: lib.Library) -> None:
    """Deleting a client removes their sessions too (foreign key cascade) and says how many."""
    ana = library.add_client("Ana")
    tom = library.add_client("Tom")
    library.add_session(ana.id, _session())
    library.add_session(ana.id, _session())
    library.add_session(tom.id, _session())
    assert library.delete_client(ana.id) == 2
    assert library._db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert [c.name for c in library.find_clients()] == ["Tom"]


def test_a_library_from_a_newer_bodymap_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A database with a higher schema version is refused with a clear line, byte for byte kept."""
    path = tmp_path / lib.FILE_NAME
    with lib.open_library(path):
        pass
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(BodymapError, match=r"newer bodymap \(library version 99.*Update bodymap"):
        lib.open_library(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("damage", ["garbage", "torn"])
def test_a_damaged_library_is_reported_and_never_overwritten(tmp_path: Path, damage: str) -> None:
    """A file that is not a database, or one torn in the middle, is named and left as it was."""
    path = tmp_path / lib.FILE_NAME
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 200)
    else:
        with lib.open_library(path) as opened:
            client = opened.add_client("Ana")
            for _ in range(200):
                opened.add_session(client.id, _session(notes="x" * 500))
        raw = bytearray(path.read_bytes())
        raw[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
        path.write_bytes(bytes(raw))
    before = path.read_bytes()
    with pytest.raises(BodymapError) as caught:
        lib.open_library(path)
    assert str(path) in caught.value.message and "untouched" in caught.value.message
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    """An SQLite database that is not a bodymap library is refused, not migrated."""
    path = tmp_path / "other.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(BodymapError, match="not a bodymap client library"):
        lib.open_library(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("photos",)]


def test_library_and_backup_are_readable_only_by_the_user(tmp_path: Path) -> None:
    """The folder is 0700, the database, its WAL and a backup are 0600, whatever the umask."""
    old = os.umask(0o022)
    try:
        path = tmp_path / "share" / "bodymap" / lib.FILE_NAME
        with lib.open_library(path) as opened:
            client = opened.add_client("Ana")
            opened.add_session(client.id, _session())
            backup = opened.backup(tmp_path / "backup.sqlite3")
            modes = {
                p: stat.S_IMODE(p.stat().st_mode)
                for p in (path, Path(f"{path}-wal"), backup)
                if p.exists()
            }
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert set(modes.values()) == {0o600}, modes
    finally:
        os.umask(old)


def test_backup_is_a_consistent_copy_taken_while_the_library_is_open(library: lib.Library) -> None:
    """A backup made while the library is open opens as a library with every session."""
    client = library.add_client("Ana")
    for day in range(1, 8):
        library.add_session(client.id, _session(f"2026-11-{day:02d}"))
    backup = library.backup(library.path.parent / "copy.sqlite3")
    with lib.open_library(backup) as copy:
        assert copy.integrity() == "ok"
        (ana,) = copy.find_clients("ana")
        assert [r.date for r in copy.sessions(ana.id)] == [f"2026-11-{d:02d}" for d in range(1, 8)]


WRITER = textwrap.dedent(
    """
    import sys
    from bodymap.core import library as lib
    from bodymap.core.session_file import Session
    from bodymap.core.state import Stroke
    opened = lib.open_library(sys.argv[1])
    client = opened.add_client("Writer")
    print("client", client.id, flush=True)
    n = 0
    while True:
        n += 1
        stroke = Stroke(points=tuple((400.0 + i, 900.0 + i) for i in range(200)), intensity=5)
        record = opened.add_session(client.id, Session(date="2026-11-03", strokes=(stroke,),
                                                       notes=f"n{n}" * 200))
        print("committed", record.id, flush=True)
        if n % 7 == 0:
            opened.set_session_date(record.id, "2026-11-04")
            print("dated", record.id, flush=True)
    """
)


def test_killing_the_app_mid_write_loses_no_committed_session(tmp_path: Path) -> None:
    """A writer killed with SIGKILL at random points leaves a sound database with every commit."""
    path = tmp_path / lib.FILE_NAME
    rng = random.Random(20261202)
    committed: set[int] = set()
    dated: set[int] = set()
    for _round in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parent.parent,
        )
        assert proc.stdout is not None
        # Wait until the writer is writing (a busy machine can take seconds to start Python),
        # then let it commit for a random moment and kill it wherever it is.
        first = proc.stdout.readline()
        assert first.startswith("client"), f"the writer did not start: {first!r}"
        time.sleep(0.2 + rng.random() * 0.6)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        # Only whole lines count: the kill can cut the last line anywhere ("committed 1" of 12).
        for line in out.split("\n")[:-1]:
            word, _, num = line.partition(" ")
            if word == "committed":
                committed.add(int(num))
            elif word == "dated":
                dated.add(int(num))
    assert len(committed) > 6, "the writer hardly wrote anything before each kill"
    with lib.open_library(path) as opened:
        assert opened.integrity() == "ok"
        stored = {r[0]: r[1] for r in opened._db.execute("SELECT id, date FROM sessions")}
    assert committed <= set(stored)
    assert all(stored[i] == "2026-11-04" for i in dated)
