"""The "Progress…" chart: painted area and peak intensity by date across a client's sessions.

pyqtgraph is imported only when the chart opens, so it never slows down start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap.core import progress as prog
from bodymap.core.i18n import translate
from bodymap.ui.therapist_files.progress_action import ProgressAction as ProgressAction

if TYPE_CHECKING:
    pass

AREA_COLOUR = "#D62839"
PEAK_COLOUR = "#1F6FEB"


def _timestamp(iso: str) -> float:
    d = dt.date.fromisoformat(iso)
    return dt.datetime(d.year, d.month, d.day, 12, tzinfo=dt.UTC).timestamp()


MAX_TICKS = 8


def date_ticks(dates: list[str]) -> list[tuple[float, str]]:
    """Readable date labels under the dots ("3 Dec", with the year when it changes).

    At most MAX_TICKS labels, spread evenly, always the first and the last.
    """
    if not dates:
        return []
    step = max(1, -(-len(dates) // MAX_TICKS))
    chosen = dates[::step]
    if chosen[-1] != dates[-1]:
        chosen[-1] = dates[-1]
    years = {d[:4] for d in dates}
    out = []
    for iso in chosen:
        d = dt.date.fromisoformat(iso)
        label = _short_day(d)
        out.append((_timestamp(iso), f"{label} {d.year}" if len(years) > 1 else label))
    return out


def _listing(point: prog.ProgressPoint, count: int) -> str:
    d = dt.date.fromisoformat(point.date)
    day = f"{_short_day(d)}\u00a0{d.year}".replace(" ", "\u00a0")
    figures = translate("TherapistFilesProgressChart", "{percent}\u00a0%, peak\u00a0{peak}").format(
        percent=QLocale().toString(float(point.painted_percent), "g", 3),
        peak=point.peak_intensity,
    )
    if count > 1:
        return translate(
            "TherapistFilesProgressChart", "{day} ({count} sessions; the last one shown): {figures}"
        ).format(day=day, count=count, figures=figures)
    return f"{day}: {figures}"


def _short_day(d: dt.date) -> str:
    """Day and short month in the interface language (QLocale follows it): 3 Mar, 3 mar, 3. März."""
    return QLocale().toString(
        QDate(d.year, d.month, d.day), translate("TherapistFilesProgressChart", "d MMM")
    )


class ProgressDialog(QDialog):
    """Two charts sharing the date axis, with one sentence that sums up the trend."""

    def __init__(
        self, parent: QWidget | None, points: list[prog.ProgressPoint], client: str = ""
    ) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # only now: the chart is the one place that needs it

        self.points = points
        who = f" – {client}" if client else ""
        self.setWindowTitle(
            translate(
                "TherapistFilesProgressChart",
                "Progress{who}",
            ).format(who=who)
        )
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        # "6 %" never split over two lines.
        self.summary = QLabel(prog.summarise(points).replace(" %", "\u00a0%"), self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.plots: dict[str, Any] = {}
        # One dot per day: two sessions on one day would draw a vertical line.
        daily = prog.by_day(points)
        shown = [p for p, _n in daily]
        xs = [_timestamp(p.date) for p in shown]
        ticks = date_ticks([p.date for p in shown])
        specs = (
            (
                "area",
                translate(
                    "TherapistFilesProgressChart", "Painted area (% of the back of the body)"
                ),
                [p.painted_percent for p in shown],
                AREA_COLOUR,
            ),
            (
                "peak",
                translate("TherapistFilesProgressChart", "Peak intensity (0 = none, 10 = worst)"),
                [float(p.peak_intensity) for p in shown],
                PEAK_COLOUR,
            ),
        )
        pad = 43200.0 * 3  # a day and a half either side, so the first and last dots show
        if len(xs) > 1:
            pad = max(pad, (max(xs) - min(xs)) * 0.06)
        for key, title, ys, colour in specs:
            plot = pg.PlotWidget(parent=self, background="w")
            plot.setTitle(title, color="#222222", size="11pt")
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2.5),
                symbol="o",
                symbolSize=10,
                symbolBrush=colour,
                symbolPen="w",
            )
            left = plot.getAxis("left")
            if key == "peak":
                # 0 and 10 always labelled, with room so a 10 or a 0 does not sit on the edge.
                left.setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
                plot.setYRange(-0.6, 10.8, padding=0)
            else:
                top = max(5.0, max(ys, default=0.0) * 1.15)
                plot.setYRange(-top * 0.05, top, padding=0)
            plot.getAxis("bottom").setTicks([ticks])
            plot.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
            plot.setAccessibleName(title)
            layout.addWidget(plot, 1)
            self.plots[key] = plot
        self.plots["peak"].setXLink(self.plots["area"])
        table = "; ".join(_listing(p, n) for p, n in daily)
        listing = QLabel(
            translate(
                "TherapistFilesProgressChart",
                "Sessions: {table}.",
            ).format(table=table),
            self,
        )
        listing.setWordWrap(True)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
