"""Session files: round-trip, atomic save under a simulated crash, messages for bad files."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from bodymap.core import session_file as sf
from bodymap.core.errors import BodymapError
from bodymap.core.home_plan import PlanChoice
from bodymap.core.ids import Ref
from bodymap.core.session_file import Session, load_session, save_session
from bodymap.core.state import Stroke, ViewState

DATA = Path(__file__).parent / "data" / "sessions"
IDS = {"piriformis", "gluteus_maximus", "gluteus_minimus", "gluteal", "sciatic_nerve"}


def sample() -> Session:
    """A session with two strokes (one an eraser), a selection, notes and a client."""
    return Session(
        date="2026-03-03",
        selection=Ref("piriformis", "right"),
        depth=(0, 2),
        strokes=(
            Stroke(((130.0, 66.0), (140.25, 80.5)), intensity=7, width=28.0, side="right"),
            Stroke(((140.0, 80.0),), intensity=0, width=12.0, erase=True, side=None),
        ),
        notes="Deep ache, right buttock.\nÜbung: stretch twice a day.",
        client="Anna Müller",
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_round_trip_keeps_everything(tmp_path):
    """Saving and opening a session gives back the same drawing, selection, depth and notes."""
    path = tmp_path / "anna.bodymap"
    saved = save_session(path, sample())
    loaded = load_session(path, IDS)
    assert saved.saved_at and loaded.saved_at == saved.saved_at
    assert loaded == saved
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "bodymap-session" and data["version"] == 1
    assert data["selection"] == "piriformis:right"
    assert data["strokes"][1] == {
        "points": [[140.0, 80.0]],
        "intensity": 0,
        "width": 12.0,
        "erase": True,
        "side": None,
    }
    assert files_in(tmp_path) == ["anna.bodymap"]


def test_state_round_trip():
    """A window state turned into a session and back keeps its drawing and selection."""
    state = ViewState(
        selection=Ref("piriformis", "right"),
        depth=(1, 2),
        strokes=sample().strokes,
        hover=Ref("gluteal", "left"),
    )
    session = sf.from_state(state, notes="n", client="c", date="2026-01-02")
    back = sf.apply_to_state(ViewState(), session)
    assert back.selection == state.selection and back.depth == (1, 2)
    assert back.strokes == state.strokes and back.article == "piriformis"
    assert back.hover is None


def test_fixture_good_file_opens():
    """The good fixture opens with its two strokes, the eraser and the notes."""
    s = load_session(DATA / "good.bodymap", IDS)
    assert s.selection == Ref("piriformis", "right")
    assert [st.erase for st in s.strokes] == [False, True]
    assert s.strokes[0].points[1] == (140.0, 80.5)
    assert s.notes.startswith("Deep ache")


def test_round_trip_keeps_the_ticked_home_plan_items(tmp_path):
    """The ticked self-care items and the therapist's lines come back in order after a save."""
    plan = (
        PlanChoice("piriformis/figure_four", "Before bed, both sides"),
        PlanChoice("gluteus_maximus/ball_wall", ""),
    )
    path = tmp_path / "plan.bodymap"
    save_session(path, replace(sample(), home_plan=plan))
    loaded = load_session(path, IDS)
    assert loaded.home_plan == plan
    data = json.loads(path.read_text("utf-8"))
    assert data["home_plan"][0] == {
        "item": "piriformis/figure_four",
        "note": "Before bed, both sides",
    }


def test_a_session_file_from_before_the_home_plan_opens():
    """An older file (no home_plan key) opens with nothing ticked and everything else kept."""
    raw = json.loads((DATA / "good.bodymap").read_text("utf-8"))
    assert "home_plan" not in raw  # the fixture really is an old file
    s = load_session(DATA / "good.bodymap", IDS)
    assert s.home_plan == ()
    assert s.selection == Ref("piriformis", "right") and len(s.strokes) == 2


def test_a_long_or_multi_line_note_is_kept_as_one_short_line(tmp_path):
    """The therapist's line is one line: newlines become spaces and it is cut at 200 chars."""
    path = tmp_path / "n.bodymap"
    note = "Gently.\n\nStop if it tingles. " + "x" * 300
    save_session(
        path, Session(date="2026-03-03", home_plan=(PlanChoice("piriformis/ball_wall", note),))
    )
    kept = load_session(path, IDS).home_plan[0].note
    assert "\n" not in kept and kept.startswith("Gently. Stop if it tingles.") and len(kept) == 200


def test_crash_during_rename_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    """If the final rename fails, the earlier file is byte-for-byte intact and no temp is left."""
    path = tmp_path / "anna.bodymap"
    save_session(path, sample())
    before = path.read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sf.os, "replace", boom)
    changed = Session(date="2026-04-01", notes="new notes")
    with pytest.raises(BodymapError) as err:
        save_session(path, changed)
    assert "could not be saved" in str(err.value) and "anna.bodymap" in str(err.value)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["anna.bodymap"]


def test_crash_midway_through_writing(tmp_path, monkeypatch):
    """A crash after half the bytes are written leaves the old file intact and no temp file."""
    path = tmp_path / "anna.bodymap"
    save_session(path, sample())
    before = path.read_bytes()
    real_fsync = os.fsync
    calls: list[int] = []

    def crash(fd: int) -> None:
        calls.append(fd)
        raise KeyboardInterrupt  # the process is being killed while flushing

    monkeypatch.setattr(sf.os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        save_session(path, Session(date="2026-04-01", notes="x" * 100_000))
    monkeypatch.setattr(sf.os, "fsync", real_fsync)
    assert calls, "the writer must flush to disk before renaming"
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["anna.bodymap"]


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    """Saving into a folder that does not exist names the file and the fix."""
    with pytest.raises(BodymapError) as err:
        save_session(tmp_path / "nope" / "a.bodymap", sample())
    assert "Choose a folder you can write to" in str(err.value)


@pytest.mark.parametrize(
    ("name", "place", "words"),
    [
        ("truncated.bodymap", "line ", "truncated"),
        ("not_json.bodymap", "line 1, column 1", "not valid JSON"),
        (
            "newer_version.bodymap",
            "version",
            "made by a newer bodymap (version 7). Update bodymap to open it",
        ),
        ("unknown_id.bodymap", "selection", "unknown structure id 'piriformiss'"),
        ("bad_stroke.bodymap", "strokes[0].points[1]", "bad stroke data"),
        ("wrong_format.bodymap", "top level", "not a bodymap session file"),
        ("bad_home_plan.bodymap", "home_plan[2]", 'must be {"item": "muscle/item"'),
    ],
)
def test_damaged_files_give_one_clear_message_and_stay_unchanged(name, place, words):
    """Each damaged fixture gives a message naming the file, the place and the problem."""
    path = DATA / name
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(BodymapError) as err:
        load_session(path, IDS)
    message = str(err.value)
    assert name in message and place in message and words in message
    assert err.value.fix
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


def test_empty_and_missing_files(tmp_path):
    """An empty file and a missing file each get their own plain message."""
    empty = tmp_path / "empty.bodymap"
    empty.write_bytes(b"")
    with pytest.raises(BodymapError, match="the file is empty"):
        load_session(empty)
    with pytest.raises(BodymapError, match="does not exist"):
        load_session(tmp_path / "gone.bodymap")


def test_out_of_range_values_are_refused(tmp_path):
    """Intensity over 10, a bad depth and a bad date are each named by place."""
    good = json.loads((DATA / "good.bodymap").read_text("utf-8"))
    cases = [
        ({"strokes": [{"points": [[1, 2]], "intensity": 11}]}, "strokes[0].intensity"),
        ({"depth": [0, 5]}, "depth"),
        ({"date": "3 March"}, "date"),
        ({"version": "1"}, "version"),
    ]
    for change, place in cases:
        path = tmp_path / "case.bodymap"
        path.write_text(json.dumps({**good, **change}), "utf-8")
        with pytest.raises(BodymapError) as err:
            load_session(path, IDS)
        assert err.value.place == place
