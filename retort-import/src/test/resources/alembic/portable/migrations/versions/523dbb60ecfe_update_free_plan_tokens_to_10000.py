"""update free plan tokens to 10000

Revision ID: 523dbb60ecfe
Revises: 1975ea83b712
Create Date: 2025-11-24 14:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '523dbb60ecfe'
down_revision: Union[str, None] = '1975ea83b712'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Atualiza o limite de tokens do plano free para 10.000"""
    op.execute("""
        UPDATE plans
        SET monthly_token_limit = 10000
        WHERE name = 'free'
    """)


def downgrade() -> None:
    """Reverte o limite de tokens do plano free para 2.000"""
    op.execute("""
        UPDATE plans
        SET monthly_token_limit = 2000
        WHERE name = 'free'
    """)
