"""Start the Qt application and the main window for parsed Options."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bodymap import APP_ID, APP_NAME, ORG_NAME
from bodymap.cli import Options, fail
from bodymap.core.errors import BodymapError
from bodymap.core.i18n import pick_language, translate
from bodymap.core.ids import parse_ref
from bodymap.core.kiosk_config import KioskConfig


def _app() -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        # Wayland and the task bar match the window to the menu entry and its icon by this.
        QGuiApplication.setDesktopFileName(APP_ID)
        from bodymap.resources import app_icon_path

        icon = app_icon_path()
        if icon is not None:
            app.setWindowIcon(QIcon(str(icon)))
    return app


def show_error(title: str, message: str) -> None:
    """A message box shown before any window exists (e.g. a session given on the command line)."""
    _app()
    QMessageBox.critical(None, title, message)


def fit_to_screen(window: QWidget) -> None:
    """Shrink the first window to the screen's free area: on a 1366 x 768 laptop (or a
    1024 x 768 projector) the default 1600 x 1000 would open with its right side and the
    article off the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width, height = min(window.width(), free.width()), min(window.height(), free.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(free.topLeft())


def _collect_again() -> None:
    """After the first frame, the cyclic garbage collector (paused by ``app.main`` while
    start-up builds its objects) runs again. Not gc.freeze(): a window replaced later (a
    language switch) must stay collectable."""
    import gc

    gc.enable()


def run(opts: Options, kiosk: KioskConfig | None = None) -> int:
    """Build the window; show it, or render it to a PNG for --screenshot."""
    app = _app()
    if kiosk is not None and opts.screenshot is None:
        from bodymap.ui.kiosk.instance_lock import take_kiosk_lock

        lock = take_kiosk_lock()  # noqa: F841 - held until the process ends
    from PySide6.QtCore import QSettings

    from bodymap.resources import load_atlas, translated_atlas
    from bodymap.ui.language import install_language, remember_language, remembered_language
    from bodymap.ui.shell import install_excepthook, log_dir, setup_logging

    setup_logging()
    settings = QSettings(ORG_NAME, APP_NAME)
    lang = pick_language(
        opts.lang,
        (kiosk.language or None) if kiosk is not None else None,
        remembered_language(settings) if kiosk is None else None,
        QLocale.system().name(),
    )
    install_language(lang)

    def tell_user(summary: str) -> None:
        QMessageBox.warning(
            None,
            translate("Application", "bodymap hit a problem"),
            translate(
                "Application",
                "Something went wrong: {summary}\n\nYour work is still open. The details "
                "were written to the log in {folder}.",
            ).format(summary=summary, folder=log_dir()),
        )

    if opts.screenshot is None and kiosk is None:
        install_excepthook(tell_user)
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.palette import THEMES

    try:
        english = load_atlas()
        atlas = translated_atlas(english, lang)
    except BodymapError as exc:
        if opts.screenshot is None and app.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(
                None, translate("Application", "bodymap cannot start"), exc.message
            )
        fail(exc.message, 1)
    theme = opts.theme
    if theme is None:
        # The theme chosen last time in View ▸ Theme (the kiosk always starts light).
        from bodymap.ui.student.theme import remembered_theme

        theme = "light" if kiosk is not None else remembered_theme(settings)
    current: list[MainWindow] = []

    def build(lang: str, atlas_: object, state: object = None) -> MainWindow:
        window = MainWindow(
            atlas_,  # type: ignore[arg-type]
            THEMES[theme],
            state,  # type: ignore[arg-type]
            language=lang,
            base_atlas=english,
        )
        window.on_language = switch
        current[:] = [window]
        return window

    def switch(new: str) -> None:
        # Later, from the event loop: the menu that asked must not be deleted under itself.
        QTimer.singleShot(0, lambda: _switch(new))

    def _switch(new: str) -> None:
        old = current[0]
        if new == old.language:
            return
        try:
            new_atlas = translated_atlas(english, new)
        except BodymapError as exc:
            old.show_language(old.language)
            QMessageBox.warning(
                old, translate("Application", "This language cannot be shown"), exc.message
            )
            return
        kiosk_mode = getattr(old, "kiosk", None)
        visiting = kiosk_mode is not None and not kiosk_mode.attract.running
        state = old.store.state
        app.setQuitOnLastWindowClosed(False)
        try:
            if kiosk_mode is None:
                # A desktop window may ask to save first; "Cancel" keeps the old language.
                if not old.close():
                    old.show_language(old.language)
                    return
                remember_language(new, QSettings(ORG_NAME, APP_NAME))
            else:
                kiosk_mode.dispose()
                old.hide()
            install_language(new)
            window = build(new, new_atlas, state)
            if kiosk_mode is not None:
                from bodymap.ui.kiosk import apply_kiosk

                mode = apply_kiosk(window, kiosk_mode.config)
                mode.home_language = kiosk_mode.home_language
                mode.quit_fn = kiosk_mode.quit_fn
                if visiting:
                    # A visitor chose a language: they stay where they were, no welcome.
                    mode.attract.stop()
                    mode.idle.touched()
                    window.store.set(state)
                mode.show()
                QTimer.singleShot(100, mode.refit)
            else:
                window.setGeometry(old.geometry())
                if old.isMaximized():
                    window.showMaximized()
                else:
                    window.show()
                QTimer.singleShot(0, window.view.fit_body)
            old.deleteLater()
        finally:
            app.setQuitOnLastWindowClosed(True)

    window = build(lang, atlas)
    if opts.session is not None:
        sessions = getattr(window, "sessions", None)
        if sessions is not None:
            sessions.open_path(opts.session, asked=True)
        if opts.chart:
            return _chart_screenshot(app, window, opts)
    if opts.select:
        window.select(parse_ref(opts.select, atlas.structures))
    if kiosk is not None:
        from bodymap.ui.kiosk import apply_kiosk

        mode = apply_kiosk(window, kiosk)
        mode.home_language = lang
        if opts.screenshot is None:
            # Unattended: a bug starts the visit again rather than leaving a dialog up.
            install_excepthook(lambda _summary: current[0].kiosk.recover())  # type: ignore[attr-defined]
            mode.show()
            QTimer.singleShot(0, _collect_again)
            return app.exec()
    if opts.screenshot is not None:
        window.resize(*opts.size)
        window.show()
        for _ in range(3):
            app.processEvents()
        window.view.fit_body()
        app.processEvents()
        image = window.grab()
        if not image.save(str(opts.screenshot), "PNG"):
            fail(f"could not write {opts.screenshot}: check the folder exists and is writable.", 1)
        window.close()
        return 0
    fit_to_screen(window)
    window.show()
    QTimer.singleShot(0, window.view.fit_body)
    QTimer.singleShot(0, _collect_again)
    if opts.quit_after is not None:
        QTimer.singleShot(opts.quit_after, lambda: current[0].close())
    return app.exec()


def _chart_screenshot(app: QApplication, window: object, opts: Options) -> int:
    """Render the progress chart of the session given (the bundle's test of pyqtgraph)."""
    assert opts.session is not None and opts.screenshot is not None
    progress = getattr(window, "progress", None)
    dialog = progress.show_files([opts.session]) if progress is not None else None
    if dialog is None:
        fail(f"{opts.session}: the progress chart could not be drawn.", 1)
    for _ in range(3):
        app.processEvents()
    if not dialog.grab().save(str(opts.screenshot), "PNG"):
        fail(f"could not write {opts.screenshot}: check the folder exists and is writable.", 1)
    dialog.close()
    return 0
