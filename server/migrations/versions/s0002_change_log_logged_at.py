"""change_log.logged_at: the server's time of a row's last change (tombstone age for purges)

Rows logged before this revision get the migration's time: their tombstones then age from
today, which can only keep them longer, never purge them early.

Revision ID: s0002
Revises: s0001
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logged_at', sa.DateTime(), nullable=True))
    now = datetime.now(timezone.utc).replace(tzinfo=None)  # stored as naive UTC, like the rest
    op.execute(sa.text("UPDATE change_log SET logged_at = :now").bindparams(now=now))


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_column('logged_at')
