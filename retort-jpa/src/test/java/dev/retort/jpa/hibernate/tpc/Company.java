package dev.retort.jpa.hibernate.tpc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "companies")
public class Company extends Party {
    @Column(unique = true, length = 20)
    String vatNumber;
}
