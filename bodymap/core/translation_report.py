"""How much of each language is translated: content fields and interface strings (Qt-free).

The interface strings are counted in the ``.ts`` sources (``assets/translations``): a
message is translated when it has a finished, non-empty translation; strings no longer in
the code (``obsolete``/``vanished``) are not counted.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from bodymap.core.errors import BodymapError


@dataclass
class InterfaceCoverage:
    """The interface strings of one language: how many, and which lack a translation."""

    language: str
    total: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        """Share translated, 0-100 (100 when there is nothing to translate)."""
        return 100.0 if not self.total else 100.0 * (self.total - len(self.missing)) / self.total


def interface_coverage(ts_text: str, lang: str, label: str) -> InterfaceCoverage:
    """Count the translated messages of a ``.ts`` file; BodymapError if it is not one."""
    try:
        root = ET.fromstring(ts_text)
    except ET.ParseError as exc:
        raise BodymapError(
            label,
            f"line {exc.position[0]}",
            "is not a valid Qt translation file",
            "Run python tools/update_translations.py to extract it again",
        ) from None
    cov = InterfaceCoverage(lang)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            cov.total += 1
            text = (tr.text or "").strip() if tr is not None else ""
            if kind == "unfinished" or not text:
                cov.missing.append(f"{name}: {message.findtext('source') or ''}")
    return cov


def report_lines(
    lang: str,
    name: str,
    content_total: int,
    content_missing: list[str],
    interface: InterfaceCoverage | None,
    limit: int = 40,
) -> list[str]:
    """The report for one language, as printed by ``bodymap --translation-report``."""
    done = content_total - len(content_missing)
    pct = 100.0 if not content_total else 100.0 * done / content_total
    lines = [
        f"{name} ({lang})",
        f"  content: {pct:.1f} % translated ({done} of {content_total} fields)",
    ]
    lines += [f"    missing: {m}" for m in content_missing[:limit]]
    if len(content_missing) > limit:
        lines.append(f"    … and {len(content_missing) - limit} more")
    if interface is None:
        lines.append(f"  interface: no bodymap_{lang}.ts yet (run tools/update_translations.py)")
    else:
        t_done = interface.total - len(interface.missing)
        lines.append(
            f"  interface: {interface.percent:.1f} % translated "
            f"({t_done} of {interface.total} strings)"
        )
        lines += [f"    missing: {m}" for m in interface.missing[:limit]]
        if len(interface.missing) > limit:
            lines.append(f"    … and {len(interface.missing) - limit} more")
    return lines
