"""The robust shell around the window: a log file and an excepthook that tells the user."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths

log = logging.getLogger("bodymap")


def log_dir() -> Path:
    """The per-user folder for bodymap's log files."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "bodymap") / "logs"


def setup_logging() -> Path | None:
    """Log to a rotating file in the user's log folder; return its path (None if unwritable)."""
    path = log_dir() / "bodymap.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    log.addHandler(_RotatingLog(path))
    log.setLevel(logging.INFO)
    return path


class _RotatingLog(logging.Handler):
    """A rotating log file opened at the first record, not at start-up: most sessions log
    nothing, and ``logging.handlers`` (sockets, queues) is not worth importing for them."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            import logging.handlers

            try:
                self.file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=512_000, backupCount=3, encoding="utf-8"
                )
            except OSError:
                self.file = logging.NullHandler()  # unwritable: the record goes to stderr only
            self.file.setFormatter(self.formatter)
        self.file.emit(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def install_excepthook(tell_user: Callable[[str], None]) -> None:
    """Log unexpected errors and tell the user in one sentence instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        print(text, file=sys.stderr)
        try:
            tell_user(f"{kind.__name__}: {value}")
        except Exception:  # the hook must never raise
            log.exception("could not show the error to the user")

    sys.excepthook = hook
