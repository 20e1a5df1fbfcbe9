"""Translated content laid over the English (bodymap.core.translation): fallback, errors, search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.core.atlas import Atlas
from bodymap.core.content import load_content
from bodymap.core.errors import BodymapError
from bodymap.core.search import SearchIndex
from bodymap.core.translation import ARTICLE_MARK, MARK, translate
from bodymap.resources import asset_root, care_pictures

PIRIFORMIS_ES = """
[meta]
format = 1
language = "es"

[[structure]]
id = "piriformis"
name = "Piriforme"
synonyms = ["músculo piriforme", "piramidal de la pelvis"]
summary = "Un pequeño músculo profundo de la cadera."

[structure.card]
origin = "Cara anterior del sacro."
"""


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    src = Path(str(asset_root().joinpath("content")))
    dst = tmp_path / "content"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("i18n"))
    return dst


def _load(root: Path):
    return load_content(root, "assets/content", care_pictures(asset_root()))


def _write(root: Path, rel: str, text: str) -> None:
    path = root / "i18n" / "es" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_without_a_translation_every_field_shows_english_with_the_marker(content_copy) -> None:
    """No es folder: names, card texts and articles are the English ones, each marked [EN]."""
    english = _load(content_copy)
    spanish, cov = translate(english, content_copy, "es")
    assert spanish.structures["piriformis"].name == "Piriformis" + MARK
    assert spanish.structures["piriformis"].card["origin"].text.endswith(MARK)
    assert ARTICLE_MARK in spanish.articles["piriformis"].text
    assert ARTICLE_MARK in spanish.articles["piriformis"].plain
    assert cov.total > 500 and cov.translated == 0 and cov.percent == 0.0


def test_a_translated_field_replaces_english_and_a_missing_one_is_marked(content_copy) -> None:
    """Piriformis in Spanish: the given fields are Spanish, the card's insertion stays English."""
    _write(content_copy, "muscles.toml", PIRIFORMIS_ES)
    english = _load(content_copy)
    spanish, cov = translate(english, content_copy, "es")
    piri = spanish.structures["piriformis"]
    assert piri.name == "Piriforme"
    assert piri.card["origin"].text == "Cara anterior del sacro."
    assert piri.card["origin"].source == english.structures["piriformis"].card["origin"].source
    assert (
        piri.card["insertion"].text
        == english.structures["piriformis"].card["insertion"].text + MARK
    )
    assert "muscles.toml: piriformis.card.insertion" in cov.missing
    assert "muscles.toml: piriformis.name" not in cov.missing
    assert 0 < cov.translated < cov.total


def test_search_finds_a_structure_by_spanish_english_and_latin(content_copy) -> None:
    """In Spanish, "piriforme", "piriformis" and "musculus piriformis" all find piriformis."""
    _write(content_copy, "muscles.toml", PIRIFORMIS_ES)
    spanish, _ = translate(_load(content_copy), content_copy, "es")
    index = SearchIndex(spanish)
    for query in ("piriforme", "piramidal", "piriformis", "musculus piriformis"):
        top = index.top(query)
        assert top is not None and top.ref.id == "piriformis", query


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[structure]]\nid = "piriformiss"\nname = "X"\n', "unknown structure id 'piriformiss'"),
        ('[[structure]]\nid = "piriformis"\nsummary = "Sin nombre"\n', "key 'name'"),
        ('[[structure]]\nid = "piriformis"\nname = "Piriforme\n', "TOML syntax error"),
        (
            '[[structure]]\nid = "piriformis"\nname = "P"\n[structure.card]\norigen = "x"\n',
            "unknown card field(s): origen",
        ),
    ],
)
def test_a_broken_translated_file_gets_the_one_line_message(content_copy, text, message) -> None:
    """Unknown id, missing name, syntax error, unknown card field: file, place, problem, fix."""
    _write(content_copy, "muscles.toml", text)
    with pytest.raises(BodymapError) as caught:
        translate(_load(content_copy), content_copy, "es")
    line = caught.value.message
    assert "i18n/es/muscles.toml" in line and message in line and "\n" not in line


def test_a_translated_article_must_belong_to_an_english_one(content_copy) -> None:
    """An article with no English original is named with the fix."""
    _write(content_copy, "articles/piriformiss.md", "# Piriforme\n\nTexto.\n")
    with pytest.raises(BodymapError, match=r"there is no English article 'piriformiss'"):
        translate(_load(content_copy), content_copy, "es")


def test_care_items_are_matched_by_id(content_copy) -> None:
    """A translated self-care item keeps its picture; an unknown item id is an error."""
    english = _load(content_copy)
    item = english.care.of("piriformis").self_care[0]
    _write(
        content_copy,
        "care.toml",
        f'[care.piriformis]\nclient = "Un terapeuta puede presionar."\n'
        f'[[care.piriformis.self_care]]\nid = "{item.id}"\ntitle = "Pelota contra la pared"\n',
    )
    spanish, _ = translate(english, content_copy, "es")
    got = spanish.care.of("piriformis").self_care[0]
    assert got.title == "Pelota contra la pared" and got.picture == item.picture
    assert got.how == item.how + MARK
    _write(content_copy, "care.toml", '[[care.piriformis.self_care]]\nid = "nope"\ntitle = "x"\n')
    with pytest.raises(BodymapError, match=r"unknown self-care item 'nope'"):
        translate(english, content_copy, "es")


def test_an_unknown_language_is_named_with_the_choices(content_copy) -> None:
    """Asking for 'fr' names the languages bodymap has."""
    with pytest.raises(BodymapError, match=r"unknown language 'fr'.*en, es, de"):
        translate(_load(content_copy), content_copy, "fr")


def test_english_is_the_content_itself(atlas: Atlas) -> None:
    """Translating to English changes nothing and reports full coverage."""
    content = atlas.content
    same, cov = translate(content, asset_root().joinpath("content"), "en")
    assert same is content and cov.percent == 100.0
