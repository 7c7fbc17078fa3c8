package dev.retort.jpa.jakarta;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Its key drawn from a sequence declared on the class. */
@Entity
@SequenceGenerator(name = "club_ids", sequenceName = "club_seq", initialValue = 10, allocationSize = 5)
public class Club {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_ids")
    Long id;

    String name;
}
