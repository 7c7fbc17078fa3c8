package dev.retort.jpa.javax;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Club {
    @Id
    Long id;

    String name;
}
