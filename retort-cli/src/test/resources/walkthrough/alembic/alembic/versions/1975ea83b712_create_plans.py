"""create plans

Revision ID: 1975ea83b712
Revises:
Create Date: 2025-11-20 09:12:44.120391

"""
from alembic import op
import sqlalchemy as sa

revision = '1975ea83b712'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('plans',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('monthly_token_limit', sa.Integer(), nullable=False),
    )
    op.bulk_insert(sa.table('plans', sa.column('id'), sa.column('name'), sa.column('monthly_token_limit')),
        [{'id': 1, 'name': 'free', 'monthly_token_limit': 2000}])


def downgrade():
    op.drop_table('plans')
