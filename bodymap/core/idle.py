"""When the kiosk starts again: welcome -> in use -> countdown -> welcome, as a pure machine.

The GUI feeds it touches and ticks; the clock is injectable so tests and the soak run
need no real waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum


class Phase(Enum):
    """Where the kiosk is in its visitor cycle."""

    WELCOME = "welcome"  # nobody is using it: the attract loop may run
    ACTIVE = "active"  # a visitor is using it
    COUNTDOWN = "countdown"  # no touch for a while: "Starting again in N"


class Event(Enum):
    """What a touch or a tick changed (None when nothing did)."""

    STARTED = "started"  # the first touch of a visitor
    STAYED = "stayed"  # a touch during the countdown cancelled it
    COUNTDOWN = "countdown"  # the countdown began
    RESET = "reset"  # the countdown ran out: wipe and welcome


class IdleMachine:
    """Tracks the last touch and decides when to count down and when to reset."""

    def __init__(
        self,
        idle_seconds: float,
        countdown_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self._clock = clock
        self.phase = Phase.WELCOME
        self._last = clock()
        self._countdown_from = 0.0

    def touch(self) -> Event | None:
        """A visitor touched the screen (or used a key, the wheel...)."""
        self._last = self._clock()
        if self.phase is Phase.WELCOME:
            self.phase = Phase.ACTIVE
            return Event.STARTED
        if self.phase is Phase.COUNTDOWN:
            self.phase = Phase.ACTIVE
            return Event.STAYED
        return None

    def tick(self) -> Event | None:
        """Called often (a few times a second): moves on when time has run out."""
        now = self._clock()
        if self.phase is Phase.ACTIVE and now - self._last >= self.idle_seconds:
            self.phase = Phase.COUNTDOWN
            self._countdown_from = now
            return Event.COUNTDOWN
        if self.phase is Phase.COUNTDOWN and now - self._countdown_from >= self.countdown_seconds:
            self.phase = Phase.WELCOME
            return Event.RESET
        return None

    def force_reset(self) -> None:
        """Back to the welcome phase at once ("Start again" pressed)."""
        self.phase = Phase.WELCOME
        self._last = self._clock()

    def seconds_left(self) -> int:
        """Whole seconds left on the countdown (shown to the visitor), 0 outside it."""
        if self.phase is not Phase.COUNTDOWN:
            return 0
        left = self.countdown_seconds - (self._clock() - self._countdown_from)
        return max(0, math.ceil(left))
