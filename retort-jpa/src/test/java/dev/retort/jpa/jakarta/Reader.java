package dev.retort.jpa.jakarta;

import java.util.Set;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The JPA 3 twin of {@code javax/Reader}. */
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
