"""What `alembic check` (Alembic 1.9+) does, for Debian's Alembic 1.8, which lacks the command: compares
models.metadata with the database at BENCH_DB_URL through alembic.autogenerate.compare_metadata; exits 1
and lists the differences when they disagree, else prints "No new upgrade operations detected.".
The revisions' tables form one foreign-key chain t<N> -> ... -> t1, and walking it recursively can exceed
Python's default recursion limit (1,000; issue 12 reports a crash at 1,000 tables): BENCH_RECURSION_LIMIT
(default 100000) raises it, on a thread with a deep stack."""
import os
import sys
import threading

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, pool


def main():
    import models
    engine = create_engine(os.environ["BENCH_DB_URL"], poolclass=pool.NullPool)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), models.metadata)
    if diff:
        print("New upgrade operations detected:")
        for d in diff:
            print(f"  {d}")
        os._exit(1)
    print("No new upgrade operations detected.")


sys.setrecursionlimit(int(os.environ.get("BENCH_RECURSION_LIMIT", "100000")))
threading.stack_size(512 * 1024 * 1024)  # deep recursion needs a deep C stack, not only a higher limit
t = threading.Thread(target=main)
t.start()
t.join()
