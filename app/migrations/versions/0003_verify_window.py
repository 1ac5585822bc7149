"""verify window: an index on (council_id, server_seq) of every council table, on the PC

A windowed verification (app/sync/verification.py) reads a council's rows with
`server_seq > S`; without this index SQLite walks every row of the council to find the few
changed since the last full verify. PC-only, like the database it lives in: the server finds
the same rows through its change log, so the shared models do not declare it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: the council tables of this revision (every synced table with a council_id)
TABLES = ('agencies', 'committees', 'members', 'committee_memberships', 'meetings',
          'agenda_items', 'attendance', 'guests', 'minutes_addenda', 'issues', 'resolutions',
          'resolution_follow_ups', 'issue_events', 'demands', 'roadmap_plans', 'roadmap_goals',
          'projects', 'milestones', 'benefactors', 'fundings', 'indicators',
          'indicator_measurements', 'intake_requests', 'directives')


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f'ix_{table}_council_id_server_seq', table,
                        ['council_id', 'server_seq'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f'ix_{table}_council_id_server_seq', table_name=table)
