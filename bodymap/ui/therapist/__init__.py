"""The therapist's session tools: search, pain drawing, candidates, nerve or muscle, presenting.

``install(window)`` adds them all to a MainWindow and keeps handles on the window:
``window.search`` (SearchBox), ``window.drawing`` (DrawingTool: ``history``, ``undo()``,
``redo()``, ``reset_history()``, ``layer``), ``window.candidates`` (CandidatesPanel, built the
first time the pain drawing starts or anyone asks for it), ``window.nerve_toggle``
(NerveToggle) and ``window.presentation`` (Presentation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bodymap.core.state import ViewState
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.therapist.candidates_panel import CandidatesPanel


def install(window: MainWindow) -> None:
    """Add the search field, the drawing tool, the candidates panel, the toggle and F11."""
    from bodymap.ui.therapist.drawing import DrawingTool
    from bodymap.ui.therapist.nerve_toggle import NerveToggle
    from bodymap.ui.therapist.presentation import Presentation
    from bodymap.ui.therapist.search_box import install_search

    search = install_search(window)
    drawing = DrawingTool(window)
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
        sizers=[nerve.set_point_size],
    )
    handles = {
        "search": search,
        "drawing": drawing,
        "nerve_toggle": nerve,
        "presentation": presentation,
    }
    for name, obj in handles.items():
        setattr(window, name, obj)

    def candidates() -> CandidatesPanel:
        from bodymap.ui.fit.docks import watch_new_dock
        from bodymap.ui.therapist.candidates_panel import CandidatesPanel

        panel = CandidatesPanel(window)
        presentation.add_panel(panel, panel.set_point_size)
        watch_new_dock(window, panel)
        return panel

    window.defer("candidates", candidates)

    def drawing_toggled(on: bool) -> None:
        # The candidates show while drawing and while there is a drawing to match.
        show = on or bool(window.store.state.strokes)
        if show or window.is_built("candidates"):
            window.candidates.setVisible(show)  # type: ignore[attr-defined]

    drawing.act_draw.toggled.connect(drawing_toggled)

    def first_strokes(old: ViewState, new: ViewState) -> None:
        # A drawing that appears (painted, undone back, opened from a session) opens the
        # candidates; once built, the panel follows the state itself.
        if new.strokes and not window.is_built("candidates"):
            window.candidates.on_state_changed(old, new)  # type: ignore[attr-defined]

    window.store.state_changed.connect(first_strokes)
