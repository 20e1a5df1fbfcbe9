"""The words of the client's handout: title, plain-language text, red flags and disclaimer.

Qt-free: the handout's Markdown is composed here and only laid out on paper by the UI.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bodymap.core.atlas import Atlas
from bodymap.core.i18n import long_date as i18n_long_date
from bodymap.core.i18n import translate
from bodymap.core.ids import Ref
from bodymap.core.state import OVERVIEW

# Sections of the red-flags article written for professionals, not for the client.
PROFESSIONAL_SECTIONS = ("for therapists", "for therapists and teachers")
_LINK = re.compile(r"\[([^\]]+)\]\(bodymap:([^)]*)\)")
# Links to these pages read as page names on paper: the page "When to seek urgent help".
PAGES = frozenset({"red-flags", "sources", "disclaimer", "overview"})
_LINK_ONLY_LINE = re.compile(r"^\s*\[[^\]]+\]\(bodymap:[^)]*\)\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class HandoutText:
    """Everything written on the handout, apart from the names typed in the dialog."""

    title: str
    subtitle: str
    date: str
    body_markdown: str


def plain_links(markdown: str) -> str:
    """Drop in-app links: on paper ``[piriformis](bodymap:piriformis)`` reads "piriformis".

    A link to a page (urgent signs, sources) keeps its name in quotation marks.
    """

    def words(m: re.Match[str]) -> str:
        return f"“{m.group(1)}”" if m.group(2) in PAGES else m.group(1)

    return _LINK.sub(words, _LINK_ONLY_LINE.sub("", markdown)).strip()


def _shift_headings(markdown: str, levels: int = 1) -> str:
    return re.sub(
        r"^(#+) ", lambda m: "#" * (len(m.group(1)) + levels) + " ", markdown, flags=re.MULTILINE
    )


def client_sections(markdown: str) -> str:
    """An article's text without its title and without the sections for professionals."""
    lines = markdown.strip().splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    out: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("## "):
            heading = line[3:].strip().lower()
            skipping = heading in PROFESSIONAL_SECTIONS or heading in {
                translate("CoreHandoutText", "for therapists").lower(),
                translate("CoreHandoutText", "for therapists and teachers").lower(),
            }
        if not skipping:
            out.append(line)
    return "\n".join(out).strip()


def long_date(day: dt.date) -> str:
    """A date as a client reads it: 3 March 2026."""
    return i18n_long_date(day)


def compose_handout(atlas: Atlas, selection: Ref | None, day: dt.date | None = None) -> HandoutText:
    """The handout for the selected structure, or for the overview when nothing is selected."""
    day = day or dt.date.today()
    if selection is None:
        article = atlas.article(OVERVIEW)
        title = article.title
        subtitle = translate(
            "CoreHandoutText", "How the muscles of the hip and thigh relate to the sciatic nerve"
        )
    else:
        st = atlas.structure(selection.id)
        article = atlas.article(selection.id)
        if selection.side == "left":
            title = translate("CoreHandoutText", "{name}, left side").format(name=st.name)
        elif selection.side == "right":
            title = translate("CoreHandoutText", "{name}, right side").format(name=st.name)
        else:
            title = st.name
        subtitle = st.summary
    red = atlas.article("red-flags")
    disclaimer = atlas.article("disclaimer")
    parts = [
        f"## {article.title}",
        plain_links(article.plain),
        f"## {red.title}",
        _shift_headings(plain_links(client_sections(red.text))),
        f"## {disclaimer.title}",
        plain_links(disclaimer.plain),
    ]
    body = "\n\n".join(p for p in parts if p.strip())
    return HandoutText(title=title, subtitle=subtitle, date=long_date(day), body_markdown=body)
