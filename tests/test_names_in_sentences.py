"""Names in composed sentences: lower-case in English and Spanish, German nouns keep capitals."""

from __future__ import annotations

import pytest

from bodymap.core.article_view import nerve_note
from bodymap.core.ids import Ref
from bodymap.core.quiz import click_prompt
from bodymap.core.traversal import accessible_name
from bodymap.resources import translated_atlas


@pytest.fixture
def speak(qapp):
    """Install one interface language for a test, English again afterwards."""
    from bodymap.ui.language import install_language

    yield install_language
    install_language("en")


def test_german_sentences_keep_the_capital_of_nerve_and_muscle_names(atlas, speak) -> None:
    """German says 'dem Ischiasnerv' in the callout, 'M. piriformis' in the quiz and reader."""
    speak("de")
    german = translated_atlas(atlas, "de")
    note = nerve_note(german, Ref("piriformis", "right"))
    assert "Ischiasnerv an." in note and "ischiasnerv an" not in note
    calf = nerve_note(german, Ref("soleus", "right"))
    tibial = german.structure("tibial_nerve").name
    assert tibial in calf
    name = german.structure("piriformis").name
    assert name[0].isupper()
    assert name in click_prompt(name, "right")
    assert accessible_name(german, Ref("piriformis", "right")).startswith(name)


def test_english_and_spanish_sentences_lower_case_the_name(atlas, speak) -> None:
    """'Lies against the sciatic nerve.' in English, 'nervio ciático' in Spanish."""
    assert "Lies against the sciatic nerve." in nerve_note(atlas, Ref("piriformis", "right"))
    assert accessible_name(atlas, Ref("piriformis", "right")).startswith("piriformis, right")
    speak("es")
    spanish = translated_atlas(atlas, "es")
    note = nerve_note(spanish, Ref("piriformis", "right"))
    sciatic = spanish.structure("sciatic_nerve").name
    assert sciatic[0].isupper()
    assert sciatic[0].lower() + sciatic[1:] in note
