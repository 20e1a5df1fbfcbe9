"""Read and check the content files: ``content/*.toml`` and ``content/articles/*.md``.

Errors name the file, the line (or key) and the fix; nothing here imports Qt.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from bodymap.core.atlas import (
    CONFIDENCES,
    Article,
    CardField,
    Confidence,
    Content,
    Structure,
    TriggerPointInfo,
    as_confidence,
)
from bodymap.core.care import CARE_FILE, CareBook, parse_care
from bodymap.core.errors import BodymapError
from bodymap.core.i18n import QT_TRANSLATE_NOOP
from bodymap.core.ids import KINDS

CONTENT_FORMAT = 1
MUSCLE_CARD_FIELDS = (
    "origin",
    "insertion",
    "nerve_supply",
    "action",
    "blood_supply",
    "relation_to_sciatic",
    "trigger_points",
    "referral",
)
CARD_TITLES = {
    "origin": QT_TRANSLATE_NOOP("Card", "Origin"),
    "insertion": QT_TRANSLATE_NOOP("Card", "Insertion"),
    "nerve_supply": QT_TRANSLATE_NOOP("Card", "Nerve supply"),
    "action": QT_TRANSLATE_NOOP("Card", "Action"),
    "blood_supply": QT_TRANSLATE_NOOP("Card", "Blood supply"),
    "relation_to_sciatic": QT_TRANSLATE_NOOP("Card", "Relation to the sciatic nerve"),
    "trigger_points": QT_TRANSLATE_NOOP("Card", "Trigger points"),
    "referral": QT_TRANSLATE_NOOP("Card", "Referral pattern"),
    "roots": QT_TRANSLATE_NOOP("Card", "Roots"),
    "course": QT_TRANSLATE_NOOP("Card", "Course"),
    "branches": QT_TRANSLATE_NOOP("Card", "Branches"),
    "supplies": QT_TRANSLATE_NOOP("Card", "Supplies"),
    "skin_territory": QT_TRANSLATE_NOOP("Card", "Skin territory"),
    "variants": QT_TRANSLATE_NOOP("Card", "Variants"),
}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class Resource(Protocol):
    """The part of ``importlib.resources.abc.Traversable`` the loader uses."""

    name: str

    def iterdir(self) -> Iterable[Resource]: ...

    def is_file(self) -> bool: ...

    def read_bytes(self) -> bytes: ...

    def joinpath(self, *parts: str) -> Resource: ...


def _line_of(text: str, sid: str) -> int:
    m = re.search(rf'^\s*id\s*=\s*"{re.escape(sid)}"', text, flags=re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def _decode(raw: bytes, label: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise BodymapError(
            label, f"line {line}", "the file is not UTF-8 text", "Save it as UTF-8"
        ) from None


def parse_toml(text: str, label: str) -> dict[str, Any]:
    """Parse TOML text; a syntax error becomes a BodymapError naming file and line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"line (\d+), column (\d+)", msg)
        place = f"line {m.group(1)}, column {m.group(2)}" if m else "somewhere"
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg) or "TOML syntax error"
        raise BodymapError(
            label,
            place,
            f"TOML syntax error: {reason}",
            "Fix the syntax there (strings in double quotes, one key per line)",
        ) from None


def _text(entry: Mapping[str, Any], key: str, label: str, place: str, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise BodymapError(
            label, f"{place}, key '{key}'", "expected a text string", f'Write {key} = "..."'
        )
    if required and not value.strip():
        raise BodymapError(
            label, f"{place}, key '{key}'", "this field is missing or empty", f'Add {key} = "..."'
        )
    return value.strip()


def _strings(entry: Mapping[str, Any], key: str, label: str, place: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BodymapError(
            label,
            f"{place}, key '{key}'",
            "expected a list of strings",
            f'Write {key} = ["...", "..."]',
        )
    return tuple(value)


def _card(entry: Mapping[str, Any], label: str, place: str) -> dict[str, CardField]:
    raw = entry.get("card", {})
    if not isinstance(raw, dict):
        raise BodymapError(
            label, f"{place}, key 'card'", "expected a table", "Write [structure.card] with fields"
        )
    card: dict[str, CardField] = {}
    for name, value in raw.items():
        if not isinstance(value, dict):
            raise BodymapError(
                label,
                f"{place}, card.{name}",
                "expected { text, source }",
                f'Write {name} = {{ text = "...", source = "..." }}',
            )
        card[name] = CardField(
            text=_text(value, "text", label, f"{place}, card.{name}"),
            source=_text(value, "source", label, f"{place}, card.{name}"),
        )
    return card


_CONF_FIX = (
    'Add to referral: confidence = "mapped" | "described" | "inferred", '
    'confidence_note = "why, naming the source"'
)


def _confidence(
    referral: Mapping[str, str], label: str, place: str, required: bool
) -> tuple[Confidence | None, str]:
    """The referral table's confidence and its note (both required for a muscle)."""
    raw = referral.get("confidence", "").strip()
    note = referral.get("confidence_note", "").strip()
    if not raw and not note and not required:
        return None, ""
    if raw not in CONFIDENCES:
        problem = f"unknown confidence '{raw}'" if raw else "the referral has no confidence"
        raise BodymapError(label, f"{place}, key 'referral.confidence'", problem, _CONF_FIX)
    if not note:
        raise BodymapError(
            label,
            f"{place}, key 'referral.confidence_note'",
            "the confidence has no note saying why",
            'Add confidence_note = "one sentence: why, naming the source"',
        )
    return as_confidence(raw), note


def _zone_confidence(entry: Mapping[str, Any], label: str, place: str) -> dict[str, Confidence]:
    """The optional per-zone overrides ``zone_confidence = { "essential-2" = "described" }``."""
    raw = entry.get("zone_confidence", {})
    if not isinstance(raw, dict):
        raise BodymapError(
            label,
            f"{place}, key 'zone_confidence'",
            "expected a table of zone = confidence",
            'Write zone_confidence = { "essential-2" = "described" }',
        )
    out: dict[str, Confidence] = {}
    for key, value in raw.items():
        if not isinstance(value, str) or value not in CONFIDENCES:
            raise BodymapError(
                label,
                f"{place}, zone_confidence.{key}",
                f"unknown confidence {value!r}",
                f"Use one of: {', '.join(CONFIDENCES)}",
            )
        if not re.fullmatch(r"(essential|spillover)-[0-9]+", key):
            raise BodymapError(
                label,
                f"{place}, zone_confidence.{key}",
                "a zone key is <kind>-<n>",
                'Write it like "essential-2" or "spillover-1"',
            )
        out[key] = as_confidence(value)
    return out


def parse_structure(entry: Any, label: str, line: int) -> Structure:
    """Build one Structure from a ``[[structure]]`` table, checking every field."""
    place = f"line {line}" if line else "a [[structure]] entry"
    if not isinstance(entry, dict):
        raise BodymapError(label, place, "each [[structure]] must be a table", "Fix the entry")
    sid = _text(entry, "id", label, place)
    if not _ID.match(sid):
        raise BodymapError(
            label,
            f"{place}, id '{sid}'",
            "ids are lower-case letters, digits and underscores",
            "Rename it, e.g. gluteus_maximus",
        )
    place = f"line {line}, structure '{sid}'" if line else f"structure '{sid}'"
    kind = _text(entry, "kind", label, place)
    if kind not in KINDS:
        raise BodymapError(
            label,
            f"{place}, key 'kind'",
            f"unknown kind '{kind}'",
            f"Use one of: {', '.join(KINDS)}",
        )
    shown = entry.get("shown_at", [0, 1, 2])
    if not isinstance(shown, list) or not all(isinstance(v, int) and 0 <= v <= 2 for v in shown):
        raise BodymapError(
            label,
            f"{place}, key 'shown_at'",
            "expected depth levels 0, 1 or 2",
            "Write shown_at = [0, 1]",
        )
    trps: list[TriggerPointInfo] = []
    for i, t in enumerate(entry.get("trigger_points", [])):
        if not isinstance(t, dict):
            raise BodymapError(
                label,
                f"{place}, trigger_points[{i}]",
                "expected { name, where }",
                'Write { name = "...", where = "..." }',
            )
        trps.append(
            TriggerPointInfo(
                _text(t, "name", label, f"{place}, trigger_points[{i}]"),
                _text(t, "where", label, f"{place}, trigger_points[{i}]"),
            )
        )
    referral = entry.get("referral", {})
    if not isinstance(referral, dict) or not all(isinstance(v, str) for v in referral.values()):
        raise BodymapError(
            label,
            f"{place}, key 'referral'",
            "expected essential/spillover text",
            'Write referral = { essential = "...", spillover = "..." }',
        )
    confidence, note = _confidence(referral, label, place, required=kind == "muscle")
    zone_conf = _zone_confidence(entry, label, place)
    card = _card(entry, label, place)
    st = Structure(
        id=sid,
        kind=kind,
        name=_text(entry, "name", label, place),
        latin=_text(entry, "latin", label, place, required=False),
        synonyms=_strings(entry, "synonyms", label, place),
        summary=_text(entry, "summary", label, place),
        layer=_text(entry, "layer", label, place, required=kind == "muscle"),
        shown_at=frozenset(shown),
        touches_nerve=bool(entry.get("touches_nerve", False)),
        nerve_stretches=_strings(entry, "nerve_stretches", label, place),
        trigger_points=tuple(trps),
        referral={k: v for k, v in referral.items() if k not in ("confidence", "confidence_note")},
        confidence=confidence,
        confidence_note=note,
        zone_confidence=zone_conf,
        pattern_group=_text(entry, "pattern_group", label, place, required=False),
        muscles=_strings(entry, "muscles", label, place),
        stretches=_strings(entry, "stretches", label, place),
        card=card,
    )
    if kind == "muscle":
        if st.layer not in ("superficial", "deep"):
            raise BodymapError(
                label,
                f"{place}, key 'layer'",
                f"unknown layer '{st.layer}'",
                'Use "superficial" or "deep"',
            )
        missing = [f for f in MUSCLE_CARD_FIELDS if f not in card]
        if missing:
            raise BodymapError(
                label,
                f"{place}, [structure.card]",
                f"card field(s) missing: {', '.join(missing)}",
                "Add each with { text = ..., source = ... }",
            )
        if not trps:
            raise BodymapError(
                label,
                f"{place}, key 'trigger_points'",
                "a muscle needs at least one trigger point",
                "Add one",
            )
    return st


def parse_article(article_id: str, text: str, label: str) -> Article:
    """Split a Markdown article into its title, plain-language part and whole text."""
    lines = text.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        raise BodymapError(
            label,
            "line 1",
            "an article must start with '# Title'",
            "Put the title on the first line, after '# '",
        )
    title = lines[0][2:].strip()
    body = "\n".join(lines[1:]).strip()
    plain, _, _ = body.partition("\n## ")
    return Article(id=article_id, title=title, plain=plain.strip(), text=text.strip(), source=label)


def load_content(
    root: Resource, label_prefix: str = "assets/content", pictures: set[str] | None = None
) -> Content:
    """Read every ``*.toml`` and ``articles/*.md`` under ``root`` and check them.

    ``care.toml`` is read as the muscles' Care sections, every other ``*.toml`` as
    structures. ``pictures``, when given, are the self-care picture names that exist.
    """
    structures: dict[str, Structure] = {}
    origin: dict[str, str] = {}
    tomls = sorted(
        (
            p
            for p in root.iterdir()
            if p.is_file() and p.name.endswith(".toml") and p.name != CARE_FILE
        ),
        key=lambda p: p.name,
    )
    if not tomls:
        raise BodymapError(
            label_prefix,
            "",
            "no content files (*.toml) were found",
            "Reinstall bodymap or restore assets/content",
        )
    for path in tomls:
        label = f"{label_prefix}/{path.name}"
        text = _decode(path.read_bytes(), label)
        data = parse_toml(text, label)
        meta = data.get("meta", {})
        fmt = meta.get("format") if isinstance(meta, dict) else None
        if fmt != CONTENT_FORMAT:
            raise BodymapError(
                label,
                "[meta] format",
                f"content format {fmt!r} is not the supported {CONTENT_FORMAT}",
                "Set [meta] format = 1 or update bodymap",
            )
        entries = data.get("structure", [])
        if not isinstance(entries, list):
            raise BodymapError(
                label,
                "[[structure]]",
                "expected a list of [[structure]] tables",
                "Write each entry under [[structure]]",
            )
        for entry in entries:
            sid = entry.get("id", "") if isinstance(entry, dict) else ""
            line = _line_of(text, sid) if isinstance(sid, str) and sid else 0
            st = parse_structure(entry, label, line)
            if st.id in structures:
                raise BodymapError(
                    label,
                    f"line {line}, structure '{st.id}'",
                    f"'{st.id}' is defined twice (also in {origin[st.id]})",
                    "Keep one definition",
                )
            structures[st.id] = st
            origin[st.id] = f"{label}:{line}"
    articles: dict[str, Article] = {}
    art_dir = root.joinpath("articles")
    for path in sorted(art_dir.iterdir(), key=lambda p: p.name):
        if not (path.is_file() and path.name.endswith(".md")):
            continue
        aid = path.name[:-3]
        label = f"{label_prefix}/articles/{path.name}"
        articles[aid] = parse_article(aid, _decode(path.read_bytes(), label), label)
    special = {"overview", "red-flags", "disclaimer", "sources", "nerve-or-muscle"}
    for aid, art in articles.items():
        if aid not in structures and aid not in special:
            raise BodymapError(
                art.source,
                "file name",
                f"this article is for '{aid}', which is not a structure",
                "Rename it to a structure id (see python main.py --list) or remove it",
            )
        for target in re.findall(r"\]\(bodymap:([a-z0-9_-]+)\)", art.text):
            if target not in structures and target not in special:
                raise BodymapError(
                    art.source,
                    f"link bodymap:{target}",
                    f"the link points to unknown '{target}'",
                    "Link to a structure id or an article name",
                )
    care = load_care(root, label_prefix, structures, pictures)
    return Content(structures=structures, articles=articles, origin=origin, care=care)


def load_care(
    root: Resource,
    label_prefix: str,
    structures: Mapping[str, Structure],
    pictures: set[str] | None = None,
) -> CareBook:
    """Read ``care.toml``: every muscle needs a complete Care section."""
    label = f"{label_prefix}/{CARE_FILE}"
    muscles = [sid for sid, st in structures.items() if st.kind == "muscle"]
    node = root.joinpath(CARE_FILE)
    if not node.is_file():
        if not muscles:
            return CareBook()
        raise BodymapError(
            label,
            "",
            "the Care file is missing",
            "Restore assets/content/care.toml (every muscle needs a Care section)",
        )
    text = _decode(node.read_bytes(), label)
    data = parse_toml(text, label)
    meta = data.get("meta", {})
    fmt = meta.get("format") if isinstance(meta, dict) else None
    if fmt != CONTENT_FORMAT:
        raise BodymapError(
            label,
            "[meta] format",
            f"content format {fmt!r} is not the supported {CONTENT_FORMAT}",
            "Set [meta] format = 1 or update bodymap",
        )
    return parse_care(data, label, text, muscles, pictures)
