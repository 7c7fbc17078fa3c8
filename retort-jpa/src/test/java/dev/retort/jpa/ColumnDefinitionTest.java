package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {
    @Test
    void entityColumnsTakeTypeDefaultAndNullabilityFromTheDefinition() {
        Schema schema = JpaModelSource.ofPackages(getClass().getClassLoader(), List.of(),
                List.of("dev.retort.jpa.roundtrip.coldef")).load();
        Table teams = schema.tables().stream().filter(t -> t.name().equals("teams")).findFirst().orElseThrow();
        assertEquals(new Column("with_def", ColumnType.varchar(20), true, "'x'", false, null), column(teams, "with_def"));
        assertEquals(new Column("cd2", ColumnType.numeric(10, 2), true, null, false, null), column(teams, "cd2"));
        assertEquals(new Column("cd3", ColumnType.varchar(40), false, null, false, null), column(teams, "cd3"));
        assertEquals(new Column("cd4", ColumnType.integer(), true, null, false, null), column(teams, "cd4"));
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void knownTypes() {
        assertEquals(ColumnType.integer(), ColumnDefinition.parse("int").type());
        assertEquals(ColumnType.integer(), ColumnDefinition.parse("INT4").type());
        assertEquals(ColumnType.bigint(), ColumnDefinition.parse("int8").type());
        assertEquals(ColumnType.smallint(), ColumnDefinition.parse("smallint").type());
        assertEquals(ColumnType.varchar(20), ColumnDefinition.parse("character varying (20)").type());
        assertEquals(ColumnType.fixedChar(3), ColumnDefinition.parse("char(3)").type());
        assertEquals(ColumnType.text(), ColumnDefinition.parse("TEXT").type());
        assertEquals(ColumnType.numeric(10, 2), ColumnDefinition.parse("decimal( 10 , 2 )").type());
        assertEquals(ColumnType.numeric(12, 0), ColumnDefinition.parse("numeric(12)").type());
        assertEquals(ColumnType.real(), ColumnDefinition.parse("float4").type());
        assertEquals(ColumnType.doublePrecision(), ColumnDefinition.parse("double  precision").type());
        assertEquals(ColumnType.bool(), ColumnDefinition.parse("bool").type());
        assertEquals(ColumnType.date(), ColumnDefinition.parse("date").type());
        assertEquals(ColumnType.time(false), ColumnDefinition.parse("time").type());
        assertEquals(ColumnType.timestamp(false), ColumnDefinition.parse("timestamp").type());
        assertEquals(ColumnType.timestamp(true), ColumnDefinition.parse("timestamp with time zone").type());
        assertEquals(ColumnType.timestamp(true), ColumnDefinition.parse("timestamptz").type());
        assertEquals(ColumnType.uuid(), ColumnDefinition.parse("uuid").type());
        assertEquals(ColumnType.json(), ColumnDefinition.parse("json").type());
        assertEquals(ColumnType.binary(), ColumnDefinition.parse("bytea").type());
        assertEquals(ColumnType.binary(), ColumnDefinition.parse("blob").type());
        assertEquals(ColumnType.other("tsvector"), ColumnDefinition.parse("tsvector").type());
    }

    @Test
    void clauses() {
        assertEquals(new ColumnDefinition(ColumnType.varchar(20), "'x'", null, false),
                ColumnDefinition.parse("varchar(20) default 'x'"));
        assertEquals(new ColumnDefinition(ColumnType.varchar(40), null, true, false),
                ColumnDefinition.parse("VARCHAR(40) NOT NULL"));
        assertEquals(new ColumnDefinition(ColumnType.integer(), "0", true, true),
                ColumnDefinition.parse("integer DEFAULT 0 NOT NULL UNIQUE"));
        assertEquals(new ColumnDefinition(ColumnType.text(), "'a b'' not null'", false, false),
                ColumnDefinition.parse("text default 'a b'' not null' null"));
        assertEquals(new ColumnDefinition(ColumnType.timestamp(false), "now()", null, false),
                ColumnDefinition.parse("timestamp default now()"));
        assertEquals(new ColumnDefinition(ColumnType.integer(), "NULL", null, false),
                ColumnDefinition.parse("int default NULL"));
        assertEquals(new ColumnDefinition(ColumnType.integer(), "(1 + 2)", true, false),
                ColumnDefinition.parse("int default (1 + 2) not null"));
    }

    @Test
    void anyOtherClauseKeepsTheWholeDefinition() {
        assertEquals(new ColumnDefinition(ColumnType.other("int check (x > 0)"), null, null, false),
                ColumnDefinition.parse("int check (x > 0)"));
        assertEquals(new ColumnDefinition(ColumnType.other("varchar(10) collate \"C\""), null, null, false),
                ColumnDefinition.parse("varchar(10) collate \"C\""));
    }
}
