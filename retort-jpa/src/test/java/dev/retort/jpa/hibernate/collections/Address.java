package dev.retort.jpa.hibernate.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 100)
    String street;

    @Column(length = 60)
    String city;

    @Column(length = 10)
    String zip;
}
