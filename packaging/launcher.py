"""The bundle's entry point: PyInstaller freezes this file into the ``bodymap`` binary."""

from bodymap.app import main

if __name__ == "__main__":
    raise SystemExit(main())
