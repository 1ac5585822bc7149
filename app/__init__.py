"""Dabir (دبیر): the records of a Neighbourhood Progress Council, kept offline in SQLite.

The package is layered: `persian` (text and dates) depends on nothing, `models` declares the
tables, `services` holds the use cases, `reports` prints PDFs, `sync` talks to the province, and
`ui` (the only place Qt lives) and `cli` sit on top.
"""
