"""update free plan tokens to 10000

Revision ID: 523dbb60ecfe
Revises: 1975ea83b712
Create Date: 2025-11-24 14:30:00.000000

"""
from alembic import op

revision = '523dbb60ecfe'
down_revision = '1975ea83b712'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'")


def downgrade():
    op.execute("UPDATE plans SET monthly_token_limit = 2000 WHERE name = 'free'")
