package dev.retort.jpa.entities.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Payment {
    @Id
    Long id;

    BigDecimal amount;
}
