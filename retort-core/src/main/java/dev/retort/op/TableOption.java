package dev.retort.op;

/** A table's schema or comment, as a table element: {@code inSchema("shop")}, {@code comment("customer orders")}. */
public record TableOption(String schema, String comment) implements TableElement {
}
