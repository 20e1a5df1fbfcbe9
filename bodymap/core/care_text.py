"""The Care section's words for the text panel, in both registers (Qt-free).

``client_care`` goes in the plain-language part (what a therapist may do, self-care with its
dose and stop signs, habits, who should not); ``therapist_care`` goes with the later sections
(what a therapist typically does, the evidence, the sources). ``kiosk_care`` is all an
unsupervised visitor sees: ask a therapist.
"""

from __future__ import annotations

from bodymap.core.care import CareBook, MuscleCare, SelfCare

CLIENT_HEADING = "## Looking after it"
THERAPIST_HEADING = "## Care: for therapists and students"
COMMON_PRACTICE = (
    "*Common self-help, not a cure: studies show small, short-term effects at best. "
    "Ask your therapist which of these suit you before you start.*"
)
KIOSK_CARE = (
    "**Ask a therapist.** A therapist can check where your pain comes from and show you what "
    "is safe for you to do at home. This screen does not give self-treatment steps, because "
    "what helps one person can harm another."
)


PICTURE_SCHEME = "care:"  # ![title](care:<picture>): the panel shows assets/care/<picture>.svg


def item_lines(item: SelfCare) -> str:
    """One self-care item as a Markdown list entry: picture, what to do, how long, when to stop."""
    return (
        f"- **{item.title}.**\n\n"
        f"  ![{item.title}]({PICTURE_SCHEME}{item.picture})\n\n"
        f"  {item.how}\n\n"
        f"  **How long:** {item.dose}\n\n"
        f"  **When to stop:** {item.stop}"
    )


def _bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def client_care(book: CareBook, mc: MuscleCare) -> str:
    """The client's Care section: plain words, every item with its dose and stop sign."""
    items = "\n\n".join(item_lines(it) for it in mc.self_care)
    cautions = (*mc.not_for, *book.general.not_for)
    return "\n\n".join(
        [
            CLIENT_HEADING,
            COMMON_PRACTICE,
            f"**What a therapist may do.** {mc.client}",
            f"**What you can do at home** (your therapist can print these for you):\n\n{items}",
            f"**What can keep it going:**\n\n{_bullets(mc.habits)}",
            f"**Ask first, and do not treat yourself, if:**\n\n{_bullets(cautions)}",
        ]
    )


def therapist_care(book: CareBook, mc: MuscleCare) -> str:
    """The therapist's and student's Care section: technique, evidence level and sources."""
    sources = "; ".join((*mc.sources, *book.general.sources))
    parts = [
        THERAPIST_HEADING,
        f"**What a therapist typically does.** {mc.therapist}",
        f"**Evidence.** {mc.evidence} {book.general.evidence}".strip(),
        f"**Sources.** {sources}.",
    ]
    return "\n\n".join(parts)


def kiosk_care() -> str:
    """The kiosk's whole Care section: no self-treatment steps, only "ask a therapist"."""
    return f"{CLIENT_HEADING}\n\n{KIOSK_CARE}"
