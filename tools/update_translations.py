"""Extract bodymap's interface strings into the .ts files and compile them to .qm.

    python tools/update_translations.py          # lupdate, then lrelease
    python tools/update_translations.py --release  # only compile the .ts files to .qm

``pyside6-lupdate`` reads every ``.py`` file under ``bodymap/`` and finds the calls
``translate("Context", "text")`` (bodymap.core.i18n, used by the core and the UI),
``QCoreApplication.translate(...)``, ``self.tr(...)`` and ``QT_TRANSLATE_NOOP(...)``. New
strings are added unfinished, strings no longer in the code are marked obsolete (kept, so a
translation is not lost when a sentence comes back), and finished translations stay.
Translate the ``.ts`` files with Qt Linguist (``pyside6-linguist``) or any text editor,
then run this again to compile them. A new language: add its code to ``LANGUAGES`` in
bodymap/core/translation.py and run this script; it creates ``bodymap_<code>.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "assets" / "translations"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} was not found: install PySide6 (pip install -e .) first.")
    return found


def main(argv: list[str]) -> int:
    from bodymap.core.translation import LANGUAGES

    FOLDER.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bodymap").rglob("*.py"))
    for lang in LANGUAGES:
        if lang == "en":
            continue
        ts = FOLDER / f"bodymap_{lang}.ts"
        if "--release" not in argv:
            subprocess.run(
                [_tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(ts)],
                cwd=ROOT,
                check=True,
            )
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
