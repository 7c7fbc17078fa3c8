package dev.retort.jpa.hibernate.library;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 200)
    String bookTitle;

    @ManyToOne
    Writer mainWriter;

    @ManyToMany
    Set<Writer> coWriters;

    @ElementCollection
    Set<String> subjectCodes;
}
