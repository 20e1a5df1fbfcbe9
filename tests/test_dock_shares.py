"""The Details card and the candidates panel share the right-hand column: neither is a strip."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bodymap.core import state as ops
from bodymap.core.ids import Ref
from bodymap.core.state import Stroke
from tests.windows import make_window


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def paint(window) -> None:
    """One stroke on the right buttock: the candidates panel opens."""
    stroke = Stroke(points=((1000.0, 900.0), (1010.0, 1000.0)), intensity=6, side="right")
    window.store.update(ops.add_stroke, stroke)


def test_details_then_candidates_share_the_height(qtbot, atlas):
    """Details open, then a drawing opens the candidates: each keeps a third of the column."""
    window = make_window(qtbot, atlas)
    window.resize(1600, 1000)
    window.select(Ref("piriformis", "right"))
    details = window.student.details_dock
    details.show()
    settle()
    paint(window)
    settle()
    cand = window.candidates
    assert cand.isVisible() and details.isVisible()
    column = details.height() + cand.height()
    assert details.height() >= 0.4 * column, (details.height(), cand.height())
    assert cand.height() >= 0.35 * column, (details.height(), cand.height())
    assert details.width() >= 40 * window.fontMetrics().averageCharWidth()


def test_candidates_then_details_share_the_height(qtbot, atlas):
    """The other order: the card opened second is not squeezed under the candidates either."""
    window = make_window(qtbot, atlas)
    window.resize(1600, 1000)
    paint(window)
    settle()
    window.select(Ref("piriformis", "right"))
    details = window.student.details_dock
    details.show()
    settle()
    column = details.height() + window.candidates.height()
    assert details.height() >= 0.4 * column, (details.height(), window.candidates.height())
    assert window.candidates.height() >= 0.35 * column
    assert "Origin" in window.student.details.plain_text()


def test_source_lines_are_listed_cleanly():
    """One reference reads "Source: …", several "Sources: a; b", each once, spaces tidied."""
    from bodymap.ui.student.details_card import source_line

    assert source_line("GPnotebook") == "Source: GPnotebook"
    assert source_line("GPnotebook;  EPTUmed   model notes ; GPnotebook;") == (
        "Sources: GPnotebook; EPTUmed model notes"
    )
    assert source_line(" ; ") == ""


def test_every_card_source_line_on_the_real_content_is_clean(atlas):
    """On the shipped content every card field shows one tidy source line, no doubled parts."""
    from bodymap.ui.student.details_card import card_fields, source_line

    for sid in atlas.ids():
        st = atlas.structure(sid)
        for name in card_fields(atlas, sid):
            cf = st.card.get(name)
            if cf is None:
                continue
            line = source_line(cf.source)
            assert line.startswith(("Source: ", "Sources: ")), (sid, name)
            items = line.split(": ", 1)[1].split("; ")
            assert len(items) == len(set(items)) and all(i.strip() == i and i for i in items)
            assert "  " not in line and "§" not in line, (sid, name, line)
