package dev.retort.jpa.hibernate.single;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
@DiscriminatorValue("truck")
public class Truck extends Vehicle {
    @Column(precision = 6, scale = 1)
    BigDecimal payloadTons;
}
