package dev.retort.jpa.hibernate.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "order_lines")
@IdClass(OrderLineKey.class)
public class OrderLine {
    @Id
    Long orderId;

    @Id
    Integer lineNo;

    @ManyToOne(optional = false)
    Product product;

    int quantity;

    @Column(precision = 10, scale = 2, nullable = false)
    BigDecimal unitPrice;
}
