"""Spillover zones are called striped everywhere the app or its content names their look."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parent.parent / "assets"
# The one word for the spillover look in each language, and wordings that must not come back.
STRIPED = {"en": "striped", "es": "rayad", "de": "gestreift"}
OTHER = {
    "en": re.compile(r"hatch", re.IGNORECASE),
    "es": re.compile(r"trazo más claro|tramad|entramad|sombreado más claro", re.IGNORECASE),
    "de": re.compile(r"schraff|helleres Muster", re.IGNORECASE),
}


def _messages(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ASSETS / "translations" / f"bodymap_{lang}.ts")
    return [
        (m.findtext("source") or "", m.findtext("translation") or "")
        for m in tree.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") != "obsolete")
    ]


def _content(lang: str) -> list[Path]:
    root = ASSETS / "content" if lang == "en" else ASSETS / "content" / "i18n" / lang
    return [*root.glob("*.toml"), *root.glob("articles/*.md")]


@pytest.mark.parametrize("lang", ["es", "de"])
def test_interface_texts_say_striped(lang: str) -> None:
    """Every interface text naming the spillover look says striped, in English and translated."""
    naming = [(s, t) for s, t in _messages(lang) if re.search(r"striped|stripes|hatch", s)]
    assert len(naming) >= 4  # article key, quick guide, quiz, handout
    assert [s for s, _ in naming if OTHER["en"].search(s)] == []
    assert [
        t
        for _, t in naming
        if OTHER[lang].search(t)
        or not re.search(STRIPED[lang] + "|rayas|Streifen", t, re.IGNORECASE)
    ] == []


@pytest.mark.parametrize("lang", sorted(STRIPED))
def test_content_never_names_another_spillover_look(lang: str) -> None:
    """No article or card calls the spillover zone hatched (or a lighter pattern) instead."""
    hits = [p.name for p in _content(lang) if OTHER[lang].search(p.read_text(encoding="utf-8"))]
    assert hits == []
    root = ASSETS / "content" if lang == "en" else ASSETS / "content" / "i18n" / lang
    overview = root / "articles" / "overview.md"
    assert STRIPED[lang] in overview.read_text(encoding="utf-8").lower()
