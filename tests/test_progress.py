"""Progress figures from saved sessions: painted area (% of the back) and peak intensity."""

from __future__ import annotations

from pathlib import Path

from bodymap.core.progress import ProgressPoint, clients, progress, summarise
from bodymap.core.session_file import load_session

DATA = Path(__file__).parent / "data" / "sessions" / "progress"


def test_three_known_sessions(mini):
    """Three saved visits give exactly the figures worked out by hand, sorted by date."""
    # The synthetic body is 200 x 400 = 80,000 square units; each band runs across it.
    # visit 1: a band 80 high across the 200-wide body = 16,000 of 80,000 = 20 %, intensity 8.
    # visit 2: a band 60 high = 12,000 = 15 %; painted at 9, then at 7 over it: the peak is 9.
    # visit 3: a band 80 high at 6, its lower half erased = 8,000 = 10 %; a 9 painted
    #          outside the body does not count.
    sessions = [(p.name, load_session(p)) for p in sorted(DATA.glob("*.bodymap"))]
    points = progress(sessions, mini)
    assert points == [
        ProgressPoint("2026-03-03", 20.0, 8, "visit_1.bodymap"),
        ProgressPoint("2026-03-10", 15.0, 9, "visit_2.bodymap"),
        ProgressPoint("2026-03-17", 10.0, 6, "visit_3.bodymap"),
    ]
    assert clients(s for _, s in sessions) == ["A. Client"]
    assert summarise(points) == (
        "From 3 March 2026 to 17 March 2026 (3 sessions), the painted area fell from "
        "20 % to 10 % and the peak intensity fell from 8/10 to 6/10. Both are lower: "
        "the pain covers less of the body and is milder."
    )


def test_summaries_for_one_session_and_mixed_trends():
    """The sentence copes with one session and with area and intensity moving differently."""
    one = summarise([ProgressPoint("2026-05-01", 4.5, 6)])
    assert one.startswith("One session (1 May 2026): 4.5 % of the back painted")
    mixed = summarise([ProgressPoint("2026-05-01", 4.5, 6), ProgressPoint("2026-05-08", 6.0, 3)])
    assert "rose from 4.5 % to 6 %" in mixed and "fell from 6/10 to 3/10" in mixed
    assert "Both" not in mixed
    assert summarise([]) == "No sessions to compare."


def test_two_sessions_on_one_day_are_one_dot_and_a_sensible_sentence():
    """Same-day sessions: one point per day (the later), and no "from 1 December to 1 December"."""
    from bodymap.core.progress import by_day

    morning = ProgressPoint("2026-12-01", 30.0, 8, "a.bodymap", "2026-12-01T09:00:00+00:00")
    evening = ProgressPoint("2026-12-01", 22.0, 6, "b.bodymap", "2026-12-01T17:00:00+00:00")
    later = ProgressPoint("2026-12-08", 10.0, 4, "c.bodymap", "2026-12-08T09:00:00+00:00")
    assert by_day([morning, evening, later]) == [(evening, 2), (later, 1)]
    same_day = summarise([morning, evening])
    assert same_day.startswith("In 2 sessions on 1 December 2026, the painted area fell")
    assert "to 1 December" not in same_day
    spread = summarise([morning, evening, later])
    assert spread.startswith("From 1 December 2026 to 8 December 2026 (3 sessions on 2 days)")
