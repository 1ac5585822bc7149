"""Dialogs of the record pages (import previews, confirmations) kept apart from the pages."""
