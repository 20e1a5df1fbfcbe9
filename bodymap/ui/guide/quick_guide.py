"""Help ▸ Quick guide (F1): one short illustrated page each for therapists, students and
kiosk staff, inside the app and offline.

Every key named on a page is read from the action it belongs to, the kiosk's times from the
kiosk's defaults, and the pictures are drawn from our own body map when the guide opens.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

from bodymap.core import state as ops
from bodymap.core.atlas import depth_name, depth_short_name
from bodymap.core.i18n import QT_TRANSLATE_NOOP, lower_first, translate
from bodymap.core.ids import Ref
from bodymap.core.kiosk_config import KioskConfig
from bodymap.core.state import ViewState
from bodymap.ui.guide.key_names import keys
from bodymap.ui.guide.pictures import body_picture, kiosk_corner_picture

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

PAGES = (
    QT_TRANSLATE_NOOP("GuideQuickGuide", "Therapist"),
    QT_TRANSLATE_NOOP("GuideQuickGuide", "Student"),
    QT_TRANSLATE_NOOP("GuideQuickGuide", "Kiosk staff"),
)
PICTURE_W, PICTURE_H = 240, 400


def _page(title: str, picture: str, caption: str, items: list[str], outro: str = "") -> str:
    rows = "".join(f"<li style='margin-bottom:6px'>{item}</li>" for item in items)
    return (
        "<table cellspacing='0' cellpadding='8'><tr>"
        f"<td valign='top' width='{PICTURE_W + 8}'><img src='{picture}' width='{PICTURE_W}'>"
        f"<p><small>{escape(caption)}</small></p></td>"
        f"<td valign='top'><h2>{escape(title)}</h2><ul>{rows}</ul>{outro}</td>"
        "</tr></table>"
    )


def therapist_page(w: MainWindow) -> str:
    """What a therapist needs in a session with a client."""
    drawing = getattr(w, "drawing", None)
    nerve = getattr(w, "nerve_toggle", None)
    present = getattr(w, "presentation", None)
    search = getattr(getattr(w, "search", None), "find_action", None)
    handout = getattr(getattr(w, "handout", None), "act_export", None)
    save = getattr(getattr(w, "sessions", None), "act_save", None)
    panel = getattr(w, "candidates", None)
    panel_title = (
        panel.windowTitle()
        if panel is not None
        else translate("GuideQuickGuide", "The matching muscles")
    )
    items = [
        translate(
            "GuideQuickGuide",
            "<b>Click a muscle</b>, a region or a nerve on the drawing: it is outlined in "
            "blue, the "
            "sciatic nerve lights up, and the text on the right explains it in plain words. "
            "Crosses (✕) mark its typical trigger points; solid red is where their pain is "
            "usually felt, striped red where it spreads in some people. Click empty space or "
            "press Esc to go back to the overview.",
        ),
        translate(
            "GuideQuickGuide",
            "<b>Search</b>{keys}: type a name or a nickname (“piri”, "
            "“glute med”, “QL”, “hamstrings”); Enter selects the first "
            "match.",
        ).format(keys=keys(search)),
        translate(
            "GuideQuickGuide",
            "<b>Where does it hurt?</b>{keys}: your client paints where "
            "it hurts, from 1 to 10. <i>{escape}</i> then lists the "
            "muscles whose typical referral zones cover the painting, "
            "best match first: a match is a lead for your examination, "
            "not a cause.",
        ).format(keys=keys(getattr(drawing, "act_draw", None)), escape=escape(panel_title)),
        translate(
            "GuideQuickGuide",
            "<b>Nerve or muscle?</b>{keys} lays the nerve roots' skin "
            "areas (the L4, L5, S1 and S2 dermatomes) over the selected "
            "muscle's pain zones, with a one-line reading of the "
            "difference.",
        ).format(keys=keys(getattr(nerve, "action", None))),
        translate(
            "GuideQuickGuide",
            "<b>Present</b>{keys}: full screen, large type and “their "
            "LEFT / their RIGHT” for the client; Esc leaves.",
        ).format(keys=keys(getattr(present, "action", None))),
        translate(
            "GuideQuickGuide",
            "<b>Urgent signs</b>{keys} is always one click away: the "
            "warning signs that need emergency care.",
        ).format(keys=keys(w.act_red_flags)),
        translate(
            "GuideQuickGuide",
            "<b>Save session</b>{keys} keeps the drawing, the selection "
            "and your notes; <b>Export handout…</b>{keys2} writes a PDF "
            "for the client. Nothing leaves this computer.",
        ).format(keys=keys(save), keys2=keys(handout)),
    ]
    return _page(
        translate("GuideQuickGuide", "In a session with a client"),
        "guide:therapist",
        translate(
            "GuideQuickGuide",
            "Piriformis selected on the right: its trigger points and where their pain goes.",
        ),
        items,
        translate(
            "GuideQuickGuide", "<p>The person's LEFT is on your left: you look at their back.</p>"
        ),
    )


def _lower_first(text: str) -> str:
    return lower_first(text)


def student_page(w: MainWindow) -> str:
    """What a student needs to revise with the map."""
    student = getattr(w, "student", None)
    layers = getattr(student, "layers_dock", None)
    details = getattr(student, "details_dock", None)
    items = [
        translate(
            "GuideQuickGuide",
            "The left side shows the <b>superficial</b> muscles and the "
            "right side the <b>deep</b> ones; <b>Swap sides</b>{keys} "
            "flips them.",
        ).format(keys=keys(w.act_flip)),
        translate(
            "GuideQuickGuide",
            "<b>Layers</b>{keys} shows or hides the skin, bones, muscles, "
            "nerves, trigger points, zones, labels and dermatomes, and "
            "peels each side: {superficial}, {deep} ({deep_removed}), "
            "{deepest} ({deepest_removed}). "
            "If peeling hides the selected muscle, a note above the "
            "drawing says so, with a button that shows it again.",
        ).format(
            keys=keys(layers.toggleViewAction() if layers else None),
            superficial=depth_short_name(0),
            deep=depth_short_name(1),
            deep_removed=_lower_first(depth_name(1)),
            deepest=depth_short_name(2),
            deepest_removed=_lower_first(depth_name(2)),
        ),
        translate(
            "GuideQuickGuide",
            "<b>Labels</b>{keys} name every visible structure beside the "
            "figure; <b>Latin names</b>{keys2} switch them to "
            "Terminologia Anatomica (<i>musculus piriformis</i>).",
        ).format(
            keys=keys(getattr(student, "act_labels", None)),
            keys2=keys(getattr(student, "act_latin", None)),
        ),
        translate(
            "GuideQuickGuide",
            "<b>Details</b>{keys}: the selected muscle's card (origin, "
            "insertion, nerve supply with roots, action, blood supply, "
            "relation to the sciatic nerve, trigger points and referral), "
            "each with its source.",
        ).format(keys=keys(details.toggleViewAction() if details else None)),
        translate(
            "GuideQuickGuide",
            "<b>Quiz…</b>{keys}: find a muscle on the drawing (labels "
            "hidden), or say which muscle refers pain to the zone shown.",
        ).format(keys=keys(getattr(student, "act_quiz", None))),
        translate(
            "GuideQuickGuide",
            "<b>Keyboard</b>: click or Tab into the drawing, then Tab or the arrow keys walk the "
            "visible structures and Enter selects.",
        ),
    ]
    return _page(
        translate("GuideQuickGuide", "Studying the gluteal region and the posterior thigh"),
        "guide:student",
        translate(
            "GuideQuickGuide",
            "The right side peeled to Deepest, superior gemellus selected: the short rotators "
            "with the sciatic nerve over them.",
        ),
        items,
    )


def kiosk_page(config: KioskConfig) -> str:
    """What clinic staff need to run the reception kiosk."""
    corner = config.pin_corner.replace("-", " ")
    items = [
        translate(
            "GuideQuickGuide",
            "Start it with <code>bodymap --kiosk</code> (or with a config file whose "
            "<code>[kiosk]</code> section says <code>enabled = true</code>, given with "
            "<code>--config PATH</code>). It runs full screen and locked down for touch; "
            "visitors cannot close it.",
        ),
        translate(
            "GuideQuickGuide",
            "<b>Set the staff PIN first</b>: <code>bodymap --set-kiosk-pin --config PATH</code> "
            "asks for it twice and stores only a salted hash. Without a PIN the kiosk cannot be "
            "left from the screen.",
        ),
        translate(
            "GuideQuickGuide",
            "<b>To leave</b>: press and hold the {escape} corner for "
            "{long_press_seconds:g} seconds; a PIN pad opens. After 3 "
            "wrong PINs it waits 30 seconds before the next try, then "
            "longer each time.",
        ).format(escape=escape(corner), long_press_seconds=config.long_press_seconds),
        translate(
            "GuideQuickGuide",
            "<b>It starts again by itself</b>: after {idle_seconds:g} "
            "seconds without a touch a {countdown_seconds}-second "
            "countdown shows, then everything the visitor did is wiped "
            "and the welcome loop returns. Nothing a visitor does is "
            "written to disk.",
        ).format(idle_seconds=config.idle_seconds, countdown_seconds=config.countdown_seconds),
        translate(
            "GuideQuickGuide",
            "The corner, the times and the text size are set in the config file; every key is "
            "described in <code>docs/kiosk.md</code> in bodymap's source.",
        ),
    ]
    return _page(
        translate("GuideQuickGuide", "Running the reception kiosk"),
        "guide:kiosk",
        translate(
            "GuideQuickGuide",
            "The staff corner ({corner}) of the kiosk screen.",
        ).format(corner=corner),
        items,
    )


class QuickGuide(QDialog):
    """Three tabs: Therapist, Student, Kiosk staff."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("GuideQuickGuide", "bodymap quick guide"))
        self.setObjectName("quickGuide")
        atlas, palette = window.atlas, window.scene.palette
        therapist_state = ops.select(ViewState(), atlas, Ref("piriformis", "right"))
        student_state = ops.select(
            ViewState(depth=(0, 2)), atlas, Ref("superior_gemellus", "right")
        )
        body = body_picture(atlas, palette, therapist_state, PICTURE_W * 2, PICTURE_H * 2)
        config = KioskConfig()
        self.pictures: dict[str, QImage] = {
            "guide:therapist": body,
            "guide:student": body_picture(
                atlas, palette, student_state, PICTURE_W * 2, PICTURE_H * 2
            ),
            "guide:kiosk": kiosk_corner_picture(
                body_picture(atlas, palette, ViewState(), 200, 330),
                palette,
                config.pin_corner,
                config.long_press_seconds,
            ),
        }
        self.tabs = QTabWidget(self)
        self.pages: dict[str, QTextBrowser] = {}
        for name, html in zip(
            PAGES, (therapist_page(window), student_page(window), kiosk_page(config)), strict=True
        ):
            browser = QTextBrowser(self.tabs)
            browser.setOpenExternalLinks(False)
            doc = browser.document()
            for url, image in self.pictures.items():
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            browser.setHtml(html)
            browser.setAccessibleName(
                translate(
                    "GuideQuickGuide",
                    "Quick guide: {name}",
                ).format(name=name)
            )
            self.tabs.addTab(browser, translate("GuideQuickGuide", name))
            self.pages[name] = browser
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        unit = self.fontMetrics().averageCharWidth()
        self.resize(max(900, unit * 140), 700)


def show_quick_guide(window: MainWindow) -> QuickGuide:
    """Open the guide (not modal: it can stay open beside the drawing)."""
    existing = window.findChild(QuickGuide)
    if existing is not None:
        existing.show()
        existing.raise_()
        return existing
    guide = QuickGuide(window)
    guide.show()
    return guide
