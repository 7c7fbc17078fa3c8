"""alter accounts

Revision ID: 4b6d8f0a2c3e
Revises: 3a5c7e9b1d2f
Create Date: 2025-12-02 12:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '4b6d8f0a2c3e'
down_revision = '3a5c7e9b1d2f'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column('accounts', 'age', existing_type=sa.String(3), type_=sa.Integer(),
                    postgresql_using='age::integer')
    op.alter_column('accounts', 'email', existing_type=sa.String(255), type_=sa.String(320),
                    existing_nullable=False)
    op.alter_column('accounts', 'team_id', nullable=False, server_default='0')
    op.alter_column('accounts', 'code', new_column_name='account_code', comment='external id')
    op.drop_constraint('ck_accounts_code', 'accounts', type_='check')
    op.drop_constraint('fk_accounts_team', 'accounts', type_='foreignkey')
    op.drop_constraint('uq_accounts_email', 'accounts', type_='unique')
    op.create_table_comment('teams', 'who pays')


def downgrade():
    op.drop_table_comment('teams')
    op.create_unique_constraint('uq_accounts_email', 'accounts', ['email'])
    op.create_foreign_key('fk_accounts_team', 'accounts', 'teams', ['team_id'], ['id'], ondelete='SET NULL')
    op.alter_column('accounts', 'account_code', new_column_name='code', comment=None)
    op.create_check_constraint('ck_accounts_code', 'accounts', "code <> ''")
    op.alter_column('accounts', 'team_id', nullable=True, server_default=None)
    op.alter_column('accounts', 'email', existing_type=sa.String(320), type_=sa.String(255))
    op.alter_column('accounts', 'age', existing_type=sa.Integer(), type_=sa.String(3))
