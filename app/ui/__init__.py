"""The PySide6 desktop app: bootstrap, the task runner, item models, widgets, pages, windows.

The only package of Dabir that imports Qt. It reaches data solely through
`app.services.gateway.Backend` on the task runner (`app.ui.tasks`) and never imports
`app.models`, `app.db` or SQLAlchemy (tests/test_layers.py checks it). Importing it first
installs `pyside_guard` (a PySide6 6.12 / Python 3.11 reference-count bug would abort the app).
"""
from app.ui import pyside_guard as _pyside_guard

_pyside_guard.install()  # before any Qt call: PySide6 6.12 on Python 3.11 loses references
