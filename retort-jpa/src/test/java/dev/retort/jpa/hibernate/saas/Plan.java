package dev.retort.jpa.hibernate.saas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The seed's plans and users, as a Spring Boot application maps them. */
@Entity
@Table(name = "plans")
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 50)
    String name;

    @Column(nullable = false)
    int monthlyTokens;

    @Column(nullable = false, precision = 10, scale = 2)
    BigDecimal price;

    boolean active;
}
