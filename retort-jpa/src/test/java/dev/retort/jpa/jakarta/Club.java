package dev.retort.jpa.jakarta;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Club {
    @Id
    Long id;

    String name;
}
