"""The quiz's feedback colours, named once (the reveal uses the palette's selection blue)."""

from __future__ import annotations

RIGHT = "#1A7F37"  # a right pick: green, dark enough for white text and a white background
WRONG = "#CF222E"  # a wrong pick: red, told apart from green by the ✓ / ✗ beside it too
