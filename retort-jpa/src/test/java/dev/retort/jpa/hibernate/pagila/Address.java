package dev.retort.jpa.hibernate.pagila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "address")
public class Address {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "address_id")
    Integer id;

    @Column(nullable = false, length = 50)
    String address;

    @Column(length = 10)
    String postalCode;

    @Column(nullable = false, length = 20)
    String phone;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_id")
    City city;
}
