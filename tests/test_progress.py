"""Progress figures from saved sessions: painted area (% of the back) and peak intensity."""

from __future__ import annotations

from pathlib import Path

from bodymap.core.progress import (
    ProgressPoint,
    clients,
    painted_percent,
    peak_intensity,
    progress,
    summarise,
)
from bodymap.core.session_file import load_session
from bodymap.core.state import Stroke
from tests.synthetic import rect

DATA = Path(__file__).parent / "data" / "sessions" / "progress"
BODY = (rect(0, 0, 200, 400),)  # the synthetic atlas's skin: 80,000 square units


def band(y: float, width: float, intensity: int = 5, erase: bool = False) -> Stroke:
    """A stroke straight across the whole body at height y (its round ends fall outside)."""
    return Stroke(((-50.0, y), (250.0, y)), intensity=intensity, width=width, erase=erase)


def test_three_known_sessions(mini):
    """Three saved visits give exactly the figures worked out by hand, sorted by date."""
    # visit 1: a band 80 high across the 200-wide body = 16,000 of 80,000 = 20 %, intensity 8.
    # visit 2: a band 60 high = 12,000 = 15 %; painted at 9, then over it at 7: 7 shows.
    # visit 3: a band 80 high at 6, its lower half erased = 8,000 = 10 %; a 9 painted
    #          outside the body does not count.
    sessions = [(p.name, load_session(p)) for p in sorted(DATA.glob("*.bodymap"))]
    points = progress(sessions, mini)
    assert points == [
        ProgressPoint("2026-03-03", 20.0, 8, "visit_1.bodymap"),
        ProgressPoint("2026-03-10", 15.0, 7, "visit_2.bodymap"),
        ProgressPoint("2026-03-17", 10.0, 6, "visit_3.bodymap"),
    ]
    assert clients(s for _, s in sessions) == ["A. Client"]
    assert summarise(points) == (
        "From 3 March 2026 to 17 March 2026 (3 sessions), the painted area fell from "
        "20 % to 10 % and the peak intensity fell from 8/10 to 6/10. Both are lower: "
        "the pain covers less of the body and is milder."
    )


def test_painted_area_is_clipped_to_the_body():
    """Paint outside the outline counts for nothing, inside it counts in full."""
    assert painted_percent([band(-100, 40, 9)], BODY) == 0.0
    assert painted_percent([band(100, 40)], BODY) == 10.0
    assert peak_intensity([band(-100, 40, 9)], BODY) == 0


def test_eraser_and_overpainting():
    """An eraser removes what lies under it; a later stroke's intensity replaces an earlier one."""
    strokes = [band(100, 40, 9), band(100, 40, 0, erase=True)]
    assert painted_percent(strokes, BODY) == 0.0
    assert peak_intensity([band(100, 40, 9), band(100, 40, 3)], BODY) == 3
    assert peak_intensity([band(100, 40, 9), band(302, 40, 3)], BODY) == 9


def test_single_dot_area_is_close_to_a_circle():
    """A single tap paints a disc whose measured area is within 2 % of pi r squared."""
    dot = Stroke(((100.0, 200.0),), width=40.0)
    expected = 100 * 3.141592653589793 * 20**2 / 80_000
    assert abs(painted_percent([dot], BODY) - expected) / expected < 0.02


def test_summaries_for_one_session_and_mixed_trends():
    """The sentence copes with one session and with area and intensity moving differently."""
    one = summarise([ProgressPoint("2026-05-01", 4.5, 6)])
    assert one.startswith("One session (1 May 2026): 4.5 % of the back painted")
    mixed = summarise([ProgressPoint("2026-05-01", 4.5, 6), ProgressPoint("2026-05-08", 6.0, 3)])
    assert "rose from 4.5 % to 6 %" in mixed and "fell from 6/10 to 3/10" in mixed
    assert "Both" not in mixed
    assert summarise([]) == "No sessions to compare."
