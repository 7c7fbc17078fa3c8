package dev.retort.jpa.hibernate.school;

import java.io.Serializable;

public class EnrollmentKey implements Serializable {
    Long studentId;
    Long courseId;

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentKey k && java.util.Objects.equals(studentId, k.studentId)
                && java.util.Objects.equals(courseId, k.courseId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(studentId, courseId);
    }
}
