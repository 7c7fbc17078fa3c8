"""The N tables the revisions create, as SQLAlchemy metadata (what an application's models would say)."""
from sqlalchemy import (Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, Numeric,
                        PrimaryKeyConstraint, String, Table, Text)

N = @N@
metadata = MetaData()
for i in range(1, N + 1):
    parent = 1 if i == 1 else i - 1
    Table(f"t{i}", metadata,
          Column("id", Integer, nullable=False),
          Column("parent_id", Integer),
          Column("name", String(50), nullable=False),
          Column("email", String(100)),
          Column("code", String(20)),
          Column("qty", Integer),
          Column("amount", Numeric(10, 2)),
          Column("active", Boolean(create_constraint=False)),
          Column("note", Text),
          Column("created_at", DateTime),
          PrimaryKeyConstraint("id", name=f"pk_t{i}"),
          ForeignKeyConstraint(["parent_id"], [f"t{parent}.id"], name=f"fk_t{i}_parent_id_t{parent}"),
          Index(f"ix_t{i}_name", "name"))
