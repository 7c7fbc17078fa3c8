package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

    @Test
    void alembicStyleNames() {
        assertEquals("pk_users", NamingConvention.primaryKey("users"));
        assertEquals("uq_users_email", NamingConvention.unique("users", List.of("email")));
        assertEquals("ix_users_last_name_first_name", NamingConvention.index("users", List.of("last_name", "first_name")));
        assertEquals("fk_users_plan_id_plans", NamingConvention.foreignKey("users", List.of("plan_id"), "plans"));
        assertEquals("ck_plans_positive_limit", NamingConvention.check("plans", "positive_limit"));
        assertEquals("ck_plans_positive_limit", NamingConvention.check("plans", "ck_plans_positive_limit"),
                "a check named as a migration names it keeps its name");
    }

    @Test
    void longNamesAreCutWithAStableHash() {
        String name = NamingConvention.foreignKey("subscription_invoice_line_items",
                List.of("subscription_invoice_id", "line_number"), "subscription_invoices");
        assertEquals(63, name.length());
        assertEquals("fk_subscription_invoice_line_items_subscription_invoic_", name.substring(0, 63 - 8));
        assertEquals(name, NamingConvention.foreignKey("subscription_invoice_line_items",
                List.of("subscription_invoice_id", "line_number"), "subscription_invoices"));
        String sibling = NamingConvention.foreignKey("subscription_invoice_line_items",
                List.of("subscription_invoice_id", "line_kind"), "subscription_invoices");
        assertEquals(name.substring(0, 54), sibling.substring(0, 54));
        assertEquals(false, name.equals(sibling));
    }
}
