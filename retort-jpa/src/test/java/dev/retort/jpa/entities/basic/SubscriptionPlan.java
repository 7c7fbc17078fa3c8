package dev.retort.jpa.entities.basic;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

/** Every basic mapping; no @Table name, so the entity name is snake_cased. */
@Entity
@Table(schema = "billing",
        uniqueConstraints = @UniqueConstraint(columnNames = {"name", "tier"}),
        indexes = {@Index(columnList = "startsOn, monthlyTokenLimit DESC"), @Index(name = "ux_plan_code", columnList = "code", unique = true)})
public class SubscriptionPlan extends BaseEntity {
    static final int LIMIT = 10;

    transient int cache;

    @Transient
    String display;

    @Column(nullable = false, unique = true, length = 50)
    String name;

    int monthlyTokenLimit;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Tier tier;

    Tier ordinalTier;

    @Column(precision = 10, scale = 2)
    BigDecimal price;

    BigDecimal discount;

    boolean active;
    Boolean trial;
    double ratio;
    float weight;
    short rank;
    char code;
    LocalDate startsOn;
    LocalTime dailyReset;
    LocalDateTime localCreated;
    OffsetDateTime offsetAt;
    ZonedDateTime zonedAt;
    UUID publicId;
    byte[] logo;

    @Lob
    String terms;

    @Lob
    byte[] pdf;

    @Column(name = "featureSet", columnDefinition = "jsonb")
    String features;

    @Convert(converter = YesNo.class)
    Boolean legacy;

    @Temporal(TemporalType.DATE)
    Date legacyDate;

    @Basic(optional = false)
    String slug;
}
