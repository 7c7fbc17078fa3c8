package dev.retort.jpa.entities.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "vehicleId")
public class Car extends Vehicle {
    int doors;
}
