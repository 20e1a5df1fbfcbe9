"""Compose the Markdown the text panel shows for the current state (Qt-free)."""

from __future__ import annotations

from bodymap.core.atlas import Atlas, Structure
from bodymap.core.care_text import client_care, kiosk_care, therapist_care
from bodymap.core.ids import Ref
from bodymap.core.state import OVERVIEW, ViewState

KIND_WORDS = {"muscle": "muscle", "region": "region", "nerve": "nerve"}


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
    if ref.side:
        bits.append(f"{ref.side.upper()} side (the person's own {ref.side})")
    elif st.kind != "muscle":
        bits.append("both sides")
    kind = KIND_WORDS[st.kind]
    bits.append(f"{st.layer} {kind}" if st.layer else kind)
    return " · ".join(bits)


def _pressed_nerves(atlas: Atlas, stretches: tuple[str, ...]) -> str:
    """Name the nerve(s) owning these stretches, e.g. "the tibial nerve (a branch of ...)"."""
    names = [
        atlas.structure(n).name[0].lower() + atlas.structure(n).name[1:]
        for n in atlas.ids("nerve")
        if set(atlas.nerve_stretches(n)) & set(stretches)
    ]
    if not names:
        return "the sciatic nerve"
    text = "the " + " and the ".join(names)
    if "sciatic nerve" not in names:
        text += " (a branch of the sciatic nerve)" if len(names) == 1 else " (sciatic branches)"
    return text


def nerve_note(atlas: Atlas, ref: Ref) -> str:
    """The callout that tells whether this muscle can press on the sciatic nerve."""
    st = atlas.structure(ref.id)
    if st.kind != "muscle":
        return ""
    if st.touches_nerve:
        return (
            f"> **Lies against {_pressed_nerves(atlas, st.nerve_stretches)}.** The glowing yellow "
            "line on the drawing is the sciatic nerve and its branches; the orange glow marks the "
            "stretch this muscle can press on or irritate."
        )
    return (
        "> **Does not touch the sciatic nerve.** Its trigger points can refer pain that feels "
        'like sciatica ("pseudo-sciatica"): the nerve is lit on the drawing, but no stretch '
        "of it is marked, because this muscle does not press on it."
    )


CONFIDENCE_WORDS = {
    "mapped": "Mapped (drawn from a published referral map).",
    "described": "Described (a source describes it in words; we found no drawn map).",
    "inferred": "Inferred (no source maps it; drawn by analogy, so treat it as a likely guess).",
}
_GRADE_PHRASES = {
    "mapped": "mapped",
    "described": "only described in words",
    "inferred": "drawn by analogy",
}
_COUNT_WORDS = {1: "One", 2: "Two", 3: "Three"}


def confidence_text(st: Structure) -> str:
    """How sure the muscle's drawn pattern is, and why (a few plain sentences)."""
    if st.confidence is None:
        return ""
    parts = [CONFIDENCE_WORDS[st.confidence], st.confidence_note]
    differ: dict[str, int] = {}
    for grade in st.zone_confidence.values():
        if grade != st.confidence:
            differ[grade] = differ.get(grade, 0) + 1
    for other, n in sorted(differ.items()):
        count = _COUNT_WORDS.get(n, str(n))
        verb = "is" if n == 1 else "are"
        parts.append(
            f"{count} of its zones {verb} {_GRADE_PHRASES[other]} rather than "
            f"{_GRADE_PHRASES[st.confidence]}."
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
        "**On the drawing:** ✕ marks the typical trigger points; **solid red** is the essential "
        "zone (where referred pain is usually felt); **hatched red** is the spillover zone "
        "(felt by some people only). These are typical patterns, not rules: every body differs."
    ]
    if essential:
        parts.append(f"- Essential zone: {essential}")
    if spill:
        parts.append(f"- Spillover zone: {spill}")
    sure = confidence_text(st)
    if sure:
        parts.append(f"- How sure this map is: {sure}")
        parts.append(
            "\nEach zone's style shows how sure it is (see the legend): filled when mapped, pale "
            "with a dash-dot edge when only described, a dotted outline without fill when inferred."
        )
    return "\n".join(parts)


def region_note(atlas: Atlas, ref: Ref) -> str:
    """The muscles of a region, as links."""
    st = atlas.structure(ref.id)
    if st.kind != "region" or not st.muscles:
        return ""
    items = "\n".join(f"- {link(atlas, m)}" for m in st.muscles)
    return f"**Muscles in this region** (outlined in blue on the drawing):\n\n{items}"


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
        if brk and last.startswith("Related:"):
            later, related = head, last
    parts.append(later)
    if care is not None and care_steps:
        parts.append(therapist_care(atlas.care, care))
    parts.append(related)
    return "\n\n".join(p for p in parts if p)
