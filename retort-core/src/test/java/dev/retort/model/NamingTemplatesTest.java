package dev.retort.model;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's naming_convention templates, as Alembic's, rename what the models leave unnamed, and only that. */
class NamingTemplatesTest {

    private static Schema model() {
        return schema(
                table("plans",
                        column("id", bigint()).primaryKey(),
                        column("name", varchar(50)).notNull().unique(),
                        column("monthly_token_limit", integer()).notNull(),
                        check("positive_limit", "monthly_token_limit > 0")),
                table("users",
                        column("id", bigint()).primaryKey(),
                        column("email", varchar(100)).notNull(),
                        column("plan_id", bigint()).notNull().references("plans", "id").index(),
                        index("users_email_lookup", "email")));
    }

    @Test
    void eachKindIsNamedByItsTemplate() {
        NamingTemplates names = NamingTemplates.of(Map.of(
                "naming_convention.pk", "%(table_name)s_pkey",
                "naming_convention.uq", "%(table_name)s_%(column_0_N_name)s_key",
                "naming_convention.ix", "idx_%(table_name)s_%(column_0_name)s",
                "naming_convention.fk", "%(table_name)s_%(column_0_name)s_fkey_%(referred_table_name)s",
                "naming_convention.ck", "chk_%(table_name)s_%(constraint_name)s"));
        Schema named = names.apply(model());
        Table plans = named.table(null, "plans").orElseThrow();
        Table users = named.table(null, "users").orElseThrow();
        assertEquals("plans_pkey", plans.primaryKey().name());
        assertEquals(List.of("plans_name_key"), plans.uniques().stream().map(UniqueConstraint::name).toList());
        assertEquals(List.of("chk_plans_positive_limit"), plans.checks().stream().map(CheckConstraint::name).toList());
        assertEquals(List.of("users_plan_id_fkey_plans"), users.foreignKeys().stream().map(ForeignKey::name).toList());
        // the index the model named keeps its name; the unnamed one follows the template
        assertEquals(List.of("idx_users_plan_id", "users_email_lookup"),
                users.indexes().stream().map(Index::name).sorted().toList());
    }

    @Test
    void kindsWithoutATemplateKeepRetortsNames() {
        Schema named = NamingTemplates.of(Map.of("naming_convention.fk", "fk_%(table_name)s_%(referred_table_name)s"))
                .apply(model());
        Table users = named.table(null, "users").orElseThrow();
        assertEquals("pk_users", users.primaryKey().name());
        assertEquals("fk_users_plans", users.foreignKeys().get(0).name());
        assertEquals(model(), NamingTemplates.of(Map.of()).apply(model()));
    }

    @Test
    void aLongNameIsCutAsRetortsOwnAre() {
        Schema named = NamingTemplates.of(Map.of("naming_convention.uq",
                "a_very_long_prefix_that_goes_on_and_on_and_on_and_on_%(table_name)s_%(column_0_N_name)s_key")).apply(model());
        String name = named.table(null, "plans").orElseThrow().uniques().get(0).name();
        assertEquals(NamingConvention.MAX_LENGTH, name.length(), name);
    }

    @Test
    void aBadTemplateIsAConfigurationErrorNamingTheKey() {
        RetortException unknownKind = assertThrows(RetortException.class,
                () -> NamingTemplates.of(Map.of("naming_convention.idx", "i_%(table_name)s")));
        assertEquals("naming_convention.idx: unknown kind 'idx'; use one of [pk, uq, ix, fk, ck]", unknownKind.getMessage());
        RetortException badToken = assertThrows(RetortException.class,
                () -> NamingTemplates.of(Map.of("naming_convention.uq", "uq_%(referred_table_name)s")));
        assertEquals(true, badToken.getMessage().startsWith("naming_convention.uq: token %(referred_table_name)s has no value"),
                badToken.getMessage());
        // read from retort.properties: the error comes before any model is read
        assertThrows(RetortException.class, () -> ModelConfig.fromProperties(Map.of(ModelConfig.CLASS_KEY, "x.Y",
                "naming_convention.zz", "x"), Path.of(".")));
    }

    @Test
    void theTemplatesReachTheModelsThroughTheConfiguration() {
        ModelConfig config = ModelConfig.fromProperties(Map.of(ModelConfig.CLASS_KEY, "x.Y",
                "naming_convention.pk", "%(table_name)s_pkey"), Path.of(".")).orElseThrow();
        assertEquals(Map.of("naming_convention.pk", "%(table_name)s_pkey"), config.settings());
    }
}
