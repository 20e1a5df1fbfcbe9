"""Only one mode owns the mouse at a time: painting and the quiz end each other."""

from __future__ import annotations

import pytest

from tests.windows import make_window


@pytest.fixture
def window(qtbot, atlas):
    return make_window(qtbot, atlas)


def test_starting_the_quiz_ends_the_pain_drawing(window):
    """Draw mode on, then Quiz: the quiz's interaction owns the view, drawing is off."""
    window.drawing.set_active(True)
    assert window.store.state.mode == "draw"
    window.student.quiz.start()
    assert not window.drawing.active
    assert window.view.interaction is window.student.quiz.interaction
    assert window.store.state.mode == "quiz"


def test_starting_to_draw_ends_the_quiz(window):
    """Quiz on, then draw mode: the paint interaction owns the view, the quiz has stopped."""
    window.student.quiz.start()
    window.drawing.set_active(True)
    assert not window.student.quiz.active
    assert window.view.interaction is window.drawing.interaction
    assert window.store.state.mode == "draw"
