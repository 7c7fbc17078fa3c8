package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhysicalNamingTest {

    @ParameterizedTest
    @CsvSource({
            "monthlyTokenLimit, monthly_token_limit",
            "OrderLine, order_line",
            "userID, userid",
            "HTTPServer, httpserver",
            "address.postalCode, address_postal_code",
            "already_snake, already_snake",
            "`Order`, Order",
            "'\"Mixed\"', Mixed"})
    void springBootDefaults(String logical, String physical) {
        assertEquals(physical, PhysicalNaming.apply(logical));
    }
}
