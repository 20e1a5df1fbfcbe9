"""One kiosk per user session: a second copy says so and exits instead of stacking windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QStandardPaths

from bodymap.cli import fail

LOCK_NAME = "bodymap-kiosk.lock"


def lock_path() -> Path:
    """Where the lock file lives: the user's runtime folder, else the temp folder."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(runtime or QDir.tempPath()) / LOCK_NAME


def take_kiosk_lock(path: Path | None = None) -> QLockFile:
    """Hold the kiosk lock for the life of the process, or exit with one clear line."""
    path = path or lock_path()
    lock = QLockFile(str(path))
    # A lock left by a crashed kiosk is stale once its process is gone; QLockFile checks
    # the PID, so only a live copy blocks us.
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        info = lock.getLockInfo()  # PySide returns (pid, host, app name)
        pid = info[0] if isinstance(info, tuple) and info else 0
        who = f" (process {pid})" if isinstance(pid, int) and pid > 0 else ""
        fail(
            f"a bodymap kiosk is already running{who}; lock file {path}. "
            "Stop that one first (e.g. systemctl --user stop bodymap-kiosk).",
            1,
        )
    return lock
