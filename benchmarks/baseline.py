"""``BODYMAP_BENCH_BASELINE=1``: put back the two code paths the benchmarks replaced.

So that the README's before/after figures can be measured again from one checkout:
curves flattened in 10 fixed steps (importer cache format 2, in a separate cache folder)
and scene items painted directly instead of from their screen-resolution caches.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any


def apply_if_asked() -> bool:
    """Patch in the old behaviour when BODYMAP_BENCH_BASELINE is set; True if it did."""
    if not os.environ.get("BODYMAP_BENCH_BASELINE"):
        return False
    from PySide6.QtWidgets import QGraphicsItem

    import bodymap.importers.svg_import as svg_import

    def ten_steps(seg: Any) -> int:
        return 10

    svg_import._steps = ten_steps
    svg_import.CACHE_FORMAT = 2
    cache = os.path.join(tempfile.gettempdir(), "bodymap-bench-baseline-cache")
    os.environ["XDG_CACHE_HOME"] = cache

    def no_cache(self: QGraphicsItem, *args: Any) -> None:
        return None

    QGraphicsItem.setCacheMode = no_cache  # type: ignore[method-assign]
    return True
