"""sync: directives (province -> council) and this PC's sync bookkeeping

Adds the shared `directives` table and the local-only `sync_state` (enrollment, cursors, the
batch in flight), `sync_conflicts` (the server's conflict log for this council, with the
secretary's resolution) and `sync_rejections` (edits the server refused, kept for the user).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('base', sa.JSON(), nullable=True),
    sa.Column('winning', sa.JSON(), nullable=True),
    sa.Column('losing', sa.JSON(), nullable=True),
    sa.Column('winning_device', sa.String(length=36), nullable=True),
    sa.Column('winning_actor', sa.String(length=120), nullable=True),
    sa.Column('losing_device', sa.String(length=36), nullable=True),
    sa.Column('losing_actor', sa.String(length=120), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolution', sa.String(length=8), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('reported', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_resolved'), ['resolved'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('sync_rejections',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=True),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('dismissed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_rejections')),
    sa.UniqueConstraint('op_id', name=op.f('uq_sync_rejections_op_id'))
    )
    with op.batch_alter_table('sync_rejections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_rejections_row_id'), ['row_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('token', sa.String(length=200), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.String(length=64), nullable=False),
    sa.Column('cursors', sa.JSON(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.Column('pending_batch_id', sa.String(length=36), nullable=True),
    sa.Column('pending_batch', sa.JSON(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('last_result', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('directives',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_directives_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directives'))
    )
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directives_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directives_issued_on'), ['issued_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directives_issued_on'))
        batch_op.drop_index(batch_op.f('ix_directives_council_id'))
    op.drop_table('directives')
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_rejections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_rejections_row_id'))
    op.drop_table('sync_rejections')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_resolved'))
    op.drop_table('sync_conflicts')
