"""Type-ahead search over structure names, Latin names, synonyms and abbreviations (Qt-free).

Ranking, best first: an exact match of the id, name or a synonym; the query as a prefix of a
term; every query word as a prefix of the term's words ("glute med"); the query inside a
term; then a fuzzy match for typos. Group synonyms ("deep six", "hamstrings") are carried by
each muscle of the group in the content, so one query returns the whole group.

A synonym with a note in square brackets is a loose one: a name the structure is often
filed under although it is not strictly one, e.g. the short head of biceps femoris under
"hamstrings [not a true hamstring: it crosses only the knee]". It matches on the text
before the bracket, ranks after every true match of the same tier, and its result says the
note, so a search never presents it as what it is not.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from bodymap.core.atlas import Structure
from bodymap.core.ids import Ref, Side

# Match tiers, best first.
EXACT, PREFIX, WORD_PREFIX, SUBSTRING, FUZZY = range(5)
TIER_NAMES = ("exact", "prefix", "word prefix", "substring", "fuzzy")
# Which field matched, best first: the name beats a synonym beats the Latin name.
FIELD_RANK = {"name": 0, "id": 1, "synonym": 2, "latin": 3}
FUZZY_CUTOFF = 0.78
_SIDE_WORDS: dict[str, Side] = {"left": "left", "l": "left", "right": "right", "r": "right"}


def normalise(text: str) -> str:
    """Lower case, punctuation and underscores as spaces, runs of spaces collapsed."""
    text = text.lower().replace("_", " ")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Term:
    """One searchable text of a structure: its name, id, a synonym or its Latin name."""

    structure_id: str
    text: str  # as written in the content, for showing
    key: str  # normalised, for matching
    field: str  # name | id | synonym | latin
    note: str = ""  # a loose synonym's note: why the name fits only loosely


_NOTE = re.compile(r"^(?P<text>[^\[]*?)\s*\[(?P<note>[^\]]*)\]\s*$")


def split_note(synonym: str) -> tuple[str, str]:
    """A synonym and its note: "hamstrings [not a true one]" -> ("hamstrings", "not a true one")."""
    m = _NOTE.match(synonym)
    if m is None:
        return synonym.strip(), ""
    return m.group("text"), m.group("note").strip()


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A structure found by a query, with the term that matched and how well."""

    ref: Ref
    name: str
    matched: str
    field: str
    tier: int
    note: str = ""  # set when a loose synonym matched: shown with the result

    @property
    def how(self) -> str:
        """The match tier in words (exact, prefix, ...)."""
        return TIER_NAMES[self.tier]

    @property
    def label(self) -> str:
        """What a result list shows: the name, and the matched synonym when it differs.

        A loose synonym shows its note instead: "Biceps femoris (short head) — not a true
        hamstring: it crosses only the knee".
        """
        if self.note:
            return f"{self.name} — {self.note}"
        if self.field in ("name", "id") or normalise(self.matched) == normalise(self.name):
            return self.name
        return f"{self.name} ({self.matched})"


def _split_side(query: str) -> tuple[str, Side | None]:
    """Take a trailing side off a query: "piri left", "piriformis:right"."""
    words = normalise(query).split()
    if (
        len(words) >= 2
        and words[-1] in _SIDE_WORDS
        and (words[-1] in ("left", "right") or ":" in query)
    ):
        return " ".join(words[:-1]), _SIDE_WORDS[words[-1]]
    return " ".join(words), None


def _tier(query: str, key: str) -> int | None:
    """How the normalised query matches a normalised term, or None."""
    if query == key or query.replace(" ", "") == key.replace(" ", ""):
        return EXACT
    if key.startswith(query):
        return PREFIX
    q_words = query.split()
    k_words = key.split()
    if _words_prefix(q_words, k_words):
        return WORD_PREFIX
    if query in key:
        return SUBSTRING
    if len(query) >= 4:
        ratio = difflib.SequenceMatcher(None, query, key).ratio()
        word_ratio = max(
            (difflib.SequenceMatcher(None, query, w).ratio() for w in k_words), default=0.0
        )
        if max(ratio, word_ratio) >= FUZZY_CUTOFF:
            return FUZZY
    return None


def _words_prefix(q_words: list[str], k_words: list[str]) -> bool:
    """True when each query word starts a distinct term word, in order ("glute med")."""
    i = 0
    for qw in q_words:
        while i < len(k_words) and not k_words[i].startswith(qw):
            i += 1
        if i == len(k_words):
            return False
        i += 1
    return bool(q_words)


class HasStructures(Protocol):
    """An Atlas or a Content: anything with structures by id."""

    @property
    def structures(self) -> Mapping[str, Structure]: ...


class SearchIndex:
    """Every searchable term of an atlas's structures; ``search(query)`` ranks them."""

    def __init__(self, atlas: HasStructures) -> None:
        self.structures = atlas.structures
        self.order = {sid: i for i, sid in enumerate(atlas.structures)}
        terms: list[Term] = []
        for sid, st in atlas.structures.items():
            terms.append(Term(sid, st.name, normalise(st.name), "name"))
            terms.append(Term(sid, sid.replace("_", " "), normalise(sid), "id"))
            if st.latin:
                terms.append(Term(sid, st.latin, normalise(st.latin), "latin"))
                # "musculus piriformis" should also be found as "piriformis" by its Latin core.
                core = re.sub(r"^(musculus|musculi|nervus|regio|fossa)\s+", "", normalise(st.latin))
                if core != normalise(st.latin):
                    terms.append(Term(sid, st.latin, core, "latin"))
            own_notes = [n for n in (split_note(s)[1] for s in st.synonyms) if n]
            for syn in st.synonyms:
                text, note = split_note(syn)
                terms.append(Term(sid, text, normalise(text), "synonym", note))
            # A translated atlas keeps its English names findable too (a loose English name
            # keeps its note, said in the atlas's language when the translation has one).
            for other in st.also_known:
                text, note = split_note(other)
                if note and own_notes:
                    note = own_notes[0]
                terms.append(Term(sid, text, normalise(text), "synonym", note))
        self.terms = tuple(t for t in terms if t.key)

    def search(self, query: str, limit: int = 12) -> list[SearchHit]:
        """Ranked hits for a query, one per structure, best first; [] for a blank query."""
        q, side = _split_side(query)
        if not q:
            return []
        best: dict[str, tuple[tuple[int, int, int, int, int], Term, int]] = {}
        for term in self.terms:
            tier = _tier(q, term.key)
            if tier is None:
                continue
            rank = (
                tier,
                1 if term.note else 0,  # a loose synonym after every true match of its tier
                FIELD_RANK[term.field],
                len(term.key),
                self.order[term.structure_id],
            )
            old = best.get(term.structure_id)
            if old is None or rank < old[0]:
                best[term.structure_id] = (rank, term, tier)
        ranked = sorted(best.values(), key=lambda item: item[0])
        hits = []
        for _rank, term, tier in ranked[:limit]:
            st = self.structures[term.structure_id]
            hits.append(
                SearchHit(Ref(st.id, side), st.name, term.text, term.field, tier, term.note)
            )
        return hits

    def top(self, query: str) -> SearchHit | None:
        """The best hit, or None when nothing matches."""
        hits = self.search(query, limit=1)
        return hits[0] if hits else None
