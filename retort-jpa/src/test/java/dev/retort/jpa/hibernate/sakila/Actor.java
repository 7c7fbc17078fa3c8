package dev.retort.jpa.hibernate.sakila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "actor", indexes = @Index(name = "idx_actor_last_name", columnList = "last_name"))
public class Actor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "actor_id")
    Integer id;

    @Column(nullable = false, length = 45)
    String firstName;

    @Column(nullable = false, length = 45)
    String lastName;

    @Column(nullable = false)
    LocalDateTime lastUpdate;
}
