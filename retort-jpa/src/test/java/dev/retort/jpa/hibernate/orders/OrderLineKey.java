package dev.retort.jpa.hibernate.orders;

import java.io.Serializable;

public class OrderLineKey implements Serializable {
    Long orderId;
    Integer lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineKey k && java.util.Objects.equals(orderId, k.orderId) && java.util.Objects.equals(lineNo, k.lineNo);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(orderId, lineNo);
    }
}
