"""Shipped content speaks to patients and students, never in a fact-checker's voice."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

CONTENT = Path(__file__).resolve().parent.parent / "assets" / "content"

# Internal review wording in the three shipped languages: notes that something "could not be
# verified", "(unverified)", "the summary we checked", paths to the project's fact sheet.
INTERNAL = {
    "en": re.compile(
        r"verif|fact[- ]?check|clinical-facts|could not (?:be )?(?:check|confirm)|"
        r"\bwe (?:checked|found|could)\b|not confirmed|unconfirmed",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"verific|clinical-facts|(?:hemos|ha|han) podido (?:verificar|comprobar)|comprobamos|"
        r"hayamos encontrado|no confirmad",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"überprüf|verifiz|clinical-facts|nicht bestätigt|keine bestätigte|"
        r"ließ(?:en)? sich (?:\w+ )*nicht|von uns (?:geprüft|gefunden)",
        re.IGNORECASE,
    ),
}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _shipped(lang: str) -> Iterator[tuple[str, str]]:
    """(file, text) for every user-visible text of one language; TOML comments are not shown."""
    root = CONTENT if lang == "en" else CONTENT / "i18n" / lang
    files = [*root.glob("*.toml"), *root.glob("articles/*.md")]
    assert files, root
    for path in sorted(files):
        name = str(path.relative_to(CONTENT))
        if path.suffix == ".toml":
            for text in _strings(tomllib.loads(path.read_text(encoding="utf-8"))):
                yield name, text
        else:
            yield name, path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", sorted(INTERNAL))
def test_no_fact_check_wording_in_shipped_content(lang: str) -> None:
    """No card, zone text or article in en/es/de reads like an internal fact-check note."""
    hits = [
        f"{name}: …{text[max(0, m.start() - 40) : m.end() + 40]}…"
        for name, text in _shipped(lang)
        for m in INTERNAL[lang].finditer(text)
    ]
    assert hits == []


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "the exact site could not be verified."),
        ("es", "no se ha podido verificar la localización exacta."),
        ("de", "die genaue Stelle ließ sich nicht überprüfen."),
    ],
)
def test_the_pattern_catches_the_old_notes(lang: str, note: str) -> None:
    """The check recognises the wording this round removed, so it cannot pass vacuously."""
    assert INTERNAL[lang].search(note)
