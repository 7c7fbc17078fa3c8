package dev.retort.jpa.hibernate.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

@Embeddable
public class AuditInfo {
    Instant createdAt;

    @Column(length = 64)
    String createdBy;

    Instant updatedAt;

    @Column(length = 64)
    String updatedBy;
}
