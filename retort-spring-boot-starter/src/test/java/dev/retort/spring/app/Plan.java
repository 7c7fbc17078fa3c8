package dev.retort.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "plans")
public class Plan {
    @Id
    private Integer id;

    private String name;

    @Column(name = "monthly_token_limit")
    private int monthlyTokenLimit;

    public String getName() {
        return name;
    }

    public int getMonthlyTokenLimit() {
        return monthlyTokenLimit;
    }
}
