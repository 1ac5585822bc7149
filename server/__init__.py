"""The provincial server of Dabir: FastAPI app, sync protocol endpoints, admin CLI (no Qt)."""
