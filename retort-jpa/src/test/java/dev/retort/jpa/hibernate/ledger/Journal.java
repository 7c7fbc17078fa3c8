package dev.retort.jpa.hibernate.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "journals")
public class Journal {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_ids")
    @SequenceGenerator(name = "journal_ids", sequenceName = "journal_seq", allocationSize = 20)
    Long id;

    @Column(nullable = false, length = 40)
    String code;
}
