"""Strict checks run as tests: ruff lint, ruff format, mypy on the core, import-linter contracts.

Each check uses the tool installed next to this Python (the ``[test]`` extra), so the one
README command ``python -m pytest`` runs them all, in CI and on a developer's machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_tool(*cmd: str) -> subprocess.CompletedProcess[str]:
    """Run a tool from the repository root; output captured as text."""
    env = dict(os.environ, NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    # mypy's cache is only a cache: keep it out of the checkout.
    env.setdefault("MYPY_CACHE_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "bodymap-mypy"))
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


def explain(proc: subprocess.CompletedProcess[str], fix: str) -> str:
    """A failure message: the command, its whole output and how to fix it."""
    return f"$ {' '.join(proc.args)}\n{proc.stdout}{proc.stderr}\n{fix}"


def script(name: str) -> str:
    """A console script installed next to the running Python (or on PATH)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run python -m pip install '.[test]'")
    return found


def test_ruff_lint_passes():
    """``ruff check .`` finds nothing (rules in pyproject.toml)."""
    proc = run_tool(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert proc.returncode == 0, explain(proc, "Fix the findings; many go with ruff check --fix.")


def test_ruff_format_is_clean():
    """``ruff format --check .`` would change nothing."""
    proc = run_tool(sys.executable, "-m", "ruff", "format", "--check", "--no-cache", ".")
    assert proc.returncode == 0, explain(proc, "Run: python -m ruff format <the files named>")


def test_mypy_strict_on_the_core():
    """mypy (strict on bodymap/core, configured in pyproject.toml) reports no error."""
    proc = run_tool(sys.executable, "-m", "mypy")
    assert proc.returncode == 0, explain(proc, "Add or fix the type annotations named above.")


def test_import_contracts_hold():
    """import-linter keeps the core free of Qt and svgelements to the importer only."""
    proc = run_tool(script("lint-imports"), "--no-cache")
    assert proc.returncode == 0, explain(proc, "Move the import out of the core (see docs).")
    assert "broken" in proc.stdout and " 0 broken" in proc.stdout, proc.stdout
