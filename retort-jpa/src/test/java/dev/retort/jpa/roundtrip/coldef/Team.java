package dev.retort.jpa.roundtrip.coldef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Columns spelled by {@code columnDefinition}, which must settle after one upgrade. */
@Entity
@Table(name = "teams")
public class Team {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(columnDefinition = "varchar(20) default 'x'")
    String withDef;

    @Column(columnDefinition = "numeric(10,2)")
    BigDecimal cd2;

    @Column(columnDefinition = "VARCHAR(40) NOT NULL")
    String cd3;

    @Column(columnDefinition = "int")
    Integer cd4;
}
