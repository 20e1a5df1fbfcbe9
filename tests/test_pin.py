"""The kiosk PIN: salted hash, constant-time check, rate limit; never stored in clear."""

from __future__ import annotations

import io

import pytest

from bodymap.core.kiosk_config import load_kiosk_config
from bodymap.core.pin import PinError, PinGate, check_new_pin, hash_pin, is_pin_hash, verify_pin
from bodymap.kiosk_cli import set_kiosk_pin


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hash_verifies_right_pin_only():
    """A hashed PIN verifies with the same PIN and not with another one."""
    stored = hash_pin("2468", iterations=1000)
    assert is_pin_hash(stored)
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("2468", "pbkdf2_sha256$1000$zz$00")


def test_hash_is_salted_and_has_no_clear_pin():
    """Two hashes of one PIN differ (salt) and neither contains the PIN."""
    a, b = hash_pin("13579"), hash_pin("13579")
    assert a != b
    assert a.startswith("pbkdf2_sha256$200000$")
    assert "13579" not in a and "13579" not in b


@pytest.mark.parametrize("bad", ["12a4", "123", "1234567890123", "1111", "", "١٢٣٤"])
def test_unusable_new_pins_are_refused(bad):
    """PINs the digit pad cannot type, too short, too long or one repeated digit are refused."""
    with pytest.raises(PinError):
        check_new_pin(bad)


def test_gate_rate_limits_and_doubles():
    """Three wrong tries are free, the fourth locks for 30 s, the next for 60 s."""
    clock = Clock()
    gate = PinGate(hash_pin("2468", iterations=1000), clock)
    for _ in range(2):
        assert not gate.attempt("0000")
        assert gate.seconds_left() == 0
    assert not gate.attempt("0000")
    assert gate.seconds_left() == 30
    assert not gate.attempt("2468"), "a right PIN is refused while locked"
    clock.now += 30
    assert not gate.attempt("0000")
    assert gate.seconds_left() == 60
    clock.now += 60
    assert gate.attempt("2468")
    assert gate.failures == 0 and gate.seconds_left() == 0


def test_gate_without_pin_never_opens():
    """With no PIN configured nothing unlocks the kiosk."""
    gate = PinGate("", Clock())
    assert not gate.has_pin
    assert not gate.attempt("")
    assert not gate.attempt("0000")


def test_set_kiosk_pin_writes_only_hash_and_keeps_other_content(tmp_path):
    """--set-kiosk-pin stores a hash under [kiosk], keeps other lines, never the clear PIN."""
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('# clinic settings\n[other]\nname = "Room 2"\n\n[kiosk]\nidle_seconds = 45\n')
    out = io.StringIO()
    assert set_kiosk_pin(cfg, stdin=io.StringIO("97531\n97531\n"), out=out) == 0
    text = cfg.read_text()
    assert "97531" not in text and "97531" not in out.getvalue()
    assert '[other]\nname = "Room 2"' in text and "# clinic settings" in text
    loaded = load_kiosk_config(cfg)
    assert loaded.idle_seconds == 45
    assert verify_pin("97531", loaded.pin_hash)


def test_set_kiosk_pin_creates_missing_file(tmp_path):
    """A missing config file is created holding just the [kiosk] PIN hash."""
    cfg = tmp_path / "new" / "kiosk.toml"
    set_kiosk_pin(cfg, stdin=io.StringIO("8642\n8642\n"), out=io.StringIO())
    assert verify_pin("8642", load_kiosk_config(cfg).pin_hash)
    assert (cfg.stat().st_mode & 0o777) == 0o600


def test_set_kiosk_pin_mismatch_changes_nothing(tmp_path):
    """Two different PINs are refused and the file stays byte for byte the same."""
    from bodymap.core.errors import UsageError

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("[kiosk]\nattract = false\n")
    with pytest.raises(UsageError, match="differ"):
        set_kiosk_pin(cfg, stdin=io.StringIO("8642\n8643\n"), out=io.StringIO())
    assert cfg.read_text() == "[kiosk]\nattract = false\n"
