package dev.retort.jpa.hibernate.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "checking_accounts")
public class CheckingAccount extends Account {
    @Column(precision = 12, scale = 2)
    BigDecimal overdraftLimit;
}
