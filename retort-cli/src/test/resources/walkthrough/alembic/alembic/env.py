import os

from alembic import context
from sqlalchemy import create_engine

# The walk-through test points Alembic at its database with ALEMBIC_URL; the project has no models.
engine = create_engine(os.environ.get("ALEMBIC_URL") or context.config.get_main_option("sqlalchemy.url"))
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=None)
    with context.begin_transaction():
        context.run_migrations()
