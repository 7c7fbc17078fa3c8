"""accounts

Revision ID: 3a5c7e9b1d2f
Revises:
Create Date: 2025-12-01 12:00:00.000001

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '3a5c7e9b1d2f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('teams',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table('accounts',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('email', sa.String(255), nullable=False),
        sa.Column('team_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.Enum('free', 'pro', name='account_kind'), server_default='free', nullable=False),
        sa.Column('settings', postgresql.JSONB(), nullable=True),
        sa.Column('age', sa.String(3), nullable=True),
        sa.Column('code', sa.String(10), nullable=False),
        comment='people who log in',
    )
    op.create_primary_key('pk_accounts', 'accounts', ['id'])
    op.create_unique_constraint('uq_accounts_email', 'accounts', ['email'])
    op.create_foreign_key('fk_accounts_team', 'accounts', 'teams', ['team_id'], ['id'], ondelete='SET NULL')
    op.create_check_constraint('ck_accounts_code', 'accounts', sa.text("code <> ''"))
    op.create_index('ix_accounts_lower_email', 'accounts', [sa.text('lower(email)')], unique=True,
                    postgresql_where=sa.text('team_id IS NOT NULL'))


def downgrade():
    op.drop_table('accounts')
    op.execute('DROP TYPE account_kind')
    op.drop_table('teams')
