"""data fix with python logic

Revision ID: 5c7e9a1b3d4f
Revises: 4b6d8f0a2c3e
Create Date: 2025-12-03 09:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '5c7e9a1b3d4f'
down_revision = '4b6d8f0a2c3e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('accounts', sa.Column('slug', sa.String(80)))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, email FROM accounts")).fetchall()
    for row in rows:
        bind.execute(sa.text("UPDATE accounts SET slug = :s WHERE id = :i"),
                     {"s": row.email.split("@")[0], "i": row.id})
    bind.execute(sa.text("UPDATE accounts SET slug = lower(slug)"))


def downgrade(): pass
