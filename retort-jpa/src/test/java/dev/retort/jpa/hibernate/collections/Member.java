package dev.retort.jpa.hibernate.collections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
@Table(name = "members")
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @ElementCollection
    Set<String> nicknames;

    @ElementCollection
    @CollectionTable(name = "member_phones", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone", length = 30)
    List<String> phones;

    @ElementCollection
    @MapKeyColumn(name = "attr_key", length = 40)
    @Column(name = "attr_value")
    Map<String, String> attributes;

    @ElementCollection
    Set<Address> addresses;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    Set<Role> roles;

    public enum Role { OWNER, COACH, PLAYER }
}
