"""Sync with the provincial server: wire protocol, outbox batches, the engine and its HTTP client (no Qt)."""
