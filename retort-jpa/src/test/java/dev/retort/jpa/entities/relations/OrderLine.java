package dev.retort.jpa.entities.relations;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_lines")
public class OrderLine {
    @EmbeddedId
    OrderLineId id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "parent_order", referencedColumnName = "order_id"),
            @JoinColumn(name = "parent_line", referencedColumnName = "lineNo")})
    OrderLine parent;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Tag tag;
}
