package dev.retort.jpa.hibernate.sakila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Set;

@Entity
@Table(name = "film", uniqueConstraints = @UniqueConstraint(columnNames = {"title", "release_year"}))
public class Film {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "film_id")
    Integer id;

    @Column(nullable = false, length = 128)
    String title;

    @Column(columnDefinition = "TEXT")
    String description;

    Integer releaseYear;

    @ManyToOne(optional = false)
    @JoinColumn(name = "language_id")
    Language language;

    @ManyToOne
    @JoinColumn(name = "original_language_id")
    Language originalLanguage;

    @Column(nullable = false)
    short rentalDuration;

    @Column(nullable = false, precision = 4, scale = 2)
    BigDecimal rentalRate;

    @Column(precision = 5, scale = 2)
    BigDecimal replacementCost;

    @ManyToMany
    @JoinTable(name = "film_actor", joinColumns = @JoinColumn(name = "film_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    Set<Actor> actors;

    @ManyToMany
    @JoinTable(name = "film_category", joinColumns = @JoinColumn(name = "film_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    Set<Category> categories;
}
