"""Compose the Markdown the text panel shows for the current state (Qt-free)."""

from __future__ import annotations

import re

from bodymap.core.atlas import Atlas, Structure
from bodymap.core.care_text import client_care, kiosk_care, therapist_care
from bodymap.core.i18n import QT_TRANSLATE_NOOP, lower_first, translate
from bodymap.core.ids import Ref
from bodymap.core.state import OVERVIEW, ViewState

KIND_WORDS = {
    "muscle": QT_TRANSLATE_NOOP("Article", "muscle"),
    "region": QT_TRANSLATE_NOOP("Article", "region"),
    "nerve": QT_TRANSLATE_NOOP("Article", "nerve"),
}


# The closing "Related: [a](bodymap:a) · [b](bodymap:b)" line, in any language ("Relacionados:",
# "Siehe auch:"): a short label, then only bodymap links separated by middle dots.
_LINK = r"\[[^\]]+\]\(bodymap:[a-z0-9_-]+\)"
_RELATED = re.compile(rf"^[^\n:\[\]]{{1,30}}:\s*{_LINK}(?:\s*·\s*{_LINK})*$")


def link(atlas: Atlas, structure_id: str) -> str:
    """A Markdown link that selects a structure when clicked."""
    return f"[{atlas.structure(structure_id).name}](bodymap:{structure_id})"


def _body(text: str) -> str:
    lines = text.strip().splitlines()
    return "\n".join(lines[1:]).strip() if lines and lines[0].startswith("# ") else text


def subtitle(atlas: Atlas, ref: Ref) -> str:
    """One line under the title: Latin name, side, kind and layer."""
    st = atlas.structure(ref.id)
    bits = []
    if st.latin:
        bits.append(f"*{st.latin}*")
    if ref.side == "left":
        bits.append(translate("Article", "LEFT side (the person's own left)"))
    elif ref.side == "right":
        bits.append(translate("Article", "RIGHT side (the person's own right)"))
    elif st.kind != "muscle":
        bits.append(translate("Article", "both sides"))
    kind = translate("Article", KIND_WORDS[st.kind])
    if st.layer == "superficial":
        kind = translate("Article", "superficial {kind}").format(kind=kind)
    elif st.layer == "deep":
        kind = translate("Article", "deep {kind}").format(kind=kind)
    elif st.layer:
        kind = f"{st.layer} {kind}"
    bits.append(kind)
    return " · ".join(bits)


def _pressed_nerves(atlas: Atlas, stretches: tuple[str, ...]) -> str:
    """Name the nerve(s) owning these stretches, e.g. "the tibial nerve (a branch of ...)"."""
    names = [
        lower_first(atlas.structure(n).name)
        for n in atlas.ids("nerve")
        if set(atlas.nerve_stretches(n)) & set(stretches)
    ]
    sciatic = atlas.structure("sciatic_nerve").name if "sciatic_nerve" in atlas.structures else ""
    if not names:
        return translate("Article", "the sciatic nerve")
    text = translate("Article", "the {names}").format(
        names=translate("Article", " and the ").join(names)
    )
    if not sciatic or lower_first(sciatic) not in names:
        text += (
            translate("Article", " (a branch of the sciatic nerve)")
            if len(names) == 1
            else translate("Article", " (sciatic branches)")
        )
    return text


def nerve_note(atlas: Atlas, ref: Ref) -> str:
    """The callout that tells whether this muscle can press on the sciatic nerve."""
    st = atlas.structure(ref.id)
    if st.kind != "muscle":
        return ""
    if st.touches_nerve:
        return translate(
            "Article",
            "> **Lies against {nerves}.** The glowing yellow "
            "line on the drawing is the sciatic nerve and its branches; the orange glow marks the "
            "stretch this muscle can press on or irritate.",
        ).format(nerves=_pressed_nerves(atlas, st.nerve_stretches))
    return translate(
        "Article",
        "> **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels "
        'like sciatica ("pseudo-sciatica"): the nerve is lit on the drawing, but no stretch '
        "of it is marked, because this muscle does not press on it.",
    )


CONFIDENCE_WORDS = {
    "mapped": QT_TRANSLATE_NOOP("Article", "Mapped (drawn from a published referral map)."),
    "described": QT_TRANSLATE_NOOP(
        "Article", "Described (a source describes it in words; we found no drawn map)."
    ),
    "inferred": QT_TRANSLATE_NOOP(
        "Article",
        "Inferred (no source maps it; drawn by analogy, so treat it as a likely guess).",
    ),
}
_GRADE_PHRASES = {
    "mapped": QT_TRANSLATE_NOOP("Article", "mapped"),
    "described": QT_TRANSLATE_NOOP("Article", "only described in words"),
    "inferred": QT_TRANSLATE_NOOP("Article", "drawn by analogy"),
}
_COUNT_WORDS = {
    1: QT_TRANSLATE_NOOP("Article", "One"),
    2: QT_TRANSLATE_NOOP("Article", "Two"),
    3: QT_TRANSLATE_NOOP("Article", "Three"),
}


def confidence_text(st: Structure) -> str:
    """How sure the muscle's drawn pattern is, and why (a few plain sentences)."""
    if st.confidence is None:
        return ""
    parts = [translate("Article", CONFIDENCE_WORDS[st.confidence]), st.confidence_note]
    differ: dict[str, int] = {}
    for grade in st.zone_confidence.values():
        if grade != st.confidence:
            differ[grade] = differ.get(grade, 0) + 1
    for other, n in sorted(differ.items()):
        count = translate("Article", _COUNT_WORDS[n]) if n in _COUNT_WORDS else str(n)
        sentence = (
            translate("Article", "{count} of its zones is {grade} rather than {usual}.")
            if n == 1
            else translate("Article", "{count} of its zones are {grade} rather than {usual}.")
        )
        parts.append(
            sentence.format(
                count=count,
                grade=translate("Article", _GRADE_PHRASES[other]),
                usual=translate("Article", _GRADE_PHRASES[st.confidence]),
            )
        )
    return " ".join(parts)


def markers_note(atlas: Atlas, ref: Ref) -> str:
    """What the crosses and the red zones on the drawing mean, for a muscle."""
    st = atlas.structure(ref.id)
    if st.kind != "muscle":
        return ""
    essential = st.referral.get("essential", "")
    spill = st.referral.get("spillover", "")
    parts = [
        translate(
            "Article",
            "**On the drawing:** ✕ marks the typical trigger points; **solid red** is the "
            "essential zone (where referred pain is usually felt); **striped red** is the "
            "spillover zone (felt by some people only). These are typical patterns, not rules: "
            "every body differs.",
        )
    ]
    if essential:
        parts.append("- " + translate("Article", "Essential zone: {text}").format(text=essential))
    if spill:
        parts.append("- " + translate("Article", "Spillover zone: {text}").format(text=spill))
    sure = confidence_text(st)
    if sure:
        parts.append("- " + translate("Article", "How sure this map is: {text}").format(text=sure))
        parts.append(
            "\n"
            + translate(
                "Article",
                "Each zone's style shows how sure it is (see the legend): filled when mapped, "
                "pale with a dash-dot edge when only described, a dotted outline without fill "
                "when inferred.",
            )
        )
    return "\n".join(parts)


def region_note(atlas: Atlas, ref: Ref) -> str:
    """The muscles of a region, as links."""
    st = atlas.structure(ref.id)
    if st.kind != "region" or not st.muscles:
        return ""
    items = "\n".join(f"- {link(atlas, m)}" for m in st.muscles)
    head = translate("Article", "**Muscles in this region** (outlined in blue on the drawing):")
    return f"{head}\n\n{items}"


def compose(atlas: Atlas, state: ViewState, care_steps: bool = True) -> str:
    """The Markdown for the panel: the selection's article, or the article asked for.

    A muscle's Care section follows its plain part (the client's version) and closes the
    later sections (the therapist's). ``care_steps=False`` (the kiosk) replaces both with
    "ask a therapist".
    """
    sel = state.selection
    if sel is None or state.article != sel.id:
        aid = state.article if state.article in atlas.articles else OVERVIEW
        return atlas.article(aid).text
    st = atlas.structure(sel.id)
    art = atlas.article(sel.id)
    parts = [f"# {st.name}", subtitle(atlas, sel)]
    for extra in (nerve_note(atlas, sel), region_note(atlas, sel)):
        if extra:
            parts.append(extra)
    body = _body(art.text)
    plain, sep, rest = body.partition("\n## ")
    parts.append(plain.strip())
    note = markers_note(atlas, sel)
    if note:
        parts.append(note)
    care = atlas.care.of(sel.id) if st.kind == "muscle" else None
    if care is not None:
        parts.append(client_care(atlas.care, care) if care_steps else kiosk_care())
    later = ("## " + rest.strip()) if sep else ""
    related = ""
    if later:
        head, brk, last = later.rpartition("\n\n")
        if brk and _RELATED.match(last.strip()):
            later, related = head, last
    parts.append(later)
    if care is not None and care_steps:
        parts.append(therapist_care(atlas.care, care))
    parts.append(related)
    return "\n\n".join(p for p in parts if p)
