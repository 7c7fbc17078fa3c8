import os

from alembic import context
from sqlalchemy import create_engine

# The test sets ALEMBIC_TEST_URL (a SQLAlchemy URL); the corpus has no models.
engine = create_engine(os.environ["ALEMBIC_TEST_URL"])
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=None)
    with context.begin_transaction():
        context.run_migrations()
