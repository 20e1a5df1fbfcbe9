"""Interface strings of the Qt-free core, translated through a hook the UI installs.

Text composed in the core (article headings, quiz prompts, spoken names, handout lines)
is written in English and passed through :func:`translate` with a *context* and a
*literal* string, exactly like Qt's ``QCoreApplication.translate``: ``pyside6-lupdate``
finds these calls and puts them in ``assets/translations/bodymap_<lang>.ts``. Without a
hook (tests, the command line) the English text comes back unchanged; the UI installs
``QCoreApplication.translate`` at start (:func:`install`).

Tables of constants mark their texts with :func:`QT_TRANSLATE_NOOP` (extracted, returned
unchanged) and translate them where they are shown: ``translate(ctx, TABLE[key])``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Hook = Callable[[str, str], str]

# The languages bodymap speaks (interface and content), by code, each named in itself.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}


def _english(context: str, text: str) -> str:
    return text


_hook: Hook = _english
_language = "en"
# Languages whose nouns keep their capital inside a sentence ("dem Ischiasnerv").
CAPITAL_NOUNS = frozenset({"de"})


def install(hook: Hook | None, language: str = "en") -> None:
    """Route :func:`translate` through ``hook`` (None: back to English)."""
    global _hook, _language
    _hook = hook or _english
    _language = language if hook is not None else "en"


def lower_first(name: str) -> str:
    """A name as it reads inside a sentence: "the piriformis", "el piriforme", but German
    nouns keep their capital ("dem Ischiasnerv")."""
    return name if _language in CAPITAL_NOUNS else name[:1].lower() + name[1:]


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (the English text when none is installed)."""
    return _hook(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for extraction; it is translated later where it is shown."""
    return text


def pick_language(
    requested: str | None, configured: str | None, remembered: str | None, system: str
) -> str:
    """The interface language: --lang, then the kiosk config, then View ▸ Language, then the
    system locale when bodymap has it, else English. Each is a code such as "es" or None."""
    for choice in (requested, configured, remembered):
        if choice is not None and choice in LANGUAGES:
            return choice
    code = (system or "").replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGUAGES else "en"


_SIDES = {
    "left": QT_TRANSLATE_NOOP("Side", "left"),
    "right": QT_TRANSLATE_NOOP("Side", "right"),
    "both": QT_TRANSLATE_NOOP("Side", "both"),
}


def side_name(side: str | None) -> str:
    """ "left" or "right" in the interface language (as in "on the left side")."""
    return translate("Side", _SIDES[side]) if side in _SIDES else (side or "")


_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)


def long_date(day: date) -> str:
    """A date as a client reads it, in the interface language: 3 March 2026, 3 de marzo de
    2026, 3. März 2026 (the same on every system, whatever its C locale)."""
    month = translate("Months", _MONTHS[day.month - 1])
    return translate("Months", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )
