package dev.retort.jpa.entities.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Role {
    @Id
    @Column(length = 20)
    String code;

    @ManyToMany(mappedBy = "roles")
    Set<Member> members;
}
