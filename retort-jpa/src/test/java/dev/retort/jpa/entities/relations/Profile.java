package dev.retort.jpa.entities.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

@Entity
public class Profile {
    @Id
    Integer id;

    @OneToOne(optional = false)
    @JoinColumn(name = "owner_id")
    Member owner;
}
