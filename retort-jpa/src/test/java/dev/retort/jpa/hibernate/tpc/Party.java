package dev.retort.jpa.hibernate.tpc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Party {
    @Id
    Long id;

    @Column(nullable = false, length = 120)
    String name;
}
