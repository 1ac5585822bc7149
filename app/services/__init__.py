"""The use cases: each function takes a Session, enforces the domain's rules, returns frozen
dataclasses and raises `app.errors.DomainError` subclasses before writing anything wrong.
One module per area; the UI and the CLI call these and never the ORM."""
