package dev.retort.jpa.hibernate.pagila;

import jakarta.persistence.AttributeConverter;

/** A converter whose type arguments are bound by its subclasses. */
public abstract class CodeConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name();
    }
}
