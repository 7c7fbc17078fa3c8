package dev.retort.jpa.hibernate.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "enrollments")
@IdClass(EnrollmentKey.class)
public class Enrollment {
    @Id
    @Column(name = "student_id")
    Long studentId;

    @Id
    @Column(name = "course_id")
    Long courseId;

    @Column(length = 2)
    String grade;

    LocalDate enrolledOn;
}
