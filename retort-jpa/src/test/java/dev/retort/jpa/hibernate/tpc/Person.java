package dev.retort.jpa.hibernate.tpc;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "persons")
public class Person extends Party {
    LocalDate birthDate;
}
