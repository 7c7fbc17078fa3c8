"""create plans

Revision ID: 1975ea83b712
Revises:
Create Date: 2025-11-20 09:12:44.120391

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1975ea83b712'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = ('main',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'plans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('monthly_token_limit', sa.Integer(), server_default='2000', nullable=False),
        sa.Column('price', sa.Numeric(10, 2), nullable=True),
        sa.Column('active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name', name='uq_plans_name'),
    )
    plans = sa.table(
        'plans',
        sa.column('name', sa.String),
        sa.column('monthly_token_limit', sa.Integer),
    )
    op.bulk_insert(plans, [
        {'name': 'free', 'monthly_token_limit': 2000},
        {'name': 'pro', 'monthly_token_limit': 50000},
    ])


def downgrade() -> None:
    op.drop_table('plans')
