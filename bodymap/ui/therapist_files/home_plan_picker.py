"""The "Home plan" part of the Export handout… dialog: tick self-care items, add a line to each.

The items offered are those of the selected muscle and of the candidate muscles from the pain
drawing (plus any already ticked for this session). Each row is a check box with the item's
name and a one-line field for the therapist's own words, usable once the item is ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.atlas import Atlas
from bodymap.core.home_plan import NOTE_MAX, Offer, PlanChoice, clean_note, find, offers
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "TherapistFilesHomePlanPicker",
    "Select a muscle, or draw where it hurts, to offer its self-care items here. "
    "Without ticked items the handout has no home plan page.",
)
INTRO_TEXT = QT_TRANSLATE_NOOP(
    "TherapistFilesHomePlanPicker",
    "Tick what the client should do at home. Each item prints on a “Your home plan” page "
    "with its picture, how long and how often, when to stop, and the urgent signs.",
)


def offered(atlas: Atlas, muscles: Sequence[str], chosen: Sequence[PlanChoice]) -> list[Offer]:
    """What the dialog lists: the muscles' items, then ticked items not among them."""
    out = offers(atlas, muscles)
    keys = {o.key for o in out}
    for c in chosen:
        extra = find(atlas, c.key)
        if extra is not None and extra.key not in keys:
            out.append(extra)
            keys.add(extra.key)
    return out


class HomePlanPicker(QWidget):
    """Check boxes for the offered self-care items, each with a line for the therapist."""

    def __init__(
        self, items: Sequence[Offer], chosen: Sequence[PlanChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            translate("TherapistFilesHomePlanPicker", INTRO_TEXT)
            if items
            else translate("TherapistFilesHomePlanPicker", EMPTY_TEXT),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        if not items:
            return
        notes = {c.key: c.note for c in chosen}
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        row = 0
        muscle = ""
        for offer in items:
            if offer.muscle != muscle:
                muscle = offer.muscle
                heading = QLabel(f"<b>{offer.muscle_name}</b>", inner)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            box = QCheckBox(offer.item.title, inner)
            box.setToolTip(f"{offer.item.dose}\n{offer.item.stop}")
            box.setAccessibleName(
                translate(
                    "TherapistFilesHomePlanPicker",
                    "{title}, for {muscle_name}",
                ).format(title=offer.item.title, muscle_name=offer.muscle_name)
            )
            line = QLineEdit(notes.get(offer.key, ""), inner)
            line.setPlaceholderText(
                translate("TherapistFilesHomePlanPicker", "Your own line for this item (optional)")
            )
            line.setMaxLength(NOTE_MAX)
            line.setMinimumWidth(280)
            line.setAccessibleName(
                translate(
                    "TherapistFilesHomePlanPicker",
                    "Your line for {title}, {muscle_name}",
                ).format(title=offer.item.title, muscle_name=offer.muscle_name)
            )
            box.setChecked(offer.key in notes)
            line.setEnabled(box.isChecked())
            box.toggled.connect(line.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(line, row, 1)
            self.rows[offer.key] = (box, line)
            row += 1
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(min(300, 34 * row + 8))
        scroll.setMinimumWidth(600)
        layout.addWidget(scroll)

    def choices(self) -> tuple[PlanChoice, ...]:
        """The ticked items in the order listed, with the therapist's lines."""
        return tuple(
            PlanChoice(key, clean_note(line.text()))
            for key, (box, line) in self.rows.items()
            if box.isChecked()
        )
