"""Self-care pictures in the text panel: ``care:<name>`` image links become the picture files.

The core composes ``![Ball against a wall](care:ball_wall_buttock)`` without knowing where the
assets are; this turns each into the file of ``assets/care/<name>.svg`` (the one door for
assets), which the text panel draws. A picture that is not a file on disk is left out.
"""

from __future__ import annotations

import re

from bodymap.core.care_text import PICTURE_SCHEME
from bodymap.resources import care_picture_path

_IMAGE = re.compile(rf"!\[([^\]]*)\]\({re.escape(PICTURE_SCHEME)}([a-z0-9_]+)\)")


def with_care_pictures(markdown: str) -> str:
    """The Markdown with every ``care:`` picture pointing at its file (or dropped)."""

    def url(m: re.Match[str]) -> str:
        path = care_picture_path(m.group(2))
        return f"![{m.group(1)}]({path.resolve().as_uri()})" if path is not None else ""

    return _IMAGE.sub(url, markdown)
