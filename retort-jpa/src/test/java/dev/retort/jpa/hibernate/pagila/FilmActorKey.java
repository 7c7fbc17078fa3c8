package dev.retort.jpa.hibernate.pagila;

import java.io.Serializable;

public class FilmActorKey implements Serializable {
    Integer actorId;
    Integer filmId;

    @Override
    public boolean equals(Object o) {
        return o instanceof FilmActorKey k && java.util.Objects.equals(actorId, k.actorId) && java.util.Objects.equals(filmId, k.filmId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(actorId, filmId);
    }
}
