package dev.retort.jpa.entities.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    @Column(length = 10)
    String postalCode;
}
