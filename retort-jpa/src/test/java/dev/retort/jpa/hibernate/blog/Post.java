package dev.retort.jpa.hibernate.blog;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;

@Entity
@Table(name = "posts", indexes = @Index(columnList = "publishedAt"))
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NotNull
    @Size(max = 200)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    PostStatus status;

    @ManyToOne(optional = false)
    Author author;

    @ManyToMany
    Set<Tag> tags;

    @ElementCollection
    Set<String> keywords;

    @Version
    int version;

    LocalDateTime publishedAt;
}
