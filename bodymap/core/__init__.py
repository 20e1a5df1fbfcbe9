"""The Qt-free core: anatomy atlas, content, geometry and state transitions.

Nothing in this package imports Qt, pyqtgraph or svgelements (an import-linter contract
in pyproject.toml keeps it so), so all of it is tested without a QApplication.
"""
