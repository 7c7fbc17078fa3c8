package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeLinesTest {
    @Test
    void alembicsWords() {
        assertEquals("Detected added column 'users.phone'", ChangeLines.detected("+ column users.phone"));
        assertEquals("Detected removed table 'legacy'", ChangeLines.detected("- table legacy"));
        assertEquals("Detected type change from varchar(50) to varchar(80) on 'plans.name'",
                ChangeLines.detected("~ column plans.name type varchar(50) -> varchar(80)"));
        assertEquals("Detected changed column 'users.email': nullable -> not null",
                ChangeLines.detected("~ column users.email nullable -> not null"));
        assertEquals("Detected added index ix_users_phone on users (phone)",
                ChangeLines.detected("+ index ix_users_phone on users (phone)"));
        assertEquals("Detected something else", ChangeLines.detected("something else"));
    }
}
