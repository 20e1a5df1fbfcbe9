"""Translated content: ``content/i18n/<lang>/`` laid over the English content (Qt-free).

A translation folder mirrors ``assets/content`` in the same formats:

* ``<file>.toml`` beside each English structure file (``muscles.toml`` …): ``[[structure]]``
  entries with the ``id`` and a translated ``name`` (both required), and any of
  ``synonyms``, ``summary``, ``pattern_group``, ``referral`` (``essential``, ``spillover``,
  ``confidence_note``), ``trigger_points`` (``name`` as in English, translated ``where``) and
  a ``[structure.card]`` table of translated texts (``origin = "…"``; sources stay as they are).
* ``care.toml``: ``[general]`` and ``[care.<muscle>]`` tables with any of the English keys;
  self-care items are matched by their ``id`` (``[[care.<muscle>.self_care]]``).
* ``articles/<id>.md``: whole articles, checked like the English ones.

A field that is not translated yet shows the English text with :data:`MARK`, never a blank
or an id. Errors (syntax, unknown id, an entry without its name) get the same one-line
message as the English files. :func:`coverage` lists what is missing per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bodymap.core.atlas import Article, CardField, Content, Structure, TriggerPointInfo
from bodymap.core.care import CARE_FILE, CareBook, GeneralCare, MuscleCare
from bodymap.core.content import Resource, _decode, _line_of, parse_article, parse_toml
from bodymap.core.errors import BodymapError
from bodymap.core.i18n import LANGUAGES as LANGUAGES  # re-exported: the languages we speak

MARK = " [EN]"  # follows an English text shown because the translation lacks it
ARTICLE_MARK = "*[EN] Not translated yet: shown in English.*"
FOLDER = "i18n"
_LIST_FIELDS = ("synonyms",)
_TEXT_FIELDS = ("summary", "pattern_group")
_REFERRAL_FIELDS = ("essential", "spillover", "confidence_note")
_CARE_TEXTS = ("client", "therapist", "evidence")
_CARE_LISTS = ("habits", "not_for")
_GENERAL_TEXTS = ("evidence",)
_GENERAL_LISTS = ("not_for", "stop_signs", "red_flags")
_ITEM_TEXTS = ("title", "how", "dose", "stop")


@dataclass
class Coverage:
    """How much of the content one language translates: every field, counted once."""

    language: str
    total: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def translated(self) -> int:
        """How many fields are translated."""
        return self.total - len(self.missing)

    @property
    def percent(self) -> float:
        """Share of fields translated, 0-100 (100 for nothing to translate)."""
        return 100.0 if not self.total else 100.0 * self.translated / self.total

    def count(self, where: str, done: bool) -> None:
        """Count one field; remember it when it is missing."""
        self.total += 1
        if not done:
            self.missing.append(where)


def _marked(text: str) -> str:
    return f"{text}{MARK}" if text else text


def _folder(root: Resource, lang: str) -> Resource | None:
    base = root.joinpath(FOLDER)
    try:
        entries = list(base.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return None
    for entry in entries:
        if entry.name == lang and not entry.is_file():
            return entry
    return None


def _files(folder: Resource | None, suffix: str) -> Iterator[Resource]:
    if folder is None:
        return
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.is_file() and entry.name.endswith(suffix):
            yield entry


def _string(value: Any, label: str, place: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BodymapError(
            label, f"{place}, key '{key}'", "expected translated text", f'Write {key} = "..."'
        )
    return value.strip()


def _strings(value: Any, label: str, place: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise BodymapError(
            label, f"{place}, key '{key}'", "expected a list of strings", f'Write {key} = ["..."]'
        )
    return tuple(v.strip() for v in value)


def _table(value: Any, label: str, place: str, key: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise BodymapError(
            label, f"{place}, key '{key}'", "expected a table", f"Write {key} = {{ ... }}"
        )
    return value


# --- structures --------------------------------------------------------------------------
def _read_structures(
    folder: Resource | None, prefix: str, known: Mapping[str, Structure]
) -> dict[str, tuple[Mapping[str, Any], str, str]]:
    """Every translated structure entry: id -> (entry, label, place)."""
    out: dict[str, tuple[Mapping[str, Any], str, str]] = {}
    for path in _files(folder, ".toml"):
        if path.name == CARE_FILE:
            continue
        label = f"{prefix}/{path.name}"
        text = _decode(path.read_bytes(), label)
        data = parse_toml(text, label)
        entries = data.get("structure", [])
        if not isinstance(entries, list):
            raise BodymapError(
                label, "[[structure]]", "expected [[structure]] tables", "Write [[structure]]"
            )
        for entry in entries:
            sid = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(sid, str) or not sid:
                raise BodymapError(label, "[[structure]]", "an entry has no id", 'Add id = "…"')
            place = f"line {_line_of(text, sid)}, structure '{sid}'"
            if sid not in known:
                raise BodymapError(
                    label,
                    place,
                    f"unknown structure id '{sid}'",
                    "Use an id of the English content (python main.py --list) or remove it",
                )
            if sid in out:
                raise BodymapError(label, place, f"'{sid}' is translated twice", "Keep one entry")
            _string(entry.get("name"), label, place, "name")
            out[sid] = (entry, label, place)
    return out


def _translate_structure(
    st: Structure, found: tuple[Mapping[str, Any], str, str] | None, cov: Coverage, where: str
) -> Structure:
    entry, label, place = found if found else ({}, where, st.id)
    name = entry.get("name")
    cov.count(f"{where}: {st.id}.name", name is not None)
    changes: dict[str, Any] = {
        "name": _string(name, label, place, "name") if name else _marked(st.name)
    }
    if st.synonyms:
        value = entry.get("synonyms")
        cov.count(f"{where}: {st.id}.synonyms", value is not None)
        changes["synonyms"] = _strings(value, label, place, "synonyms") if value else ()
    for key in _TEXT_FIELDS:
        english = getattr(st, key)
        if english:
            value = entry.get(key)
            cov.count(f"{where}: {st.id}.{key}", value is not None)
            changes[key] = _string(value, label, place, key) if value else _marked(english)
    changes.update(_referral(st, entry, label, place, cov, where))
    changes.update(_trigger_points(st, entry, label, place, cov, where))
    changes["card"] = _card(st, entry, label, place, cov, where)
    # Search still finds a structure by its English name and synonyms.
    changes["also_known"] = (st.name, *st.synonyms)
    return replace(st, **changes)


def _referral(
    st: Structure, entry: Mapping[str, Any], label: str, place: str, cov: Coverage, where: str
) -> dict[str, Any]:
    raw = _table(entry.get("referral", {}), label, place, "referral")
    referral = dict(st.referral)
    for key in ("essential", "spillover"):
        if st.referral.get(key):
            value = raw.get(key)
            cov.count(f"{where}: {st.id}.referral.{key}", value is not None)
            referral[key] = (
                _string(value, label, place, f"referral.{key}")
                if value
                else _marked(st.referral[key])
            )
    out: dict[str, Any] = {"referral": referral}
    if st.confidence_note:
        value = raw.get("confidence_note")
        cov.count(f"{where}: {st.id}.referral.confidence_note", value is not None)
        out["confidence_note"] = (
            _string(value, label, place, "referral.confidence_note")
            if value
            else _marked(st.confidence_note)
        )
    return out


def _trigger_points(
    st: Structure, entry: Mapping[str, Any], label: str, place: str, cov: Coverage, where: str
) -> dict[str, Any]:
    if not st.trigger_points:
        return {}
    raw = entry.get("trigger_points", [])
    if not isinstance(raw, list):
        raise BodymapError(
            label,
            f"{place}, key 'trigger_points'",
            "expected a list of { name, where }",
            'Write trigger_points = [{ name = "…", where = "…" }]',
        )
    given: dict[str, str] = {}
    names = {t.name for t in st.trigger_points}
    for i, t in enumerate(raw):
        spot = f"{place}, trigger_points[{i}]"
        tname = t.get("name") if isinstance(t, dict) else None
        if tname not in names:
            raise BodymapError(
                label,
                spot,
                f"unknown trigger point {tname!r}",
                f"Use the English name: one of {', '.join(sorted(names))}",
            )
        given[str(tname)] = _string(t.get("where"), label, spot, "where")
    trps = []
    for t in st.trigger_points:
        cov.count(f"{where}: {st.id}.trigger_points.{t.name}", t.name in given)
        trps.append(TriggerPointInfo(t.name, given.get(t.name) or _marked(t.where)))
    return {"trigger_points": tuple(trps)}


def _card(
    st: Structure, entry: Mapping[str, Any], label: str, place: str, cov: Coverage, where: str
) -> dict[str, CardField]:
    raw = _table(entry.get("card", {}), label, f"{place}, [structure.card]", "card")
    unknown = sorted(set(raw) - set(st.card))
    if unknown:
        raise BodymapError(
            label,
            f"{place}, [structure.card]",
            f"unknown card field(s): {', '.join(unknown)}",
            f"Use the English card's fields: {', '.join(st.card)}",
        )
    card: dict[str, CardField] = {}
    for key, english in st.card.items():
        value = raw.get(key)
        cov.count(f"{where}: {st.id}.card.{key}", value is not None)
        text = _string(value, label, place, f"card.{key}") if value else _marked(english.text)
        card[key] = CardField(text, english.source)
    return card


# --- articles ----------------------------------------------------------------------------
def _articles(
    folder: Resource | None,
    prefix: str,
    english: Mapping[str, Article],
    links: set[str],
    cov: Coverage,
) -> dict[str, Article]:
    given: dict[str, Article] = {}
    arts = folder.joinpath("articles") if folder is not None else None
    for path in _files(arts, ".md"):
        aid = path.name[:-3]
        label = f"{prefix}/articles/{path.name}"
        if aid not in english:
            raise BodymapError(
                label,
                "file name",
                f"there is no English article '{aid}' to translate",
                "Name it after an English article in assets/content/articles",
            )
        article = parse_article(aid, _decode(path.read_bytes(), label), label)
        for target in re.findall(r"\]\(bodymap:([a-z0-9_-]+)\)", article.text):
            if target not in links:
                raise BodymapError(
                    label,
                    f"link bodymap:{target}",
                    f"the link points to unknown '{target}'",
                    "Link to a structure id or an article name, as in the English article",
                )
        given[aid] = article
    out: dict[str, Article] = {}
    for aid, art in english.items():
        cov.count(f"articles/{aid}.md", aid in given)
        if aid in given:
            out[aid] = given[aid]
        else:
            body = art.text.split("\n", 1)[1].strip() if "\n" in art.text else ""
            text = f"# {art.title}\n\n{ARTICLE_MARK}\n\n{body}"
            out[aid] = replace(art, text=text, plain=f"{ARTICLE_MARK}\n\n{art.plain}")
    return out


# --- care --------------------------------------------------------------------------------
def _care(folder: Resource | None, prefix: str, book: CareBook, cov: Coverage) -> CareBook:
    data: Mapping[str, Any] = {}
    label = f"{prefix}/{CARE_FILE}"
    for path in _files(folder, ".toml"):
        if path.name == CARE_FILE:
            data = parse_toml(_decode(path.read_bytes(), label), label)
    general_raw = _table(data.get("general", {}), label, "[general]", "general")
    g = book.general
    general_changes: dict[str, Any] = {}
    for key in _GENERAL_TEXTS:
        if getattr(g, key):
            value = general_raw.get(key)
            cov.count(f"care.toml: general.{key}", value is not None)
            general_changes[key] = (
                _string(value, label, "[general]", key) if value else _marked(getattr(g, key))
            )
    for key in _GENERAL_LISTS:
        english_list: tuple[str, ...] = getattr(g, key)
        if english_list:
            value = general_raw.get(key)
            cov.count(f"care.toml: general.{key}", value is not None)
            general_changes[key] = (
                _strings(value, label, "[general]", key)
                if value
                else tuple(_marked(s) for s in english_list)
            )
    general: GeneralCare = replace(g, **general_changes)
    muscles_raw = _table(data.get("care", {}), label, "[care]", "care")
    unknown = sorted(set(muscles_raw) - set(book.muscles))
    if unknown:
        raise BodymapError(
            label,
            f"[care.{unknown[0]}]",
            f"there is no English Care section for '{unknown[0]}'",
            "Use a muscle id that has Care in assets/content/care.toml",
        )
    muscles = {
        mid: _muscle_care(
            mc, _table(muscles_raw.get(mid, {}), label, f"care.{mid}", mid), label, cov
        )
        for mid, mc in book.muscles.items()
    }
    return CareBook(general=general, muscles=muscles)


def _muscle_care(mc: MuscleCare, raw: Mapping[str, Any], label: str, cov: Coverage) -> MuscleCare:
    place = f"care.{mc.muscle}"
    changes: dict[str, Any] = {}
    for key in _CARE_TEXTS:
        value = raw.get(key)
        cov.count(f"care.toml: {place}.{key}", value is not None)
        changes[key] = _string(value, label, place, key) if value else _marked(getattr(mc, key))
    for key in _CARE_LISTS:
        value = raw.get(key)
        cov.count(f"care.toml: {place}.{key}", value is not None)
        english_list: tuple[str, ...] = getattr(mc, key)
        changes[key] = (
            _strings(value, label, place, key) if value else tuple(_marked(s) for s in english_list)
        )
    items_raw = raw.get("self_care", [])
    if not isinstance(items_raw, list):
        raise BodymapError(
            label, f"{place}, key 'self_care'", "expected [[self_care]] tables", "Fix the entry"
        )
    given: dict[str, Mapping[str, Any]] = {}
    ids = {it.id for it in mc.self_care}
    for i, it in enumerate(items_raw):
        iid = it.get("id") if isinstance(it, dict) else None
        if iid not in ids:
            raise BodymapError(
                label,
                f"{place}, self_care[{i}]",
                f"unknown self-care item {iid!r}",
                f"Use the English item's id: one of {', '.join(sorted(ids))}",
            )
        given[str(iid)] = it
    items = []
    for item in mc.self_care:
        t = given.get(item.id, {})
        item_changes = {}
        for key in _ITEM_TEXTS:
            value = t.get(key)
            cov.count(f"care.toml: {place}.self_care.{item.id}.{key}", value is not None)
            item_changes[key] = (
                _string(value, label, f"{place}, self_care '{item.id}'", key)
                if value
                else _marked(getattr(item, key))
            )
        items.append(replace(item, **item_changes))
    changes["self_care"] = tuple(items)
    result: MuscleCare = replace(mc, **changes)
    return result


# --- the whole language ------------------------------------------------------------------
def translate(
    content: Content, root: Resource, lang: str, label_prefix: str = "assets/content"
) -> tuple[Content, Coverage]:
    """The content in ``lang`` (English fields marked where missing) and its coverage."""
    cov = Coverage(lang)
    if lang == "en":
        return content, cov
    if lang not in LANGUAGES:
        raise BodymapError(
            "language",
            lang,
            f"unknown language '{lang}'",
            f"Use one of: {', '.join(LANGUAGES)}",
        )
    folder = _folder(root, lang)
    prefix = f"{label_prefix}/{FOLDER}/{lang}"
    found = _read_structures(folder, prefix, content.structures)
    structures = {}
    for sid, st in content.structures.items():
        origin = content.origin.get(sid, "")
        where = origin.rsplit("/", 1)[-1].split(":", 1)[0] if origin else "content"
        structures[sid] = _translate_structure(st, found.get(sid), cov, where)
    links = set(content.structures) | set(content.articles)
    articles = _articles(folder, prefix, content.articles, links, cov)
    care = _care(folder, prefix, content.care, cov)
    return (
        Content(structures=structures, articles=articles, origin=content.origin, care=care),
        cov,
    )
