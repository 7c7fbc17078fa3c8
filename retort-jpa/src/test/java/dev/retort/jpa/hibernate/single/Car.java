package dev.retort.jpa.hibernate.single;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Entity
@DiscriminatorValue("car")
public class Car extends Vehicle {
    int seats;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    Fuel fuel;

    public enum Fuel { PETROL, DIESEL, ELECTRIC }
}
