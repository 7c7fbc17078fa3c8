package dev.retort.jpa.hibernate.pagila;


public class RatingConverter extends CodeConverter<MpaaRating> {
    @Override
    public MpaaRating convertToEntityAttribute(String code) {
        return code == null ? null : MpaaRating.valueOf(code);
    }
}
