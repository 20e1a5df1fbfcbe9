"""The Care section's words for the text panel, in both registers (Qt-free).

``client_care`` goes in the plain-language part (what a therapist may do, self-care with its
dose and stop signs, habits, who should not); ``therapist_care`` goes with the later sections
(what a therapist typically does, the evidence, the sources). ``kiosk_care`` is all an
unsupervised visitor sees: ask a therapist.
"""

from __future__ import annotations

from bodymap.core.care import CareBook, MuscleCare, SelfCare
from bodymap.core.i18n import QT_TRANSLATE_NOOP, translate

CLIENT_HEADING = QT_TRANSLATE_NOOP("CoreCareText", "## Looking after it")
THERAPIST_HEADING = QT_TRANSLATE_NOOP("CoreCareText", "## Care: for therapists and students")
COMMON_PRACTICE = QT_TRANSLATE_NOOP(
    "CoreCareText",
    "*Common self-help, not a cure: studies show small, short-term effects at best. "
    "Ask your therapist which of these suit you before you start.*",
)
KIOSK_CARE = QT_TRANSLATE_NOOP(
    "CoreCareText",
    "**Ask a therapist.** A therapist can check where your pain comes from and show you what "
    "is safe for you to do at home. This screen does not give self-treatment steps, because "
    "what helps one person can harm another.",
)


PICTURE_SCHEME = "care:"  # ![title](care:<picture>): the panel shows assets/care/<picture>.svg


def item_lines(item: SelfCare) -> str:
    """One self-care item as a Markdown list entry: picture, what to do, how long, when to stop."""
    return translate(
        "CoreCareText",
        "- **{title}.**\n\n  ![{title2}]({PICTURE_SCHEME}{picture})\n\n  "
        "{how}\n\n  **How long:** {dose}\n\n  **When to stop:** {stop}",
    ).format(
        title=item.title,
        title2=item.title,
        PICTURE_SCHEME=PICTURE_SCHEME,
        picture=item.picture,
        how=item.how,
        dose=item.dose,
        stop=item.stop,
    )


def _bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def client_care(book: CareBook, mc: MuscleCare) -> str:
    """The client's Care section: plain words, every item with its dose and stop sign."""
    items = "\n\n".join(item_lines(it) for it in mc.self_care)
    cautions = (*mc.not_for, *book.general.not_for)
    return "\n\n".join(
        [
            translate("CoreCareText", CLIENT_HEADING),
            translate("CoreCareText", COMMON_PRACTICE),
            translate(
                "CoreCareText",
                "**What a therapist may do.** {client}",
            ).format(client=mc.client),
            translate(
                "CoreCareText",
                "**What you can do at home** (your therapist can print these for you):\n\n{items}",
            ).format(items=items),
            translate(
                "CoreCareText",
                "**What can keep it going:**\n\n{bullets}",
            ).format(bullets=_bullets(mc.habits)),
            translate(
                "CoreCareText",
                "**Ask first, and do not treat yourself, if:**\n\n{bullets}",
            ).format(bullets=_bullets(cautions)),
        ]
    )


def therapist_care(book: CareBook, mc: MuscleCare) -> str:
    """The therapist's and student's Care section: technique, evidence level and sources."""
    sources = "; ".join((*mc.sources, *book.general.sources))
    parts = [
        translate("CoreCareText", THERAPIST_HEADING),
        translate(
            "CoreCareText",
            "**What a therapist typically does.** {therapist}",
        ).format(therapist=mc.therapist),
        translate(
            "CoreCareText",
            "**Evidence.** {evidence} {evidence2}",
        )
        .format(evidence=mc.evidence, evidence2=book.general.evidence)
        .strip(),
        translate(
            "CoreCareText",
            "**Sources.** {sources}.",
        ).format(sources=sources),
    ]
    return "\n\n".join(parts)


def kiosk_care() -> str:
    """The kiosk's whole Care section: no self-treatment steps, only "ask a therapist"."""
    return f"{translate('CoreCareText', CLIENT_HEADING)}\n\n{translate('CoreCareText', KIOSK_CARE)}"
