"""The Care section through the real window: steps with pictures, and large in presentation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from bodymap.core.care_text import CLIENT_HEADING, THERAPIST_HEADING
from bodymap.core.ids import Ref
from bodymap.resources import care_picture_path
from bodymap.ui.care_pictures import with_care_pictures
from bodymap.ui.therapist.presentation import ARTICLE_PT
from tests.windows import make_window


@pytest.fixture
def window(qtbot, mini):
    return make_window(qtbot, mini)


def test_panel_shows_both_registers_and_the_pictures(window):
    """Piriformis: the client's steps with their pictures, then the therapist's notes."""
    window.select(Ref("piriformis", "right"))
    browser = window.article.browser
    text = browser.toPlainText()
    assert CLIENT_HEADING[3:] in text and THERAPIST_HEADING[3:] in text
    for words in ("Ball for piriformis.", "How for piriformis.", "Dose for piriformis."):
        assert words in text, words
    assert "Therapist text for piriformis." in text and "Evidence for piriformis." in text
    path = care_picture_path("figure4_lying")
    assert path is not None
    url = QUrl(path.resolve().as_uri())
    assert url.toString() in window.article.markdown
    picture = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert picture is not None and picture.width() == 240  # the picture really loaded


def test_a_picture_that_is_not_a_file_is_left_out():
    """A care: picture with no file becomes nothing, never a broken-image box."""
    out = with_care_pictures("a ![Ball](care:ball_wall_buttock) b ![X](care:cartwheel) c")
    assert "care:" not in out and "cartwheel" not in out and "ball_wall_buttock.svg" in out


def test_presentation_shows_the_clients_care_in_large_type(qtbot, window):
    """In presentation mode the client's Care steps are in the panel at the large size."""
    window.select(Ref("piriformis", "right"))
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.active
    browser = window.article.browser
    assert browser.font().pointSizeF() >= ARTICLE_PT
    text = browser.toPlainText()
    assert "Ball for piriformis." in text and "Stretch stop for piriformis." in text
    assert "Caution for piriformis." in text
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presentation.active
