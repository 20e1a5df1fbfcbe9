"""Search in a translated atlas: the language's own names and synonyms, Latin, and English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.core.content import load_content
from bodymap.core.search import SearchIndex
from bodymap.core.translation import translate
from bodymap.resources import asset_root, care_pictures, translated_atlas

PIRIFORMIS_DE = """
[[structure]]
id = "piriformis"
name = "Piriformis"
synonyms = ["Musculus piriformis", "birnenförmiger Muskel", "Piriformis-Muskel"]

[[structure]]
id = "sciatic_nerve"
name = "Ischiasnerv"
synonyms = ["Nervus ischiadicus", "Hüftnerv"]
"""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nervio ciático", "sciatic_nerve"),  # the Spanish name
        ("piramidal", "piriformis"),  # a Spanish synonym people type
        ("nervus ischiadicus", "sciatic_nerve"),  # Latin
        ("sciatic nerve", "sciatic_nerve"),  # English, kept findable
        ("gluteus maximus", "gluteus_maximus"),  # the English name of another muscle
    ],
)
def test_the_spanish_atlas_finds_spanish_latin_and_english(atlas, query, expected) -> None:
    """The shipped Spanish content: each way of naming finds the structure first."""
    top = SearchIndex(translated_atlas(atlas, "es")).top(query)
    assert top is not None and top.ref.id == expected, (query, top)


def test_the_german_atlas_finds_german_latin_and_english(tmp_path: Path) -> None:
    """A German translation: "Ischiasnerv", "Hüftnerv", Latin and English all find it."""
    src = Path(str(asset_root().joinpath("content")))
    dst = tmp_path / "content"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("i18n"))
    (dst / "i18n" / "de").mkdir(parents=True)
    (dst / "i18n" / "de" / "muscles.toml").write_text(
        PIRIFORMIS_DE.split('[[structure]]\nid = "sciatic_nerve"')[0], "utf-8"
    )
    (dst / "i18n" / "de" / "nerves.toml").write_text(
        "[[structure]]" + PIRIFORMIS_DE.split("[[structure]]")[2], "utf-8"
    )
    english = load_content(dst, "assets/content", care_pictures())
    german, _ = translate(english, dst, "de")
    index = SearchIndex(german)
    for query, expected in (
        ("Ischiasnerv", "sciatic_nerve"),
        ("hüftnerv", "sciatic_nerve"),
        ("birnenförmiger", "piriformis"),
        ("nervus ischiadicus", "sciatic_nerve"),
        ("sciatic", "sciatic_nerve"),
    ):
        top = index.top(query)
        assert top is not None and top.ref.id == expected, (query, top)


def test_the_window_search_box_searches_the_window_s_language(qtbot, atlas) -> None:
    """The Spanish window's search box finds "ciático" (the index is built on its atlas)."""
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(translated_atlas(atlas, "es"), language="es", base_atlas=atlas)
    qtbot.addWidget(window)
    from bodymap.ui.therapist.search_box import SearchBox

    top = window.findChildren(SearchBox)[0].index.top("ciático")
    assert top is not None and top.ref.id == "sciatic_nerve"
