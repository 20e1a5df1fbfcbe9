"""The therapist's session tools: search, pain drawing, candidates, nerve or muscle, presenting.

``install(window)`` adds them all to a MainWindow and keeps handles on the window:
``window.search`` (SearchBox), ``window.drawing`` (DrawingTool: ``history``, ``undo()``,
``redo()``, ``reset_history()``, ``layer``), ``window.candidates`` (CandidatesPanel),
``window.nerve_toggle`` (NerveToggle) and ``window.presentation`` (Presentation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the search field, the drawing tool, the candidates panel, the toggle and F11."""
    from bodymap.ui.therapist.candidates_panel import CandidatesPanel
    from bodymap.ui.therapist.drawing import DrawingTool
    from bodymap.ui.therapist.nerve_toggle import NerveToggle
    from bodymap.ui.therapist.presentation import Presentation
    from bodymap.ui.therapist.search_box import install_search

    search = install_search(window)
    drawing = DrawingTool(window)
    candidates = CandidatesPanel(window)
    drawing.act_draw.toggled.connect(
        lambda on: candidates.setVisible(on or bool(window.store.state.strokes))
    )
    nerve = NerveToggle(window)
    keep = [
        window.act_overview,
        window.act_fit,
        window.act_red_flags,
        drawing.act_draw,
        nerve.action,
    ]
    presentation = Presentation(
        window,
        keep=keep,
        panels=[candidates],
        sizers=[candidates.set_point_size, nerve.set_point_size],
    )
    handles = {
        "search": search,
        "drawing": drawing,
        "candidates": candidates,
        "nerve_toggle": nerve,
        "presentation": presentation,
    }
    for name, obj in handles.items():
        setattr(window, name, obj)
