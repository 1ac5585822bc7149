"""The demo council's development roadmap (being written: waits for app.services.roadmap)."""
from __future__ import annotations


def build(demo) -> None:
    """Plans, goals, projects, funding, indicators (not yet)."""
