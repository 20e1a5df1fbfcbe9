"""The interface language: Qt's translators, the View ▸ Language menu and the switch.

bodymap's own strings come from ``assets/translations/bodymap_<lang>.qm`` (through the one
door, :mod:`bodymap.resources`) and Qt's own dialogs from PySide6's ``qtbase_<lang>.qm``.
The core's strings go through :func:`bodymap.core.i18n.translate`, pointed here at
``QCoreApplication.translate``.

Switching language rebuilds the window: the application closes the current one (a
desktop window may still ask to save a session; cancelling keeps the old language) and
builds a new one in the new language with the same selection, depth and layers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from bodymap import APP_NAME, ORG_NAME
from bodymap.core import i18n
from bodymap.core.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from bodymap.ui.main_window import MainWindow

SETTING = "view/language"
_translators: list[QTranslator] = []
_data: list[bytes] = []
_current = "en"


def system_language() -> str:
    """The system locale's language when bodymap has it, else English."""
    return i18n.pick_language(None, None, None, QLocale.system().name())


def remembered_language(settings: QSettings | None = None) -> str | None:
    """The language last chosen in View ▸ Language (None: never chosen)."""
    value = (settings or QSettings(ORG_NAME, APP_NAME)).value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(lang: str, settings: QSettings | None = None) -> None:
    """Keep the View ▸ Language choice for the next start."""
    (settings or QSettings(ORG_NAME, APP_NAME)).setValue(SETTING, lang)


def current_language() -> str:
    """The interface language installed last ("en" before any)."""
    return _current


def install_language(lang: str) -> None:
    """Make ``lang`` the interface language: bodymap's and Qt's translators, the core hook
    and the default QLocale (numbers and dates)."""
    global _current
    from bodymap.resources import interface_translation

    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _translators.clear()
    _current = lang
    QLocale.setDefault(QLocale(lang))
    if lang != "en" and app is not None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(app)
        if base.load(f"qtbase_{lang}", qt_dir):
            _translators.append(base)
        data = interface_translation(lang)
        ours = QTranslator(app)
        if data is not None and ours.load(data):
            # QTranslator reads the bytes in place: keep them alive as long as it is.
            _data.clear()
            _data.append(data)
            _translators.append(ours)
        for tr in _translators:
            QCoreApplication.installTranslator(tr)
    i18n.install(QCoreApplication.translate if lang != "en" else None, lang)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block, translate() and Qt speak ``lang``; the interface language after."""
    before = _current
    if lang == before:
        yield
        return
    install_language(lang)
    try:
        yield
    finally:
        install_language(before)


def add_language_menu(
    menu: QMenu, current: str, choose: Callable[[str], None]
) -> dict[str, QAction]:
    """View ▸ Language: one radio item per language, each named in its own language."""
    sub = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    sub.setObjectName("languageMenu")
    group = QActionGroup(sub)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for code, name in LANGUAGES.items():
        act = QAction(name, sub)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        act.setStatusTip(
            QCoreApplication.translate("Language", "Show bodymap in %1").replace("%1", name)
        )
        act.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(act)
        sub.addAction(act)
        actions[code] = act
    return actions


def request_language(window: MainWindow, lang: str) -> None:
    """Ask the application to rebuild ``window`` in ``lang`` (see application.run)."""
    choose = getattr(window, "choose_language", None)
    if callable(choose):
        choose(lang)
