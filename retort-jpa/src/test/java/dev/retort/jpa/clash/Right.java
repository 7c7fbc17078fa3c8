package dev.retort.jpa.clash;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of two entities on one table, which Hibernate refuses too. */
@Entity
@Table(name = "things")
public class Right {
    @Id
    Long id;
}
