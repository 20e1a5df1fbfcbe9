"""Allow ``python -m bodymap``."""

from bodymap.app import main

raise SystemExit(main())
