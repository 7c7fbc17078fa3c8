package dev.retort.jpa.entities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    @Column(nullable = false, length = 4)
    String last4;
}
