package dev.retort.jpa.roundtrip.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "customers")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    Long version;

    @Column(nullable = false, unique = true, length = 120)
    String email;

    @Column(length = 100)
    String city;

    String phone;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Tier tier;

    BigDecimal balance;
    Instant createdAt;
    LocalDate birthday;
    boolean active;
    UUID publicId;

    @Lob
    String notes;
}
