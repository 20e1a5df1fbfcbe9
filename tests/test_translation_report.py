"""How complete each language is: bodymap --translation-report, and the floors tests keep."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bodymap.core.content import load_content
from bodymap.core.errors import BodymapError
from bodymap.core.translation import MARK, translate
from bodymap.core.translation_report import interface_coverage
from bodymap.resources import asset_root, care_pictures, interface_sources
from tests.test_cli import run_main

# Both languages translate every content field: new English content needs its Spanish and
# German before it lands (bodymap --translation-report lists what is missing).
CONTENT_FLOOR = {"es": 100.0, "de": 100.0}


def _content():
    root = asset_root().joinpath("content")
    return root, load_content(root, "assets/content", care_pictures())


def test_the_report_prints_each_language_and_exits_0(tmp_path) -> None:
    """--translation-report opens no window, names both languages and their shares."""
    proc = run_main("--translation-report", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Español (es)" in out and "Deutsch (de)" in out
    assert out.count("interface: 100.0 % translated") == 2
    assert "content:" in out


@pytest.mark.parametrize("lang", ["es", "de"])
def test_every_interface_string_is_translated(lang) -> None:
    """The .ts source of each language has a finished translation for every string."""
    cov = interface_coverage(interface_sources()[lang], lang, f"bodymap_{lang}.ts")
    assert cov.total > 400
    assert cov.missing == [], cov.missing[:20]


@pytest.mark.parametrize("lang", ["es", "de"])
def test_the_content_translation_does_not_fall(lang) -> None:
    """The share of translated content fields stays at or above its floor."""
    root, english = _content()
    _translated, cov = translate(english, root, lang)
    assert cov.total > 500
    assert cov.percent >= CONTENT_FLOOR[lang], (lang, round(cov.percent, 1), cov.missing[:10])


def test_a_deliberately_missing_field_shows_english_with_the_marker(tmp_path) -> None:
    """A Spanish piriformis without its summary shows the English summary marked [EN]."""
    src = Path(str(asset_root().joinpath("content")))
    dst = tmp_path / "content"
    shutil.copytree(src, dst)
    es = dst / "i18n" / "es" / "muscles.toml"
    lines = es.read_text("utf-8").splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if ln.strip() == 'id = "piriformis"')
    cut = next(i for i in range(start, len(lines)) if lines[i].startswith("summary"))
    end = cut + 1
    while end < len(lines) and not lines[end].split("=")[0].strip().isidentifier():
        end += 1  # a multi-line summary
    es.write_text("".join(lines[:cut] + lines[end:]), "utf-8")
    english = load_content(dst, "assets/content", care_pictures())
    spanish, cov = translate(english, dst, "es")
    pir = spanish.structures["piriformis"]
    assert pir.summary == english.structures["piriformis"].summary + MARK
    assert not pir.name.endswith(MARK)  # the rest of piriformis is still Spanish
    assert "muscles.toml: piriformis.summary" in cov.missing


def test_a_broken_ts_file_is_one_clear_line() -> None:
    """A damaged .ts names the file and line and says how to fix it."""
    with pytest.raises(BodymapError) as err:
        interface_coverage("<TS><context>", "es", "assets/translations/bodymap_es.ts")
    assert err.value.message.startswith("assets/translations/bodymap_es.ts: line 1")
    assert "update_translations.py" in err.value.message


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_broken_translated_file_stops_the_program_in_one_line(tmp_path, lang) -> None:
    """The real program in Spanish or German on a copy whose translated muscles.toml has a
    syntax error: one line naming that file and line, exit status 1, the file untouched."""
    from tests.test_bad_input import run_main as run_on

    assets = tmp_path / "assets"
    shutil.copytree(Path(str(asset_root())), assets, ignore=shutil.ignore_patterns("__pycache__"))
    broken = assets / "content" / "i18n" / lang / "muscles.toml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text('[[structure]]\nid = "piriformis"\nname = "Piri\n', "utf-8")
    before = broken.read_bytes()
    proc = run_on("--lang", lang, "--quit-after", "0", assets=assets, tmp_path=tmp_path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(lines) == 1 and lines[0].startswith("bodymap: error: "), proc.stderr
    assert str(broken) in lines[0] and "line 3" in lines[0]
    assert broken.read_bytes() == before
