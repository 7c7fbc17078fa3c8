package dev.retort.jpa.javax;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;

/** Its key drawn from a sequence declared on the class. */
@Entity
@SequenceGenerator(name = "club_ids", sequenceName = "club_seq", initialValue = 10, allocationSize = 5)
public class Club {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_ids")
    Long id;

    String name;
}
