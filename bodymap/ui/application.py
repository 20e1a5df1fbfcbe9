"""Start the Qt application and the main window for parsed Options."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap import APP_NAME, ORG_NAME
from bodymap.cli import Options, fail
from bodymap.core.errors import BodymapError
from bodymap.core.ids import parse_ref
from bodymap.core.kiosk_config import KioskConfig


def _app() -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


def run(opts: Options, kiosk: KioskConfig | None = None) -> int:
    """Build the window; show it, or render it to a PNG for --screenshot."""
    app = _app()
    if kiosk is not None and opts.screenshot is None:
        from bodymap.ui.kiosk.instance_lock import take_kiosk_lock

        lock = take_kiosk_lock()  # noqa: F841 - held until the process ends
    from bodymap.resources import load_atlas
    from bodymap.ui.shell import install_excepthook, log_dir, setup_logging

    setup_logging()

    def tell_user(summary: str) -> None:
        QMessageBox.warning(
            None,
            "bodymap hit a problem",
            f"Something went wrong: {summary}\n\nYour work is still open. The details were "
            f"written to the log in {log_dir()}.",
        )

    if opts.screenshot is None and kiosk is None:
        install_excepthook(tell_user)
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.palette import THEMES

    try:
        atlas = load_atlas()
    except BodymapError as exc:
        if opts.screenshot is None and app.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, "bodymap cannot start", exc.message)
        fail(exc.message, 1)
    theme = opts.theme
    if theme is None:
        # The theme chosen last time in View ▸ Theme (the kiosk always starts light).
        from PySide6.QtCore import QSettings

        from bodymap.ui.student.theme import remembered_theme

        theme = "light" if kiosk is not None else remembered_theme(QSettings(ORG_NAME, APP_NAME))
    window = MainWindow(atlas, THEMES[theme])
    if opts.select:
        window.select(parse_ref(opts.select, atlas.structures))
    if kiosk is not None:
        from bodymap.ui.kiosk import apply_kiosk

        mode = apply_kiosk(window, kiosk)
        if opts.screenshot is None:
            # Unattended: a bug starts the visit again rather than leaving a dialog up.
            install_excepthook(lambda _summary: mode.recover())
            mode.show()
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
    window.show()
    QTimer.singleShot(0, window.view.fit_body)
    if opts.quit_after is not None:
        QTimer.singleShot(opts.quit_after, window.close)
    return app.exec()
