"""A client's progress across sessions: painted area and peak intensity by date (Qt-free).

The figures come from ``bodymap.core.painting`` (the same raster the candidate ranking uses):
painted area as a percentage of the body's back, and the highest intensity painted.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bodymap.core.atlas import Atlas
from bodymap.core.i18n import long_date, translate
from bodymap.core.painting import summarise as pain_summary
from bodymap.core.session_file import Session


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    """One session's figures: its date, painted area (% of the back) and peak intensity."""

    date: str
    painted_percent: float
    peak_intensity: int
    label: str = ""  # the file name, for messages and tooltips
    saved_at: str = field(default="", compare=False)  # orders two sessions of one day


def progress(sessions: Iterable[tuple[str, Session]], atlas: Atlas) -> list[ProgressPoint]:
    """Figures for several sessions, sorted by date (then by label)."""
    points = []
    for label, session in sessions:
        pain = pain_summary(atlas, session.strokes)
        points.append(
            ProgressPoint(
                session.date, round(pain.area_percent, 1), pain.peak, label, session.saved_at
            )
        )
    return sorted(points, key=lambda p: (p.date, p.saved_at, p.label))


def by_day(points: Sequence[ProgressPoint]) -> list[tuple[ProgressPoint, int]]:
    """One point per day to draw (the day's last session) and how many sessions that day had.

    Two sessions on one day would otherwise stand on the same date as a vertical line.
    """
    days: dict[str, list[ProgressPoint]] = {}
    for p in points:
        days.setdefault(p.date, []).append(p)
    return [(group[-1], len(group)) for _day, group in sorted(days.items())]


def clients(sessions: Iterable[Session]) -> list[str]:
    """The distinct client names given in some sessions (unnamed sessions are ignored)."""
    return sorted({s.client.strip() for s in sessions if s.client.strip()}, key=str.casefold)


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return long_date(d)


def _change(what: str, first: float, last: float, unit: str) -> str:
    if math.isclose(first, last, abs_tol=0.05):
        return translate(
            "CoreProgress",
            "{what} stayed at {last:g}{unit}",
        ).format(what=what, last=last, unit=unit)
    verb = translate("CoreProgress", "fell") if last < first else translate("CoreProgress", "rose")
    return translate(
        "CoreProgress",
        "{what} {verb} from {first:g}{unit} to {last:g}{unit2}",
    ).format(what=what, verb=verb, first=first, unit=unit, last=last, unit2=unit)


def summarise(points: Sequence[ProgressPoint]) -> str:
    """One plain sentence on the trend from the first session to the last."""
    if not points:
        return translate("CoreProgress", "No sessions to compare.")
    if len(points) == 1:
        p = points[0]
        return translate(
            "CoreProgress",
            "One session ({day}): {painted_percent:g} % of the back "
            "painted, peak intensity {peak_intensity} out of 10. Add more "
            "sessions to see a trend.",
        ).format(
            day=_day(p.date), painted_percent=p.painted_percent, peak_intensity=p.peak_intensity
        )
    first, last = points[0], points[-1]
    days = len({p.date for p in points})
    if days == 1:
        span = translate(
            "CoreProgress",
            "In {len} sessions on {day}",
        ).format(len=len(points), day=_day(first.date))
    elif days < len(points):
        span = translate(
            "CoreProgress",
            "From {day} to {day2} ({len} sessions on {days} days)",
        ).format(day=_day(first.date), day2=_day(last.date), len=len(points), days=days)
    else:
        span = translate(
            "CoreProgress",
            "From {day} to {day2} ({len} sessions)",
        ).format(day=_day(first.date), day2=_day(last.date), len=len(points))
    area = _change(
        translate("CoreProgress", "the painted area"),
        first.painted_percent,
        last.painted_percent,
        " %",
    )
    peak = _change(
        translate("CoreProgress", "the peak intensity"),
        first.peak_intensity,
        last.peak_intensity,
        "/10",
    )
    better = (
        last.painted_percent <= first.painted_percent
        and last.peak_intensity <= first.peak_intensity
        and (last.painted_percent, last.peak_intensity)
        != (first.painted_percent, first.peak_intensity)
    )
    worse = (
        last.painted_percent >= first.painted_percent
        and last.peak_intensity >= first.peak_intensity
        and (last.painted_percent, last.peak_intensity)
        != (first.painted_percent, first.peak_intensity)
    )
    verdict = (
        translate(
            "CoreProgress", " Both are lower: the pain covers less of the body and is milder."
        )
        if better
        else translate("CoreProgress", " Both are higher than at the start.")
        if worse
        else ""
    )
    return translate(
        "CoreProgress",
        "{span}, {area} and {peak}.{verdict}",
    ).format(span=span, area=area, peak=peak, verdict=verdict)
