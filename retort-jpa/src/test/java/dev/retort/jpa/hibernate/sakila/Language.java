package dev.retort.jpa.hibernate.sakila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Sakila's shape, a subset: languages, films, actors, categories and their join tables. */
@Entity
@Table(name = "language")
public class Language {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "language_id")
    Short id;

    @Column(nullable = false, length = 20)
    String name;

    @Column(nullable = false)
    LocalDateTime lastUpdate;
}
