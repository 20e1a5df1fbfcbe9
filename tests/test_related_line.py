"""A muscle's closing "Related:" links end the panel in every language, after the Care section."""

from __future__ import annotations

import pytest

from bodymap.core.article_view import compose
from bodymap.core.ids import Ref
from bodymap.core.state import ViewState
from bodymap.resources import translated_atlas

LABELS = {"en": "Related:", "es": "Relacionados:", "de": "Siehe auch:"}


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_the_related_links_are_the_last_paragraph(atlas, lang) -> None:
    """For every muscle the panel's last paragraph is its related-links line, care text above it."""
    shown = atlas if lang == "en" else translated_atlas(atlas, lang)
    for mid in shown.ids("muscle"):
        text = compose(shown, ViewState(selection=Ref(mid, "right"), article=mid))
        last = text.rstrip().rsplit("\n\n", 1)[-1]
        assert last.startswith(LABELS[lang]) and "(bodymap:" in last, (lang, mid, last[:60])
