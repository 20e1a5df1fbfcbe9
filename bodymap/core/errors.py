"""One error type for bad input: it names the file, the place, the problem and the fix."""

from __future__ import annotations


class BodymapError(Exception):
    """Bad input that stops an action: shown to the user as one clear line, never a traceback."""

    def __init__(self, file: str, place: str, problem: str, fix: str) -> None:
        self.file = file
        self.place = place
        self.problem = problem
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The one-line message: ``file: place: problem. fix``."""
        where = f"{self.file}: {self.place}" if self.place else self.file
        return f"{where}: {self.problem}. {self.fix}"

    def __str__(self) -> str:
        return self.message


class UsageError(Exception):
    """A command-line argument the program cannot use; exits with status 2."""
