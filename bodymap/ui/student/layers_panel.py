"""The "Layers" dock: a check box per layer and a depth control that peels buttock, back and calf.

The store is the single truth: the panel writes through ``store.update`` and redraws its
widgets (signals blocked) from every new state, so it stays in step with the toolbar's depth
combos and with anything else that changes layers or depth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from bodymap.core import state as ops
from bodymap.core.atlas import DEPTH_LEVELS, Atlas, depth_name
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.core.look import BENEATH_AT
from bodymap.core.state import LAYERS, ViewState

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

LAYER_TITLES = {
    "skin": QT_TRANSLATE_NOOP("StudentLayersPanel", "Skin outline"),
    "bones": QT_TRANSLATE_NOOP("StudentLayersPanel", "Bones and landmarks"),
    "superficial_muscles": QT_TRANSLATE_NOOP("StudentLayersPanel", "Superficial muscles"),
    "deep_muscles": QT_TRANSLATE_NOOP("StudentLayersPanel", "Deep muscles"),
    "nerves": QT_TRANSLATE_NOOP("StudentLayersPanel", "Nerves"),
    "trigger_points": QT_TRANSLATE_NOOP(
        "StudentLayersPanel", "Trigger points (of the selected muscle)"
    ),
    "referral_zones": QT_TRANSLATE_NOOP(
        "StudentLayersPanel", "Referral zones (of the selected muscle)"
    ),
    "labels": QT_TRANSLATE_NOOP("StudentLayersPanel", "Labels"),
    "dermatomes": QT_TRANSLATE_NOOP("StudentLayersPanel", "Dermatomes (L4, L5, S1, S2)"),
}
SIDE_CHOICES = (
    ("left", QT_TRANSLATE_NOOP("StudentLayersPanel", "Left")),
    ("right", QT_TRANSLATE_NOOP("StudentLayersPanel", "Right")),
    ("both", QT_TRANSLATE_NOOP("StudentLayersPanel", "Both")),
)
# The stretches that show whether the sciatic nerve in the buttock is covered or exposed.
_BUTTOCK_STRETCHES = ("infrapiriform", "short_rotators", "ischiofemoral")
# The regions the depth caption speaks of, in the order a therapist reads the body.
_CAPTION_REGIONS = (
    ("lower_back", QT_TRANSLATE_NOOP("StudentLayersPanel", "Lower back")),
    ("gluteal", QT_TRANSLATE_NOOP("StudentLayersPanel", "Buttock")),
    ("calf", QT_TRANSLATE_NOOP("StudentLayersPanel", "Calf")),
)


def region_muscles_at(atlas: Atlas, region_id: str, level: int) -> list[str]:
    """Names of a region's muscles drawn at a depth level, superficial ones first."""
    region = atlas.structures.get(region_id)
    if region is None:
        return []
    shown = [atlas.structure(m) for m in region.muscles if level in atlas.structure(m).shown_at]
    shown.sort(key=lambda st: st.layer != "superficial")
    return [st.name for st in shown]


def gluteal_muscles_at(atlas: Atlas, level: int) -> list[str]:
    """Names of the buttock's muscles drawn at a depth level, superficial ones first."""
    if "gluteal" not in atlas.structures:
        ids = atlas.ids("muscle")
        shown = [atlas.structure(m) for m in ids if level in atlas.structure(m).shown_at]
        shown.sort(key=lambda st: st.layer != "superficial")
        return [st.name for st in shown]
    return region_muscles_at(atlas, "gluteal", level)


def _beneath(stretch: str, level: int) -> bool:
    return level in BENEATH_AT.get(stretch, frozenset())


def nerve_lines(atlas: Atlas, level: int) -> list[str]:
    """Where the sciatic nerve and its branches lie at a depth level, in plain words."""
    lines = [
        translate(
            "StudentLayersPanel", "Sciatic nerve: hidden beneath gluteus maximus (drawn dashed)."
        )
        if all(_beneath(s, level) for s in _BUTTOCK_STRETCHES)
        else translate(
            "StudentLayersPanel",
            "Sciatic nerve: exposed, leaving the pelvis below piriformis and running down "
            "over the short rotators.",
        )
    ]
    stretches = set(atlas.all_stretches())
    if "tibial_calf" in stretches:
        if not _beneath("tibial_calf", level):
            lines.append(
                translate(
                    "StudentLayersPanel",
                    "Tibial nerve: exposed below the soleal arch, running down on tibialis "
                    "posterior, beside flexor digitorum longus, to behind the inner ankle.",
                )
            )
        elif level in _levels_without("gastrocnemius", atlas):
            lines.append(
                translate(
                    "StudentLayersPanel",
                    "Tibial nerve: passes beneath the tendinous arch of soleus into the deep calf, "
                    "covered by soleus (drawn dashed).",
                )
            )
        else:
            lines.append(
                translate(
                    "StudentLayersPanel",
                    "Tibial nerve: hidden beneath gastrocnemius and soleus (drawn dashed).",
                )
            )
    if "fibular_head" in stretches and _beneath("fibular_head", level):
        lines.append(
            translate(
                "StudentLayersPanel",
                "Common fibular nerve: winds round the neck of the fibula beneath fibularis longus "
                "(drawn dashed).",
            )
        )
    return lines


def _levels_without(muscle_id: str, atlas: Atlas) -> set[int]:
    """The depth levels at which a muscle is peeled away (empty when it is not in the atlas)."""
    if muscle_id not in atlas.structures:
        return set()
    return set(DEPTH_LEVELS) - set(atlas.structure(muscle_id).shown_at)


def depth_caption(atlas: Atlas, level: int) -> str:
    """What a depth level shows: the muscles of back, buttock and calf and where the nerves lie."""
    parts = []
    for region_id, title in _CAPTION_REGIONS:
        if region_id == "gluteal":
            names = gluteal_muscles_at(atlas, level)
        elif region_id in atlas.structures:
            names = region_muscles_at(atlas, region_id, level)
        else:
            continue
        listed = ", ".join(names) if names else translate("StudentLayersPanel", "none")
        parts.append(f"{translate('StudentLayersPanel', title)}: {listed}.")
    return "\n".join([*parts, *nerve_lines(atlas, level)])


class LayersPanel(QWidget):
    """Check boxes for every layer, and a side choice with a depth slider."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.atlas = window.atlas
        self.store = window.store
        layout = QVBoxLayout(self)
        box = QGroupBox(translate("StudentLayersPanel", "Show"), self)
        box_layout = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for layer in LAYERS:
            title = translate(
                "StudentLayersPanel",
                LAYER_TITLES.get(layer, layer.replace("_", " ").capitalize()),
            )
            check = QCheckBox(title, box)
            check.setAccessibleName(
                translate("StudentLayersPanel", "Show {layer}").format(layer=title)
            )
            check.toggled.connect(lambda on, name=layer: self._toggle(name, on))
            box_layout.addWidget(check)
            self.checks[layer] = check
        layout.addWidget(box)

        peel = QGroupBox(
            translate("StudentLayersPanel", "Depth: peel the back, buttock and calf"), self
        )
        peel_layout = QVBoxLayout(peel)
        sides = QHBoxLayout()
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[str, QRadioButton] = {}
        for key, text in SIDE_CHOICES:
            button = QRadioButton(translate("StudentLayersPanel", text), peel)
            spoken = {
                "left": translate("StudentLayersPanel", "Peel the left side"),
                "right": translate("StudentLayersPanel", "Peel the right side"),
                "both": translate("StudentLayersPanel", "Peel both sides together"),
            }
            button.setAccessibleName(spoken[key])
            self.side_group.addButton(button)
            self.side_buttons[key] = button
            sides.addWidget(button)
        self.side_buttons["both"].setChecked(True)
        for button in self.side_buttons.values():
            button.toggled.connect(lambda on: on and self._sync(self.store.state))
        self.side_buttons["both"].toggled.connect(self._both_chosen)
        peel_layout.addLayout(sides)
        self.slider = QSlider(Qt.Orientation.Horizontal, peel)
        self.slider.setRange(min(DEPTH_LEVELS), max(DEPTH_LEVELS))
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(translate("StudentLayersPanel", "Depth"))
        self.slider.valueChanged.connect(self._depth_moved)
        peel_layout.addWidget(self.slider)
        self.level_name = QLabel(peel)
        self.level_name.setWordWrap(True)
        font = self.level_name.font()
        font.setBold(True)
        self.level_name.setFont(font)
        peel_layout.addWidget(self.level_name)
        self.caption = QLabel(peel)
        self.caption.setWordWrap(True)
        peel_layout.addWidget(self.caption)
        layout.addWidget(peel)
        layout.addStretch(1)
        self.store.state_changed.connect(self._follow)
        self._follow(None, self.store.state)

    # --- writing to the store --------------------------------------------------------------
    def peel_side(self) -> str:
        """Which side the depth slider moves: 'left', 'right' or 'both'."""
        for key, button in self.side_buttons.items():
            if button.isChecked():
                return key
        return "both"

    def _toggle(self, layer: str, on: bool) -> None:
        self.store.update(ops.toggle_layer, self.atlas, layer, on)

    def _depth_moved(self, level: int) -> None:
        side = self.peel_side()
        state = self.store.state
        for s in ("left", "right"):
            if side in (s, "both"):
                state = ops.set_depth(state, self.atlas, s, level)
        self.store.set(state)  # one change, even for both sides

    def _both_chosen(self, on: bool) -> None:
        """Choosing "Both" brings the two sides to the depth the slider shows."""
        if on and self.store.state.depth[0] != self.store.state.depth[1]:
            self._depth_moved(self.slider.value())

    # --- mirroring the store ---------------------------------------------------------------
    def _follow(self, old: ViewState | None, new: ViewState) -> None:
        """ "Both" cannot stay chosen while the sides differ: choose the side that moved."""
        if old is not None and old.layers == new.layers and old.depth == new.depth:
            return  # a selection or a hover: nothing this panel shows
        if self.peel_side() == "both" and new.depth[0] != new.depth[1]:
            moved = [
                side
                for i, side in enumerate(("left", "right"))
                if old is not None and old.depth[i] != new.depth[i]
            ]
            key = moved[0] if len(moved) == 1 else "right"
            button = self.side_buttons[key]
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self._sync(new)

    def _sync(self, state: ViewState) -> None:
        for layer, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(layer in state.layers)
            check.blockSignals(False)
        side = self.peel_side()
        level = state.depth[0] if side == "left" else state.depth[1]
        if side == "both":
            level = max(state.depth)
        self.slider.blockSignals(True)
        self.slider.setValue(level)
        self.slider.blockSignals(False)
        left, right = (depth_name(d) for d in state.depth)
        if side == "both" and state.depth[0] != state.depth[1]:
            self.level_name.setText(
                translate("StudentLayersPanel", "Left: {left}. Right: {right}.").format(
                    left=left, right=right
                )
            )
        else:
            self.level_name.setText(depth_name(level))
        self.caption.setText(depth_caption(self.atlas, level))
        self.slider.setAccessibleDescription(f"{depth_name(level)}. {self.caption.text()}")


def install_layers_dock(window: MainWindow) -> QDockWidget:
    """Add the Layers dock on the left of the window."""
    dock = QDockWidget(translate("StudentLayersPanel", "Layers"), window)
    dock.setObjectName("layersDock")
    dock.setWidget(LayersPanel(window))
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    return dock
