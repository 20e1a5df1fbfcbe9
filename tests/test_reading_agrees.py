"""The "Nerve or muscle?" reading agrees with each muscle's text about the roots it resembles."""

from __future__ import annotations

import re

from bodymap.core.candidates import nerve_or_muscle_reading, roots_under_zones
from bodymap.core.ids import SIDES, Ref

# "mistaken for an L5 problem", "the posterior pattern resembles S1", "overlap the S1 area" …
_CLAIM = re.compile(
    r"(?:resembl\w*|mistaken for|taken for|mimic\w*|overlap\w*|copy|copies)\W+(?:\w+\W+){0,6}?"
    r"(?:an? )?\b(L4|L5|S1|S2)\b"
)


def claimed_roots(atlas, muscle: str) -> set[str]:
    """Roots a muscle's article or card says its pattern resembles."""
    st = atlas.structure(muscle)
    texts = [atlas.article(muscle).text, *(cf.text for cf in st.card.values())]
    return {m.group(1) for t in texts for m in _CLAIM.finditer(t)}


def test_the_reading_names_every_root_a_muscle_text_says_it_resembles(atlas):
    """Gluteus minimus 'resembles S1' behind and 'L5' outside: the strip names both, and so on."""
    claims = {m: claimed_roots(atlas, m) for m in atlas.ids("muscle")}
    assert {"L5", "S1"} <= claims["gluteus_minimus"]  # the test reads the claims it is about
    for muscle, roots in claims.items():
        drawn = {r for side in SIDES for r in roots_under_zones(atlas, muscle, side)}
        assert roots <= drawn, (muscle, roots - drawn)
        reading = nerve_or_muscle_reading(atlas, Ref(muscle, "left"))
        for root in roots:
            assert root in reading, (muscle, root)
