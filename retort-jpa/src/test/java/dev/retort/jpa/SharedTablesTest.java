package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.RetortException;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTablesTest {

    @Test
    void aJoinTableThatIsAlsoAnEntityIsOneTable() {
        Schema schema = JpaModelSource.ofClasses(dev.retort.jpa.hibernate.school.Course.class,
                dev.retort.jpa.hibernate.school.Student.class, dev.retort.jpa.hibernate.school.Enrollment.class).load();
        Table enrollments = schema.table("enrollments").orElseThrow();
        assertEquals(List.of("student_id", "course_id", "grade", "enrolled_on"), enrollments.columnNames());
        assertEquals(List.of("course_id", "student_id"), enrollments.primaryKey().columns());
        assertEquals(List.of("courses", "students"), enrollments.foreignKeys().stream().map(ForeignKey::referencedTable).sorted().toList());
    }

    @Test
    void twoEntitiesOnOneTableAreNamedInTheMessage() {
        RetortException e = assertThrows(RetortException.class,
                () -> JpaModelSource.ofClasses(dev.retort.jpa.clash.Left.class, dev.retort.jpa.clash.Right.class).load());
        assertEquals("entity dev.retort.jpa.clash.Left and entity dev.retort.jpa.clash.Right both map table things;"
                + " give one of them another name", e.getMessage());
    }
}
