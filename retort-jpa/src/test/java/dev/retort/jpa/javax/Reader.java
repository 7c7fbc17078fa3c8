package dev.retort.jpa.javax;

import java.util.Set;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A JPA 2 entity, as a Spring Boot 2 application declares it; {@code jakarta/Reader} is the same in JPA 3. */
@Entity
@Table(name = "readers", uniqueConstraints = @UniqueConstraint(columnNames = {"email"}))
public class Reader {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Level level;

    @ManyToOne(optional = false)
    @JoinColumn(name = "club_id")
    Club club;

    @ElementCollection
    Set<String> interests;

    public enum Level { NEW, REGULAR }
}
