"""orders, on a branch

Revision ID: 2d4e6f8a0b1c
Revises: 523dbb60ecfe
Create Date: 2025-11-26 08:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '2d4e6f8a0b1c'
down_revision = '523dbb60ecfe'
branch_labels = ('billing',)
depends_on = '7c1f0e9a2b3d'


def upgrade():
    op.create_table(
        'orders',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('total', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('note', sa.String(100)),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_orders_user', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name='pk_orders'),
    )
    op.add_column('orders', sa.Column('legacy_code', sa.String(20), nullable=True))
    op.add_column('plans', sa.Column('tier', sa.SmallInteger(), nullable=True))
    op.rename_table('orders', 'purchases')


def downgrade():
    op.rename_table('purchases', 'orders')
    op.drop_column('plans', 'tier')
    op.drop_column('orders', 'legacy_code')
    op.drop_table('orders')
