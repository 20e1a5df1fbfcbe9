"""bodymap: a clickable map of the back of the body that explains muscle-related sciatica."""

__version__ = "0.1.0"
APP_NAME = "bodymap"
ORG_NAME = "bodymap"
APP_ID = "org.bodymap.Bodymap"  # the desktop entry, metainfo and icon name
