package dev.retort.jpa.hibernate.audit;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

@MappedSuperclass
public abstract class Auditable {
    @Embedded
    AuditInfo audit;

    @Version
    Long version;
}
