package dev.retort.op;

import static dev.retort.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.Column;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReverseTest {
    private final Column phone = column("phone", varchar(20)).column();

    @Test
    void eachOperationKnowsItsInverseWhenItCarriesEnough() {
        Table users = table("users", column("id", integer()).primaryKey());
        assertEquals(Optional.of(new DropTable(null, "users", users)), new CreateTable(users).reverse());
        assertEquals(Optional.of(new CreateTable(users)), new DropTable(null, "users", users).reverse());
        assertTrue(new DropTable(null, "users", null).reverse().isEmpty());
        assertEquals(Optional.of(new RenameTable(null, "b", "a")), new RenameTable(null, "a", "b").reverse());
        assertEquals(Optional.of(new DropColumn(null, "users", "phone", phone)), new AddColumn(null, "users", phone).reverse());
        assertEquals(Optional.of(new AddColumn(null, "users", phone)), new DropColumn(null, "users", "phone", phone).reverse());
        assertTrue(new DropColumn(null, "users", "phone", null).reverse().isEmpty());
        CreateUniqueConstraint unique = new CreateUniqueConstraint(null, "users",
                new dev.retort.schema.UniqueConstraint("uq", List.of("phone")));
        assertEquals(Optional.of(new DropConstraint(null, "users", "uq", ConstraintKind.UNIQUE, unique)), unique.reverse());
        assertEquals(Optional.of(unique), unique.reverse().orElseThrow().reverse());
        assertTrue(new Execute("DELETE FROM t", List.of()).reverse().isEmpty());
    }

    @Test
    void anAlterationReversesToTheExistingColumn() {
        AlterColumn up = AlterColumn.of("users", "phone", a -> a.type(varchar(40)).nullable(false).rename("mobile")
                .existing(phone));
        AlterColumn down = (AlterColumn) up.reverse().orElseThrow();
        assertEquals("mobile", down.column());
        assertEquals("phone", down.newName());
        assertEquals(varchar(20), down.type());
        assertEquals(Boolean.TRUE, down.nullable());
        assertEquals(phone, down.applyTo(down.existing()));
        assertTrue(AlterColumn.of("users", "phone", a -> a.type(varchar(40))).reverse().isEmpty());
        assertTrue(AlterColumn.of("users", "phone", a -> a.rename("mobile")).reverse().isPresent());
    }

    @Test
    void aBatchReversesEachChangeLastFirst() {
        Batch up = Batch.of(null, "users", null, b -> b.addColumn(phone).createIndex("ix_phone", "phone"));
        Batch down = (Batch) up.reverse().orElseThrow();
        assertEquals(List.of(DropIndex.class, DropColumn.class), down.operations().stream().map(Object::getClass).toList());
    }
}
