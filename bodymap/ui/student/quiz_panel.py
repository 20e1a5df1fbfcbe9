"""The quiz's dock: the question, four answer buttons for referral questions, score, summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.i18n import QT_TRANSLATE_NOOP, side_name, translate
from bodymap.core.quiz import Outcome, Question, Quiz, Summary, answer_name
from bodymap.ui.student.colours import RIGHT, WRONG

if TYPE_CHECKING:
    from bodymap.ui.student.quiz_mode import QuizMode

KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("StudentQuizPanel", "Both kinds of question"), ("click", "referral")),
    (QT_TRANSLATE_NOOP("StudentQuizPanel", "Click the muscle on the drawing"), ("click",)),
    (QT_TRANSLATE_NOOP("StudentQuizPanel", "Which muscle refers pain here?"), ("referral",)),
)
ROUND_SIZES = (
    (10, QT_TRANSLATE_NOOP("StudentQuizPanel", "10 questions")),
    (20, QT_TRANSLATE_NOOP("StudentQuizPanel", "20 questions")),
    (None, QT_TRANSLATE_NOOP("StudentQuizPanel", "Every question")),
)
INTRO = QT_TRANSLATE_NOOP(
    "StudentQuizPanel",
    'Test yourself on the buttock and the back of the thigh. "Click the …" questions hide '
    "the labels: click the muscle on the drawing (or Tab to it and press Enter). Referral "
    "questions shade where a muscle sends pain: choose the muscle. Each question comes once "
    "per round; at the end you see what to revise.",
)


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Size a widget's text relative to the system font (never a fixed pixel size)."""
    font = widget.font()
    base = QApplication.font().pointSizeF()
    font.setPointSizeF((base if base > 0 else 10.0) * factor)
    font.setBold(bold)
    widget.setFont(font)


class QuizPanel(QWidget):
    """Shows the quiz: start, question, outcome and summary, one after the other."""

    def __init__(self, mode: QuizMode) -> None:
        super().__init__(mode.window)
        self.mode = mode
        layout = QVBoxLayout(self)
        self.intro = QLabel(translate("StudentQuizPanel", INTRO), self)
        self.intro.setWordWrap(True)
        self.kind = QComboBox(self)
        for text, kinds in KIND_CHOICES:
            self.kind.addItem(translate("StudentQuizPanel", text), kinds)
        self.kind.setAccessibleName(translate("StudentQuizPanel", "Kind of question"))
        self.round = QComboBox(self)
        for size, text in ROUND_SIZES:
            self.round.addItem(translate("StudentQuizPanel", text), size)
        self.round.setAccessibleName(translate("StudentQuizPanel", "Questions in a round"))
        self.round.setToolTip(translate("StudentQuizPanel", "How many questions one round asks"))
        self.start_button = QPushButton(translate("StudentQuizPanel", "Start quiz"), self)
        self.start_button.clicked.connect(self._start)
        self.progress = QLabel(self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        _scaled(self.prompt, 1.35, bold=True)
        self.prompt.setAccessibleName(translate("StudentQuizPanel", "Question"))
        self.choice_buttons: list[QPushButton] = []
        for i in range(4):
            b = QPushButton(self)
            b.setAccessibleName(
                translate(
                    "StudentQuizPanel",
                    "Answer {value}",
                ).format(value=i + 1)
            )
            b.clicked.connect(lambda _c=False, i=i: self._choose(i))
            self.choice_buttons.append(b)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        _scaled(self.result, 1.15, bold=True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.score = QLabel(self)
        self.next_button = QPushButton(translate("StudentQuizPanel", "Next question"), self)
        self.next_button.setShortcut("N")
        self.next_button.setToolTip(translate("StudentQuizPanel", "Next question (N)"))
        self.next_button.clicked.connect(self.mode.next_question)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_button = QPushButton(translate("StudentQuizPanel", "Start again"), self)
        self.again_button.clicked.connect(self._start)
        self.end_button = QPushButton(translate("StudentQuizPanel", "Leave quiz"), self)
        self.end_button.clicked.connect(self.mode.stop)
        # Every part of the panel, top to bottom; each screen shows some of them.
        self._stacked: tuple[QWidget, ...] = (
            self.intro,
            self.kind,
            self.round,
            self.start_button,
            self.progress,
            self.prompt,
            *self.choice_buttons,
            self.result,
            self.detail,
            self.score,
            self.next_button,
            self.summary,
        )
        for w in self._stacked:
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addWidget(self.end_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.dock = QDockWidget(translate("StudentQuizPanel", "Quiz"), mode.window)
        self.dock.setObjectName("quizDock")
        self.dock.setWidget(self)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        mode.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.show_idle()

    def _show_only(self, *shown: QWidget) -> None:
        everything = (*self._stacked, self.again_button, self.end_button)
        for w in everything:
            w.setVisible(w in shown)

    def show_dock(self) -> None:
        """Show the dock in front of any docks tabbed with it."""
        self.dock.show()
        self.dock.raise_()

    def show_idle(self) -> None:
        """Before a round: what the quiz is, which kind, Start."""
        self._show_only(self.intro, self.kind, self.round, self.start_button)

    def show_question(self, q: Question, quiz: Quiz) -> None:
        """A new question."""
        atlas = self.mode.atlas
        done = quiz.length - quiz.remaining
        self.progress.setText(
            translate(
                "StudentQuizPanel",
                "Question {done} of {length}",
            ).format(done=done, length=quiz.length)
        )
        self.prompt.setText(q.prompt)
        right, asked = quiz.score
        self.score.setText(
            translate(
                "StudentQuizPanel",
                "Score so far: {right} of {asked}",
            ).format(right=right, asked=asked)
        )
        shown: list[QWidget] = [self.progress, self.prompt, self.score, self.end_button]
        if q.kind == "referral":
            self.detail.setText(
                translate(
                    "StudentQuizPanel",
                    "Shaded on the person's {side} side: solid = where the pain "
                    "is usually felt, striped = where it may spread.",
                ).format(side=side_name(q.side))
            )
            shown.append(self.detail)
            for b, mid in zip(self.choice_buttons, q.choices, strict=False):
                b.setText(answer_name(atlas, mid))
                b.setStyleSheet("")
                b.setAccessibleDescription("")
                shown.append(b)
        self._show_only(*shown)
        self.prompt.setFocus()

    def show_outcome(self, outcome: Outcome, quiz: Quiz) -> None:
        """Right or wrong, and where the right answer is on the drawing."""
        atlas = self.mode.atlas
        q = outcome.question

        def label(muscle: str) -> str:
            if q.kind == "referral":
                return answer_name(atlas, muscle, members=True)
            return atlas.structure(muscle).name

        name = label(q.muscle)
        if outcome.correct:
            self.result.setText(
                translate(
                    "StudentQuizPanel",
                    "✓ Right: {name}.",
                ).format(name=name)
            )
            self.detail.setText(translate("StudentQuizPanel", "Outlined in green on the drawing."))
        else:
            given = label(outcome.given) if outcome.given else "no muscle"
            self.result.setText(
                translate(
                    "StudentQuizPanel",
                    "✗ Not quite: you chose {given}.",
                ).format(given=given)
            )
            extra = (
                " (on the side the question named)"
                if (q.kind == "click" and q.side is not None and outcome.given == q.muscle)
                else ""
            )
            self.detail.setText(
                translate(
                    "StudentQuizPanel",
                    "The answer is {name}{extra}, outlined in blue on the "
                    "drawing; a wrong pick is outlined in red.",
                ).format(name=name, extra=extra)
            )
        right, asked = quiz.score
        self.score.setText(
            translate(
                "StudentQuizPanel",
                "Score: {right} of {asked}",
            ).format(right=right, asked=asked)
        )
        shown: list[QWidget] = [
            self.progress,
            self.prompt,
            self.result,
            self.detail,
            self.score,
            self.next_button,
            self.end_button,
        ]
        if q.kind == "referral":
            for b, mid in zip(self.choice_buttons, q.choices, strict=False):
                # Left enabled so the marks stay readable; a second answer is ignored.
                if mid == q.muscle:
                    b.setText(f"✓ {answer_name(atlas, mid)}")
                    b.setStyleSheet(f"color: {RIGHT}; font-weight: bold;")
                elif mid == outcome.given:
                    b.setText(f"✗ {answer_name(atlas, mid)}")
                    b.setStyleSheet(f"color: {WRONG}; font-weight: bold;")
                b.setAccessibleDescription(
                    "the right answer"
                    if mid == q.muscle
                    else "your answer, wrong"
                    if mid == outcome.given
                    else ""
                )
                shown.append(b)
        self.next_button.setText(
            translate("StudentQuizPanel", "See the summary")
            if quiz.remaining == 0
            else translate("StudentQuizPanel", "Next question")
        )
        self._show_only(*shown)
        self.next_button.setFocus()

    def show_summary(self, summary: Summary) -> None:
        """The end of the round: score and what to revise."""
        self.prompt.setText(translate("StudentQuizPanel", "Round complete"))
        self.summary.setText("\n".join(summary.lines()))
        self._show_only(
            self.prompt, self.summary, self.kind, self.round, self.again_button, self.end_button
        )

    def _start(self) -> None:
        self.mode.start(self.kind.currentData(), self.round.currentData())

    def _choose(self, index: int) -> None:
        q = self.mode.question
        if q is not None and index < len(q.choices):
            self.mode.answer_choice(q.choices[index])
