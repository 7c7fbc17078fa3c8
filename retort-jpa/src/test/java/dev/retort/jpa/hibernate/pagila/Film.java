package dev.retort.jpa.hibernate.pagila;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "film", indexes = @Index(columnList = "title"))
public class Film {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "film_id")
    Integer id;

    @Column(nullable = false)
    String title;

    @Convert(converter = RatingConverter.class)
    @Column(length = 5)
    MpaaRating rating;

    @Column(nullable = false, precision = 4, scale = 2)
    BigDecimal rentalRate;
}
