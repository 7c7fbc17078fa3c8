package dev.retort.jpa.entities.onetomany;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

/** PetClinic's shape: the owner knows its pets, the pets do not know their owner. */
@Entity
@Table(name = "owners")
public class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    @OneToMany
    @JoinColumn(name = "owner_id")
    Set<Pet> pets;

    @OneToMany
    @JoinColumn(name = "vet_owner", nullable = false)
    List<Visit> visits;
}
