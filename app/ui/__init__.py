"""The PySide6 desktop app: bootstrap, the task runner, item models, widgets, pages, windows.

The only package of Dabir that imports Qt. It reaches data solely through
`app.services.gateway.Backend` on the task runner (`app.ui.tasks`) and never imports
`app.models`, `app.db` or SQLAlchemy (tests/test_layers.py checks it).
"""
