package dev.retort.jpa.hibernate.pagila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "film_actor")
@IdClass(FilmActorKey.class)
public class FilmActor {
    @Id
    Integer actorId;

    @Id
    Integer filmId;

    @Column(nullable = false)
    Instant lastUpdate;
}
