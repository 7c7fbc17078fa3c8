"""merge billing, batch changes

Revision ID: 9e8d7c6b5a4f
Revises: 7c1f0e9a2b3d, 2d4e6f8a0b1c
Create Date: 2025-11-27 16:45:10.5

"""
from alembic import op
import sqlalchemy as sa

revision = '9e8d7c6b5a4f'
down_revision = ('7c1f0e9a2b3d', '2d4e6f8a0b1c')
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.drop_column('legacy_code')
        batch_op.alter_column('note', existing_type=sa.String(100), type_=sa.String(200), nullable=False,
                              server_default='')
        batch_op.create_unique_constraint('uq_purchases_user_total', ['user_id', 'total'])
        batch_op.create_check_constraint('ck_purchases_total', 'total >= 0')
        batch_op.create_index('ix_purchases_user', ['user_id'], unique=False)

    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(sa.Column('phone', sa.String(20), nullable=True))
        batch_op.alter_column('bio', new_column_name='about')
        batch_op.drop_constraint('ck_users_email', type_='check')

    op.create_table('tags',
        sa.Column('name', sa.String(40), nullable=False),
        sa.Column('label', sa.String(80), nullable=True),
    )
    with op.batch_alter_table('tags') as batch_op:
        batch_op.create_primary_key('pk_tags', ['name'])
        batch_op.create_foreign_key('fk_tags_plan', 'plans', ['label'], ['name'])


def downgrade():
    op.drop_table('tags')
    with op.batch_alter_table('users') as batch_op:
        batch_op.create_check_constraint('ck_users_email', "email <> ''")
        batch_op.alter_column('about', new_column_name='bio')
        batch_op.drop_column('phone')

    with op.batch_alter_table('purchases') as batch_op:
        batch_op.drop_index('ix_purchases_user')
        batch_op.drop_constraint('ck_purchases_total', type_='check')
        batch_op.drop_constraint('uq_purchases_user_total', type_='unique')
        batch_op.alter_column('note', existing_type=sa.String(200), type_=sa.String(100), nullable=True,
                              server_default=None)
        batch_op.add_column(sa.Column('legacy_code', sa.String(20), nullable=True))
