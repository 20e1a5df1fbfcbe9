"""The [kiosk] config section: defaults, strict checks, clear messages, CLI refusal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.core.errors import BodymapError
from bodymap.core.kiosk_config import (
    KioskConfig,
    load_kiosk_config,
    parse_kiosk_config,
    setting_names,
    with_pin_hash,
    write_pin_hash,
)
from bodymap.core.pin import hash_pin

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_without_file():
    """No config file gives the documented defaults."""
    cfg = load_kiosk_config(None)
    assert cfg == KioskConfig()
    assert (cfg.idle_seconds, cfg.countdown_seconds) == (90, 10)
    assert cfg.attract is True and cfg.pin_hash == ""


def test_values_are_read_and_other_sections_ignored():
    """Kiosk keys are read; sections of other features are left alone."""
    cfg = parse_kiosk_config(
        "[session]\nanything = 1\n[kiosk]\nidle_seconds = 30\nattract = false\n"
        'pin_corner = "bottom-left"\ntext_size = 24\n',
        "k.toml",
    )
    assert (cfg.idle_seconds, cfg.attract, cfg.pin_corner, cfg.text_size) == (
        30.0,
        False,
        "bottom-left",
        24.0,
    )


@pytest.mark.parametrize(
    ("text", "place", "words"),
    [
        ("[kiosk]\nidle_seconds = 30\nattract = \n", "line 3", "not valid TOML"),
        ("[kiosk]\nidle_secs = 30\n", "[kiosk] idle_secs", "Did you mean 'idle_seconds'"),
        ('[kiosk]\nidle_seconds = "90"\n', "[kiosk] idle_seconds", "must be a number"),
        ("[kiosk]\nattract = 1\n", "[kiosk] attract", "true or false"),
        ("[kiosk]\ncountdown_seconds = 2.5\n", "[kiosk] countdown_seconds", "whole number"),
        ("[kiosk]\nidle_seconds = 1\n", "[kiosk] idle_seconds", "out of range"),
        ('[kiosk]\npin_corner = "middle"\n', "[kiosk] pin_corner", "top-left"),
        ('[kiosk]\npin_hash = "1234"\n', "[kiosk] pin_hash", "--set-kiosk-pin"),
        ("kiosk = true\n", "kiosk", "[kiosk] table"),
    ],
)
def test_damaged_config_names_file_place_and_fix(text, place, words):
    """Each kind of damage raises one message naming the file, the place and the fix."""
    with pytest.raises(BodymapError) as info:
        parse_kiosk_config(text, "clinic.toml")
    assert info.value.file == "clinic.toml"
    assert info.value.place.startswith(place)
    assert words in info.value.message


def test_missing_file_is_an_error(tmp_path):
    """An explicit --config that does not exist is refused, not replaced by defaults."""
    with pytest.raises(BodymapError, match="does not exist"):
        load_kiosk_config(tmp_path / "nope.toml")


def test_every_setting_has_a_rule_and_a_doc_line():
    """Each KioskConfig field is documented in docs/kiosk.md and in the example file."""
    doc = (ROOT / "docs" / "kiosk.md").read_text()
    example = (ROOT / "packaging" / "kiosk" / "kiosk.toml").read_text()
    for name in setting_names():
        assert f"`{name}`" in doc, name
        assert name in example, name
    assert parse_kiosk_config(example, "kiosk.toml").enabled is True


def test_with_pin_hash_replaces_inserts_and_appends():
    """The PIN line is replaced in place, inserted under [kiosk], or a section is appended."""
    assert with_pin_hash('[kiosk]\npin_hash = "old"\n[x]\na = 1\n', "H") == (
        '[kiosk]\npin_hash = "H"\n[x]\na = 1\n'
    )
    assert with_pin_hash("[x]\na = 1\n[kiosk]\nattract = true\n", "H") == (
        '[x]\na = 1\n[kiosk]\npin_hash = "H"\nattract = true\n'
    )
    assert with_pin_hash("[x]\na = 1", "H") == '[x]\na = 1\n\n[kiosk]\npin_hash = "H"\n'


def test_damaged_file_is_not_rewritten(tmp_path):
    """Writing a PIN into a damaged file fails and leaves the file as it was."""
    cfg = tmp_path / "k.toml"
    cfg.write_text("[kiosk\nidle_seconds = 30\n")
    with pytest.raises(BodymapError, match="not valid TOML"):
        write_pin_hash(cfg, hash_pin("2468", iterations=1000))
    assert cfg.read_text() == "[kiosk\nidle_seconds = 30\n"
    assert [p.name for p in tmp_path.iterdir()] == ["k.toml"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_cli_refuses_broken_config_with_one_line(tmp_path):
    """`--kiosk --config broken.toml` exits 2 with one line and no traceback."""
    cfg = tmp_path / "broken.toml"
    cfg.write_text("[kiosk]\nidle_seconds = soon\n")
    result = _run("--kiosk", "--config", str(cfg))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "broken.toml: line 2" in result.stderr


def test_cli_set_pin_needs_config():
    """--set-kiosk-pin without --config is a usage error (exit 2)."""
    result = _run("--set-kiosk-pin")
    assert result.returncode == 2 and "--config" in result.stderr


def test_cli_set_pin_from_stdin(tmp_path):
    """--set-kiosk-pin reads the PIN twice from stdin and writes only its hash."""
    cfg = tmp_path / "kiosk.toml"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--set-kiosk-pin", "--config", str(cfg)],
        input="246810\n246810\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "246810" not in cfg.read_text() + result.stdout + result.stderr
    assert load_kiosk_config(cfg).pin_hash
