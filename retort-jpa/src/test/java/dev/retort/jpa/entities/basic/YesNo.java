package dev.retort.jpa.entities.basic;

import jakarta.persistence.AttributeConverter;

public class YesNo implements AttributeConverter<Boolean, Character> {
    @Override
    public Character convertToDatabaseColumn(Boolean value) {
        return value ? 'Y' : 'N';
    }

    @Override
    public Boolean convertToEntityAttribute(Character value) {
        return value == 'Y';
    }
}
