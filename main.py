"""Start bodymap from a source checkout: ``python main.py [options]``."""

from bodymap.app import main

if __name__ == "__main__":
    raise SystemExit(main())
