"""(Being written by the search work: the FTS5 index hook.)"""


def install(session_factory) -> None:
    """Attach the search-index hook (not yet written)."""
