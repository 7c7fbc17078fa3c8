package dev.retort.jpa.entities.relations;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "members")
public class Member {
    @Id
    Long id;

    @ManyToOne(optional = false)
    Team team;

    @ManyToOne
    @JoinColumn(name = "referrer", foreignKey = @ForeignKey(name = "fk_members_referrer"))
    Member referredBy;

    @Embedded
    Address home;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billingStreet", nullable = false))
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 12))
    Address billing;

    @ManyToMany
    @JoinTable(name = "member_roles", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "role_code"))
    Set<Role> roles;

    @ManyToMany
    List<Tag> tags;
}
