"""Shared fixtures. Qt runs on the offscreen platform, set before any QApplication exists."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault(
    "XDG_CACHE_HOME", os.path.join(os.path.dirname(__file__), "..", ".pytest-cache-home")
)

import pytest

from bodymap.core.atlas import Atlas
from tests.synthetic import mini_atlas


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    """The real atlas: the shipped drawing and content."""
    from bodymap.resources import load_atlas

    return load_atlas()


@pytest.fixture
def mini() -> Atlas:
    """A small synthetic atlas of rectangles, independent of the artwork."""
    return mini_atlas()
