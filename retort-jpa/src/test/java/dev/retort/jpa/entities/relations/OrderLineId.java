package dev.retort.jpa.entities.relations;

import jakarta.persistence.Embeddable;

@Embeddable
public class OrderLineId {
    long orderId;
    int lineNo;
}
