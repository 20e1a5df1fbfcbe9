"""The kiosk administrator PIN: a salted slow hash, a constant-time check, and rate limiting.

The PIN itself is never stored or logged: only ``pbkdf2_sha256$iterations$salt$hash``
(salt and hash in hex) is written to the config file. Wrong PINs are rate-limited so a
visitor cannot try all 10,000 four-digit PINs: after a few free tries each further wrong
PIN locks the pad for a delay that doubles, up to a ceiling.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
SALT_BYTES = 16
MIN_DIGITS = 4
MAX_DIGITS = 12
_FORMAT = re.compile(r"^pbkdf2_sha256\$(\d{1,9})\$([0-9a-f]{16,128})\$([0-9a-f]{64})$")


class PinError(ValueError):
    """A new PIN that cannot be used (the message says why and what to type)."""


def check_new_pin(pin: str) -> str:
    """Return the PIN if it can be typed on the pad (digits only, 4-12 long), else PinError."""
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN must be digits only (the kiosk's PIN pad has no letters)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")
    if len(set(pin)) == 1:
        raise PinError("the PIN must not be one digit repeated")
    return pin


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The storable form of a PIN: ``pbkdf2_sha256$iterations$salt_hex$hash_hex``."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    return f"{ALGORITHM}${iterations}${salt.hex()}${_derive(pin, salt, iterations).hex()}"


def is_pin_hash(text: str) -> bool:
    """True when the text has the shape of a hash written by :func:`hash_pin`."""
    m = _FORMAT.match(text)
    return m is not None and int(m.group(1)) >= 1 and len(m.group(2)) % 2 == 0


def verify_pin(pin: str, stored: str) -> bool:
    """True when the PIN matches the stored hash (constant-time; a malformed hash never matches)."""
    m = _FORMAT.match(stored)
    if not m or not is_pin_hash(stored):
        return False
    iterations, salt, expected = int(m.group(1)), bytes.fromhex(m.group(2)), m.group(3)
    actual = _derive(pin, salt, iterations).hex()
    return hmac.compare_digest(actual.encode(), expected.encode())


class PinGate:
    """Checks PINs against one stored hash and rate-limits wrong ones (clock injectable).

    The first ``free_tries`` wrong PINs cost nothing; every later one locks the gate for
    ``base_delay`` seconds, doubling each time up to ``max_delay``. A right PIN resets it.
    While locked, :meth:`attempt` refuses without even hashing the PIN.
    """

    def __init__(
        self,
        stored: str,
        clock: Callable[[], float] = time.monotonic,
        free_tries: int = 3,
        base_delay: float = 30.0,
        max_delay: float = 960.0,
    ) -> None:
        self._stored = stored
        self._clock = clock
        self.free_tries = free_tries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.failures = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        """False when no usable PIN hash is configured (then nothing can unlock)."""
        return is_pin_hash(self._stored)

    def seconds_left(self) -> float:
        """How long the gate stays locked (0 when a PIN may be tried now)."""
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> bool:
        """Try a PIN: True if right; a wrong or refused try returns False."""
        if self.seconds_left() > 0 or not self.has_pin:
            return False
        if verify_pin(pin, self._stored):
            self.failures = 0
            self._locked_until = 0.0
            return True
        self.failures += 1
        over = self.failures - self.free_tries
        if over >= 0:
            delay = min(self.max_delay, self.base_delay * 2.0**over)
            self._locked_until = self._clock() + delay
        return False
