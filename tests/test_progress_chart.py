"""The progress chart reads at a glance: 0 and 10 on the intensity axis, readable dates."""

from __future__ import annotations

import pytest

from bodymap.core.progress import ProgressPoint
from bodymap.ui.therapist_files.progress_chart import ProgressDialog, date_ticks


@pytest.fixture
def dialog(qtbot):
    points = [
        ProgressPoint("2026-11-03", 20.0, 10, "a", "2026-11-03T09:00:00+00:00"),
        ProgressPoint("2026-11-10", 12.0, 7, "b", "2026-11-10T09:00:00+00:00"),
        ProgressPoint("2026-12-01", 9.0, 5, "c", "2026-12-01T09:00:00+00:00"),
        ProgressPoint("2026-12-01", 6.0, 0, "d", "2026-12-01T16:00:00+00:00"),
    ]
    d = ProgressDialog(None, points, "Anna")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_intensity_axis_labels_0_and_10_with_headroom(dialog):
    """The peak chart is labelled 0 … 10 and a 10 (or a 0) does not sit on the plot's edge."""
    plot = dialog.plots["peak"]
    (_x0, _x1), (y0, y1) = plot.getViewBox().viewRange()
    assert y0 < -0.3 and y1 > 10.3
    ticks = plot.getAxis("left")._tickLevels[0]
    labels = [label for _value, label in ticks]
    assert labels[0] == "0" and labels[-1] == "10"


def test_date_ticks_are_day_and_month_words_at_the_dots(dialog):
    """Bottom ticks read "3 Nov", "10 Nov", "1 Dec": one per day shown, nothing crowded."""
    ticks = dialog.plots["area"].getAxis("bottom")._tickLevels[0]
    assert [label for _v, label in ticks] == ["3 Nov", "10 Nov", "1 Dec"]
    many = date_ticks([f"2026-0{m}-0{d}" for m in range(1, 10) for d in range(1, 4)])
    assert len(many) <= 8 and many[-1][1] == "3 Sep"
    years = date_ticks(["2025-12-20", "2026-01-05"])
    assert [t for _v, t in years] == ["20 Dec 2025", "5 Jan 2026"]


def test_two_sessions_on_one_day_draw_one_dot_not_a_vertical_line(dialog):
    """The 1 December pair is one dot (the later session); the listing says there were two."""
    plot = dialog.plots["peak"]
    xs, ys = plot.getPlotItem().listDataItems()[0].getData()
    assert len(xs) == len(set(xs)) == 3
    assert list(ys) == [10.0, 7.0, 0.0]
    assert "(4 sessions on 3 days)" in dialog.summary.text()
    assert "(2 sessions; the last one shown)" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.summary))
    )
