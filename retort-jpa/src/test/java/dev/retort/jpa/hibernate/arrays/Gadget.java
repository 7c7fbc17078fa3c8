package dev.retort.jpa.hibernate.arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Gadget {
    @Id
    Long id;

    List<String> labels;

    @Column(length = 20)
    List<String> codes;

    Integer[] sizes;
}
