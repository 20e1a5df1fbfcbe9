"""In-app help: the shortcut list follows the actions, the guide's pages are real, the hint goes."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from bodymap.core.kiosk_config import KioskConfig
from bodymap.ui.guide.first_run import DISMISSED_KEY
from bodymap.ui.guide.quick_guide import PAGES, QuickGuide
from bodymap.ui.guide.shortcuts import ShortcutsDialog, shortcut_rows
from tests.kiosk_support import make_kiosk
from tests.windows import make_window


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcut_list_is_read_from_the_actions(qtbot, mini):
    """An action added to the window shows up in Help ▸ Keyboard shortcuts with its keys."""
    window = make_window(qtbot, mini)
    act = QAction("Measure the gap", window)
    act.setShortcut(QKeySequence("Ctrl+Alt+M"))
    act.setStatusTip("A test action")
    window.addAction(act)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert ("Measure the gap", native("Ctrl+Alt+M")) in dialog.texts()
    assert dialog.table.rowCount() == len(dialog.rows)
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Measure the gap" in texts


def test_every_shortcut_of_the_window_is_listed_once_under_its_menu(qtbot, atlas):
    """Each action with a shortcut is listed once; menu actions sit under their menu's name."""
    window = make_window(qtbot, atlas)
    rows = shortcut_rows(window)
    names = [(r.name, r.keys) for r in rows]
    assert len(names) == len(set(names))
    expected = {
        ("Urgent signs", native("F2")),
        (
            "Quick guide",
            QKeySequence(QKeySequence.StandardKey.HelpContents).toString(
                QKeySequence.SequenceFormat.NativeText
            ),
        ),
        ("Swap sides", native("Ctrl+D")),
        (
            "Where does it hurt?",
            window.drawing.act_draw.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        ),
    }
    assert expected <= set(names), expected - set(names)
    group = {r.name: r.group for r in rows}
    assert group["Quick guide"] == "Help"
    assert group["Swap sides"] == "View"
    assert all("&" not in r.name for r in rows)


def test_f1_opens_the_quick_guide_with_three_illustrated_pages(qtbot, atlas):
    """F1 opens the guide: Therapist, Student and Kiosk staff, each with a drawn picture."""
    window = make_window(qtbot, atlas)
    window.guide.act_quick_guide.trigger()
    guide = window.findChild(QuickGuide)
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)
    assert [guide.tabs.tabText(i) for i in range(guide.tabs.count())] == list(PAGES)
    assert window.guide.act_quick_guide.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    for name, url in zip(PAGES, ("guide:therapist", "guide:student", "guide:kiosk"), strict=True):
        browser = guide.pages[name]
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert image is not None and not image.isNull(), name
        # A real picture: many colours, not a blank card.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 9)
            for y in range(0, image.height(), 9)
        }
        assert len(colours) > 20, (name, len(colours))
        text = browser.toPlainText()
        assert len(text.split()) > 120, name
        for banned in ("TODO", "lorem", "coming soon", "placeholder"):
            assert banned.lower() not in text.lower()
    therapist = guide.pages["Therapist"].toPlainText()
    draw_keys = window.drawing.act_draw.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert f"Where does it hurt? ({draw_keys})" in therapist
    assert window.candidates.windowTitle() in therapist  # the panel's name as it is today
    kiosk = guide.pages["Kiosk staff"].toPlainText()
    config = KioskConfig()
    assert f"{config.idle_seconds:g} seconds" in kiosk and "--set-kiosk-pin" in kiosk
    student = guide.pages["Student"].toPlainText()
    assert "Terminologia Anatomica" in student and "Deepest" in student


def test_the_first_run_hint_shows_once_and_goes_for_good(qtbot, mini, tmp_path):
    """The hint shows on a new computer; "Got it" hides it, and a new window does not show it."""
    settings = QSettings(str(tmp_path / "bodymap.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, mini)
    hint = window.guide.hint
    hint.settings = lambda: settings
    hint.show_if_new()
    assert hint.isVisible()
    assert "Click a muscle" in hint.label.text() and "Where does it hurt?" in hint.label.text()
    assert "F1" in hint.label.text()
    assert hint.geometry().bottom() < window.view.geometry().top()  # above the drawing
    window.presentation.set_active(True)
    assert not hint.isVisible()  # not on the client's screen
    window.presentation.set_active(False)
    assert hint.isVisible()
    qtbot.mouseClick(hint.ok_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    assert settings.value(DISMISSED_KEY) in (True, "true")
    second = make_window(qtbot, mini)
    second.guide.hint.settings = lambda: settings
    second.guide.hint.show_if_new()
    assert not second.guide.hint.isVisible()


def test_the_kiosk_never_shows_the_hint(qtbot, mini):
    """A kiosk window keeps the hint hidden, even on a computer where it was never dismissed."""
    window, _mode = make_kiosk(qtbot, mini, KioskConfig(attract=False))
    for _ in range(3):
        QApplication.processEvents()
    assert not window.guide.hint.isVisible()
    window.guide.hint.show_if_new()
    assert not window.guide.hint.isVisible()
    assert not window.guide.act_quick_guide.isEnabled()  # no F1 for visitors either
