"""server initial schema: the synced tables of app.models and the server's own tables

Generated from app.models.Base.metadata (without the PC-only tables) and server.models; the
PC's FTS5 search index is not part of the server. Timestamps are naive UTC (UTCDateTime).

Revision ID: s0001
Revises:
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = 's0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('stream', sa.String(length=60), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_change_log_table_name'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_stream_seq', ['stream', 'seq'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('clock_skew', sa.Double(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_council_id'), ['council_id'], unique=False)

    op.create_table('enrollment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_codes'))
    )
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_codes_council_id'), ['council_id'], unique=False)

    op.create_table('provinces',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provinces')),
    sa.UniqueConstraint('name', name=op.f('uq_provinces_name'))
    )
    op.create_table('push_receipts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('receipt', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_push_receipts')),
    sa.UniqueConstraint('device_id', 'batch_id', name=op.f('uq_push_receipts_device_id'))
    )
    op.create_table('server_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_server_meta'))
    )
    op.create_table('staff_tokens',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_staff_tokens_token_hash'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('stream', sa.String(length=60), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_council_id'), ['council_id'], unique=False)
        batch_op.create_index('ix_sync_conflicts_stream_seq', ['stream', 'seq'], unique=False)

    op.create_table('sync_streams',
    sa.Column('stream', sa.String(length=60), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('purged_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('stream', name=op.f('pk_sync_streams'))
    )
    op.create_table('counties',
    sa.Column('province_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_counties_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counties')),
    sa.UniqueConstraint('province_id', 'name', name=op.f('uq_counties_province_id'))
    )
    with op.batch_alter_table('counties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counties_province_id'), ['province_id'], unique=False)

    op.create_table('settlements',
    sa.Column('county_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['county_id'], ['counties.id'], name=op.f('fk_settlements_county_id_counties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlements')),
    sa.UniqueConstraint('county_id', 'name', name=op.f('uq_settlements_county_id'))
    )
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlements_county_id'), ['county_id'], unique=False)

    op.create_table('neighbourhoods',
    sa.Column('settlement_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_neighbourhoods_settlement_id_settlements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_neighbourhoods')),
    sa.UniqueConstraint('settlement_id', 'name', name=op.f('uq_neighbourhoods_settlement_id'))
    )
    with op.batch_alter_table('neighbourhoods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_neighbourhoods_settlement_id'), ['settlement_id'], unique=False)

    op.create_table('councils',
    sa.Column('neighbourhood_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('quorum_numerator', sa.Integer(), nullable=False),
    sa.Column('quorum_denominator', sa.Integer(), nullable=False),
    sa.Column('quorum_strict', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_councils_neighbourhood_id_neighbourhoods')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_councils')),
    sa.UniqueConstraint('code', name=op.f('uq_councils_code'))
    )
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_councils_neighbourhood_id'), ['neighbourhood_id'], unique=False)

    op.create_table('agencies',
    sa.Column('council_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_agencies_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies'))
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_council_id'), ['council_id'], unique=False)

    op.create_table('benefactors',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_benefactors_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_benefactors'))
    )
    with op.batch_alter_table('benefactors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_benefactors_council_id'), ['council_id'], unique=False)

    op.create_table('committees',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('area', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_committees_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committees'))
    )
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committees_council_id'), ['council_id'], unique=False)

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

    op.create_table('members',
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('national_id', sa.String(length=10), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=True),
    sa.Column('gender', sa.String(length=8), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('residence_proof', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('constituency', sa.String(length=24), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=True),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('appointment_letter_no', sa.String(length=60), nullable=True),
    sa.Column('appointment_letter_date', sa.Date(), nullable=True),
    sa.Column('replaces_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_members_council_id_councils')),
    sa.ForeignKeyConstraint(['replaces_id'], ['members.id'], name=op.f('fk_members_replaces_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_national_id'), ['national_id'], unique=False)

    op.create_table('roadmap_plans',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_roadmap_plans_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap_plans'))
    )
    with op.batch_alter_table('roadmap_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_plans_council_id'), ['council_id'], unique=False)

    op.create_table('committee_memberships',
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_committee_memberships_committee_id_committees')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_committee_memberships_council_id_councils')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_committee_memberships_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_memberships')),
    sa.UniqueConstraint('committee_id', 'member_id', name=op.f('uq_committee_memberships_committee_id'))
    )
    with op.batch_alter_table('committee_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_memberships_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_memberships_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_memberships_member_id'), ['member_id'], unique=False)

    op.create_table('issues',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('committee_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=100), nullable=True),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('reported_by', sa.String(length=200), nullable=True),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_issues_committee_id_committees')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_issues_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issues'))
    )
    with op.batch_alter_table('issues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issues_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_reported_on'), ['reported_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_status'), ['status'], unique=False)

    op.create_table('meetings',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('chair_id', sa.String(length=36), nullable=True),
    sa.Column('minute_taker_id', sa.String(length=36), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_by', sa.String(length=120), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['members.id'], name=op.f('fk_meetings_chair_id_members')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_meetings_council_id_councils')),
    sa.ForeignKeyConstraint(['minute_taker_id'], ['members.id'], name=op.f('fk_meetings_minute_taker_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('council_id', 'number', name=op.f('uq_meetings_council_id'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)

    op.create_table('roadmap_goals',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.String(length=24), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_roadmap_goals_council_id_councils')),
    sa.ForeignKeyConstraint(['plan_id'], ['roadmap_plans.id'], name=op.f('fk_roadmap_goals_plan_id_roadmap_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap_goals'))
    )
    with op.batch_alter_table('roadmap_goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_goals_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roadmap_goals_plan_id'), ['plan_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_agenda_items_council_id_councils')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_attendance_council_id_councils')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_attendance_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_attendance_meeting_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('guests',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_guests_agency_id_agencies')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_guests_council_id_councils')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_guests_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guests'))
    )
    with op.batch_alter_table('guests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guests_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guests_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('indicators',
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('area', sa.String(length=24), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=60), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_indicators_council_id_councils')),
    sa.ForeignKeyConstraint(['goal_id'], ['roadmap_goals.id'], name=op.f('fk_indicators_goal_id_roadmap_goals')),
    sa.ForeignKeyConstraint(['plan_id'], ['roadmap_plans.id'], name=op.f('fk_indicators_plan_id_roadmap_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_plan_id'), ['plan_id'], unique=False)

    op.create_table('issue_events',
    sa.Column('issue_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('old_status', sa.String(length=16), nullable=True),
    sa.Column('new_status', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('author', sa.String(length=120), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_issue_events_council_id_councils')),
    sa.ForeignKeyConstraint(['issue_id'], ['issues.id'], name=op.f('fk_issue_events_issue_id_issues')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_events'))
    )
    with op.batch_alter_table('issue_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issue_events_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issue_events_issue_id'), ['issue_id'], unique=False)

    op.create_table('minutes_addenda',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_minutes_addenda_council_id_councils')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_minutes_addenda_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_addenda')),
    sa.UniqueConstraint('meeting_id', 'number', name=op.f('uq_minutes_addenda_meeting_id'))
    )
    with op.batch_alter_table('minutes_addenda', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_addenda_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_minutes_addenda_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('projects',
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('area', sa.String(length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_projects_council_id_councils')),
    sa.ForeignKeyConstraint(['goal_id'], ['roadmap_goals.id'], name=op.f('fk_projects_goal_id_roadmap_goals')),
    sa.ForeignKeyConstraint(['plan_id'], ['roadmap_plans.id'], name=op.f('fk_projects_plan_id_roadmap_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projects_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_plan_id'), ['plan_id'], unique=False)

    op.create_table('fundings',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('pledged', sa.BigInteger(), nullable=False),
    sa.Column('received', sa.BigInteger(), nullable=False),
    sa.Column('benefactor_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['benefactor_id'], ['benefactors.id'], name=op.f('fk_fundings_benefactor_id_benefactors')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_fundings_council_id_councils')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_fundings_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fundings'))
    )
    with op.batch_alter_table('fundings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fundings_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fundings_project_id'), ['project_id'], unique=False)

    op.create_table('indicator_measurements',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_indicator_measurements_council_id_councils')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_measurements_indicator_id_indicators')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_measurements'))
    )
    with op.batch_alter_table('indicator_measurements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_measurements_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_measurements_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('milestones',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_milestones_council_id_councils')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_milestones_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestones'))
    )
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestones_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestones_project_id'), ['project_id'], unique=False)

    op.create_table('resolutions',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('issue_id', sa.String(length=36), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_resolutions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_resolutions_agenda_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_resolutions_council_id_councils')),
    sa.ForeignKeyConstraint(['issue_id'], ['issues.id'], name=op.f('fk_resolutions_issue_id_issues')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_resolutions_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['owner_id'], ['members.id'], name=op.f('fk_resolutions_owner_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolutions')),
    sa.UniqueConstraint('meeting_id', 'seq', name=op.f('uq_resolutions_meeting_id'))
    )
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolutions_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_issue_id'), ['issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_status'), ['status'], unique=False)

    op.create_table('demands',
    sa.Column('agency_id', sa.String(length=36), nullable=False),
    sa.Column('issue_id', sa.String(length=36), nullable=True),
    sa.Column('resolution_id', sa.String(length=36), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('letter_no', sa.String(length=60), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('answer_text', sa.Text(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_demands_agency_id_agencies')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_demands_council_id_councils')),
    sa.ForeignKeyConstraint(['issue_id'], ['issues.id'], name=op.f('fk_demands_issue_id_issues')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_demands_resolution_id_resolutions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demands'))
    )
    with op.batch_alter_table('demands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demands_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_issue_id'), ['issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_letter_date'), ['letter_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_resolution_id'), ['resolution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_status'), ['status'], unique=False)

    op.create_table('resolution_follow_ups',
    sa.Column('resolution_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('status_after', sa.String(length=16), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_resolution_follow_ups_council_id_councils')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_resolution_follow_ups_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_resolution_follow_ups_resolution_id_resolutions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_follow_ups'))
    )
    with op.batch_alter_table('resolution_follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_follow_ups_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolution_follow_ups_resolution_id'), ['resolution_id'], unique=False)

    op.create_table('intake_requests',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('resident_name', sa.String(length=200), nullable=False),
    sa.Column('resident_phone', sa.String(length=11), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('request_text', sa.Text(), nullable=False),
    sa.Column('answered_by', sa.String(length=200), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('issue_id', sa.String(length=36), nullable=True),
    sa.Column('demand_id', sa.String(length=36), nullable=True),
    sa.Column('council_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_intake_requests_agency_id_agencies')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_intake_requests_council_id_councils')),
    sa.ForeignKeyConstraint(['demand_id'], ['demands.id'], name=op.f('fk_intake_requests_demand_id_demands')),
    sa.ForeignKeyConstraint(['issue_id'], ['issues.id'], name=op.f('fk_intake_requests_issue_id_issues')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_intake_requests_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_requests'))
    )
    with op.batch_alter_table('intake_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_requests_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_requests_meeting_id'), ['meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('intake_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_requests_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_intake_requests_council_id'))

    op.drop_table('intake_requests')
    with op.batch_alter_table('resolution_follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_follow_ups_resolution_id'))
        batch_op.drop_index(batch_op.f('ix_resolution_follow_ups_council_id'))

    op.drop_table('resolution_follow_ups')
    with op.batch_alter_table('demands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demands_status'))
        batch_op.drop_index(batch_op.f('ix_demands_resolution_id'))
        batch_op.drop_index(batch_op.f('ix_demands_letter_date'))
        batch_op.drop_index(batch_op.f('ix_demands_issue_id'))
        batch_op.drop_index(batch_op.f('ix_demands_due_date'))
        batch_op.drop_index(batch_op.f('ix_demands_council_id'))
        batch_op.drop_index(batch_op.f('ix_demands_agency_id'))

    op.drop_table('demands')
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolutions_status'))
        batch_op.drop_index(batch_op.f('ix_resolutions_owner_id'))
        batch_op.drop_index(batch_op.f('ix_resolutions_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_resolutions_issue_id'))
        batch_op.drop_index(batch_op.f('ix_resolutions_deadline'))
        batch_op.drop_index(batch_op.f('ix_resolutions_council_id'))
        batch_op.drop_index(batch_op.f('ix_resolutions_agency_id'))

    op.drop_table('resolutions')
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestones_project_id'))
        batch_op.drop_index(batch_op.f('ix_milestones_council_id'))

    op.drop_table('milestones')
    with op.batch_alter_table('indicator_measurements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_measurements_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_measurements_council_id'))

    op.drop_table('indicator_measurements')
    with op.batch_alter_table('fundings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fundings_project_id'))
        batch_op.drop_index(batch_op.f('ix_fundings_council_id'))

    op.drop_table('fundings')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_plan_id'))
        batch_op.drop_index(batch_op.f('ix_projects_goal_id'))
        batch_op.drop_index(batch_op.f('ix_projects_council_id'))

    op.drop_table('projects')
    with op.batch_alter_table('minutes_addenda', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_addenda_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_minutes_addenda_council_id'))

    op.drop_table('minutes_addenda')
    with op.batch_alter_table('issue_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issue_events_issue_id'))
        batch_op.drop_index(batch_op.f('ix_issue_events_council_id'))

    op.drop_table('issue_events')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicators_plan_id'))
        batch_op.drop_index(batch_op.f('ix_indicators_council_id'))

    op.drop_table('indicators')
    with op.batch_alter_table('guests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guests_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_guests_council_id'))

    op.drop_table('guests')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_council_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_council_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('roadmap_goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_goals_plan_id'))
        batch_op.drop_index(batch_op.f('ix_roadmap_goals_council_id'))

    op.drop_table('roadmap_goals')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_date'))
        batch_op.drop_index(batch_op.f('ix_meetings_council_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issues_status'))
        batch_op.drop_index(batch_op.f('ix_issues_reported_on'))
        batch_op.drop_index(batch_op.f('ix_issues_council_id'))
        batch_op.drop_index(batch_op.f('ix_issues_committee_id'))

    op.drop_table('issues')
    with op.batch_alter_table('committee_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_memberships_member_id'))
        batch_op.drop_index(batch_op.f('ix_committee_memberships_council_id'))
        batch_op.drop_index(batch_op.f('ix_committee_memberships_committee_id'))

    op.drop_table('committee_memberships')
    with op.batch_alter_table('roadmap_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_plans_council_id'))

    op.drop_table('roadmap_plans')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_national_id'))
        batch_op.drop_index(batch_op.f('ix_members_council_id'))

    op.drop_table('members')
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directives_issued_on'))
        batch_op.drop_index(batch_op.f('ix_directives_council_id'))

    op.drop_table('directives')
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committees_council_id'))

    op.drop_table('committees')
    with op.batch_alter_table('benefactors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_benefactors_council_id'))

    op.drop_table('benefactors')
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agencies_council_id'))

    op.drop_table('agencies')
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_councils_neighbourhood_id'))

    op.drop_table('councils')
    with op.batch_alter_table('neighbourhoods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_neighbourhoods_settlement_id'))

    op.drop_table('neighbourhoods')
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlements_county_id'))

    op.drop_table('settlements')
    with op.batch_alter_table('counties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counties_province_id'))

    op.drop_table('counties')
    op.drop_table('sync_streams')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_stream_seq')
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_council_id'))

    op.drop_table('sync_conflicts')
    op.drop_table('staff_tokens')
    op.drop_table('server_meta')
    op.drop_table('push_receipts')
    op.drop_table('provinces')
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_codes_council_id'))

    op.drop_table('enrollment_codes')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_council_id'))

    op.drop_table('devices')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_stream_seq')

    op.drop_table('change_log')
