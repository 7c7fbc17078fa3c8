"""create users

Revision ID: 7c1f0e9a2b3d
Revises: 523dbb60ecfe
Create Date: 2025-11-25 10:00:00

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import text

revision = '7c1f0e9a2b3d'
down_revision = '523dbb60ecfe'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('users',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('email', sa.String(255), nullable=False, comment='login'),
        sa.Column('plan_id', sa.Integer(), sa.ForeignKey('plans.id', ondelete='CASCADE'), nullable=True),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
        sa.Column('bio', sa.Text()),
        sa.CheckConstraint("email <> ''", name='ck_users_email'),
    )
    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)
    op.create_index('ix_users_plan_created', 'users', ['plan_id', 'created_at'])
    op.execute(text("INSERT INTO users (email, plan_id) VALUES ('ana@example.com', 1)"))


def downgrade():
    op.drop_index('ix_users_plan_created', table_name='users')
    op.drop_index(op.f('ix_users_email'), table_name='users')
    op.drop_table('users')
