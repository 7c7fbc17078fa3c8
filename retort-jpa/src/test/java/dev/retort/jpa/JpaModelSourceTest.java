package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.jpa.broken.Broken;
import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpaModelSourceTest {
    private static final ClassLoader LOADER = JpaModelSourceTest.class.getClassLoader();

    private static Schema scan(String pkg) {
        return JpaModelSource.ofPackages(LOADER, List.of(), List.of("dev.retort.jpa.entities." + pkg)).load();
    }

    private static Column col(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static Column notNull(String name, ColumnType type) {
        return Column.of(name, type).notNull();
    }

    @Test
    void basicMappings() {
        Table plan = Table.builder("subscription_plan").schema("billing")
                .column(notNull("id", ColumnType.bigint()).withAutoIncrement(true))
                .column(col("version", ColumnType.bigint()))
                .column(col("created_at", ColumnType.timestamp(true)))
                .column(notNull("name", ColumnType.varchar(50)))
                .column(notNull("monthly_token_limit", ColumnType.integer()))
                .column(col("tier", ColumnType.varchar(10)))
                .column(col("ordinal_tier", ColumnType.smallint()))
                .column(col("price", ColumnType.numeric(10, 2)))
                .column(col("discount", ColumnType.numeric(38, 2)))
                .column(notNull("active", ColumnType.bool()))
                .column(col("trial", ColumnType.bool()))
                .column(notNull("ratio", ColumnType.doublePrecision()))
                .column(notNull("weight", ColumnType.real()))
                .column(notNull("rank", ColumnType.smallint()))
                .column(notNull("code", ColumnType.fixedChar(1)))
                .column(col("starts_on", ColumnType.date()))
                .column(col("daily_reset", ColumnType.time(false)))
                .column(col("local_created", ColumnType.timestamp(false)))
                .column(col("offset_at", ColumnType.timestamp(true)))
                .column(col("zoned_at", ColumnType.timestamp(true)))
                .column(col("public_id", ColumnType.uuid()))
                .column(col("logo", ColumnType.binary()))
                .column(col("terms", ColumnType.text()))
                .column(col("pdf", ColumnType.binary()))
                .column(col("feature_set", ColumnType.other("jsonb")))
                .column(col("legacy", ColumnType.fixedChar(1)))
                .column(col("legacy_date", ColumnType.date()))
                .column(notNull("slug", ColumnType.varchar(255)))
                .primaryKey(new PrimaryKey("pk_subscription_plan", List.of("id")))
                .unique(new UniqueConstraint("uq_subscription_plan_name", List.of("name")))
                .unique(new UniqueConstraint("uq_subscription_plan_name_tier", List.of("name", "tier")))
                .index(Index.on("ix_subscription_plan_starts_on_monthly_token_limit", "starts_on", "monthly_token_limit"))
                .index(Index.uniqueOn("ux_plan_code", "code"))
                // Hibernate 6.6's enum checks (STRING: the names; ORDINAL: the range)
                .check(new CheckConstraint("ck_subscription_plan_tier", "tier in ('FREE','PRO')"))
                .check(new CheckConstraint("ck_subscription_plan_ordinal_tier", "ordinal_tier between 0 and 1"))
                .build();
        assertEquals(new Schema(List.of(plan)), scan("basic"));
    }

    @Test
    void relationsEmbeddablesAndJoinTables() {
        Table memberRoles = Table.builder("member_roles")
                .column(notNull("member_id", ColumnType.bigint()))
                .column(notNull("role_code", ColumnType.varchar(20)))
                .primaryKey(new PrimaryKey("pk_member_roles", List.of("member_id", "role_code")))
                .foreignKey(ForeignKey.of("fk_member_roles_member_id_members", List.of("member_id"), "members", List.of("id")))
                .foreignKey(ForeignKey.of("fk_member_roles_role_code_role", List.of("role_code"), "role", List.of("code")))
                .build();
        Table members = Table.builder("members")
                .column(notNull("id", ColumnType.bigint()))
                .column(notNull("team_id", ColumnType.bigint()))
                .column(col("referrer", ColumnType.bigint()))
                .column(col("street", ColumnType.varchar(255)))
                .column(col("postal_code", ColumnType.varchar(10)))
                .column(notNull("billing_street", ColumnType.varchar(255)))
                .column(col("billing_postal_code", ColumnType.varchar(12)))
                .primaryKey(new PrimaryKey("pk_members", List.of("id")))
                .foreignKey(ForeignKey.of("fk_members_team_id_teams", List.of("team_id"), "teams", List.of("id")))
                .foreignKey(ForeignKey.of("fk_members_referrer", List.of("referrer"), "members", List.of("id")))
                .build();
        Table membersTags = Table.builder("members_tags")
                .column(notNull("member_id", ColumnType.bigint()))
                .column(notNull("tags_id", ColumnType.bigint()))
                .foreignKey(ForeignKey.of("fk_members_tags_member_id_members", List.of("member_id"), "members", List.of("id")))
                .foreignKey(ForeignKey.of("fk_members_tags_tags_id_tag", List.of("tags_id"), "tag", List.of("id")))
                .build();
        Table orderLines = Table.builder("order_lines")
                .column(notNull("order_id", ColumnType.bigint()))
                .column(notNull("line_no", ColumnType.integer()))
                .column(col("parent_order", ColumnType.bigint()))
                .column(col("parent_line", ColumnType.integer()))
                .column(col("tag_id", ColumnType.bigint()))
                .primaryKey(new PrimaryKey("pk_order_lines", List.of("order_id", "line_no")))
                .foreignKey(ForeignKey.of("fk_order_lines_parent_order_parent_line_order_lines",
                        List.of("parent_order", "parent_line"), "order_lines", List.of("order_id", "line_no")))
                .build();
        Table profile = Table.builder("profile")
                .column(notNull("id", ColumnType.integer()))
                .column(notNull("owner_id", ColumnType.bigint()))
                .primaryKey(new PrimaryKey("pk_profile", List.of("id")))
                .unique(new UniqueConstraint("uq_profile_owner_id", List.of("owner_id")))
                .foreignKey(ForeignKey.of("fk_profile_owner_id_members", List.of("owner_id"), "members", List.of("id")))
                .build();
        Table role = Table.builder("role")
                .column(notNull("code", ColumnType.varchar(20)))
                .primaryKey(new PrimaryKey("pk_role", List.of("code")))
                .build();
        Table tag = Table.builder("tag")
                .column(notNull("id", ColumnType.bigint()))
                .column(col("label", ColumnType.varchar(255)))
                .primaryKey(new PrimaryKey("pk_tag", List.of("id")))
                .build();
        Table teams = Table.builder("teams")
                .column(notNull("id", ColumnType.bigint()).withAutoIncrement(true))
                .column(col("name", ColumnType.varchar(255)))
                .primaryKey(new PrimaryKey("pk_teams", List.of("id")))
                .build();
        // Tag's bare @GeneratedValue(strategy = SEQUENCE): Hibernate 6's tag_SEQ, lower-cased by Spring's naming
        assertEquals(new Schema(List.of(memberRoles, members, membersTags, orderLines, profile, role, tag, teams),
                List.of(new Sequence(null, "tag_seq", 1, 50))), scan("relations"));
    }

    private static Schema inheritance() {
        Table car = Table.builder("car")
                .column(notNull("vehicle_id", ColumnType.bigint()))
                .column(notNull("doors", ColumnType.integer()))
                .primaryKey(new PrimaryKey("pk_car", List.of("vehicle_id")))
                .foreignKey(ForeignKey.of("fk_car_vehicle_id_vehicle", List.of("vehicle_id"), "vehicle", List.of("id")))
                .build();
        Table payment = Table.builder("payment")
                .column(notNull("id", ColumnType.bigint()))
                .column(notNull("dtype", ColumnType.varchar(31)))
                .column(col("amount", ColumnType.numeric(38, 2)))
                .column(col("last4", ColumnType.varchar(4)))
                .primaryKey(new PrimaryKey("pk_payment", List.of("id")))
                .build();
        Table vehicle = Table.builder("vehicle")
                .column(notNull("id", ColumnType.bigint()).withAutoIncrement(true))
                .column(col("make", ColumnType.varchar(255)))
                .primaryKey(new PrimaryKey("pk_vehicle", List.of("id")))
                .build();
        return new Schema(List.of(car, payment, vehicle));
    }

    @Test
    void singleTableAndJoinedInheritance() {
        assertEquals(inheritance(), scan("inheritance"));
    }

    @Test
    void modelPackagesFindRetortJpaThroughTheServiceLoader() throws Exception {
        Path testClasses = Path.of(JpaModelSourceTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Schema schema = ModelSources.of(ModelConfig.packages(List.of(testClasses), "dev.retort.jpa.entities.inheritance")).load();
        assertEquals(inheritance(), schema);
    }

    @Test
    void anEmptyScanSaysWhereItLooked() {
        RetortException e = assertThrows(RetortException.class,
                () -> JpaModelSource.ofPackages(LOADER, List.of(), List.of("dev.retort.jpa.nothing")).load());
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("no @Entity classes in model_packages dev.retort.jpa.nothing; check the package names and that"
                + " the classes are compiled", e.getMessage());
    }

    @Test
    void mistakesNameTheEntityAndTheFix() {
        assertEquals("entity dev.retort.jpa.broken.Broken$NoId has no @Id field; Retort reads field access only:"
                + " put @Id (or @EmbeddedId) on a field", error(Broken.NoId.class));
        assertEquals("entity dev.retort.jpa.broken.Broken$OddType field timeout: no portable column type for"
                + " java.time.Duration; add @Column(columnDefinition = \"...\"), an @Convert, or @Transient",
                error(Broken.OddType.class));
        assertEquals("entity dev.retort.jpa.broken.Broken$TwoAddresses: table two_addresses has column street twice;"
                + " rename one with @Column(name), or with @AttributeOverride for an embeddable used twice",
                error(Broken.TwoAddresses.class));
        assertEquals("entity dev.retort.jpa.broken.Broken$UnknownTarget field other refers to"
                + " dev.retort.jpa.broken.Broken$NoId, which is not an @Entity of model_packages;"
                + " add its package to model_packages", error(Broken.UnknownTarget.class));
    }

    private static String error(Class<?> entity) {
        RetortException e = assertThrows(RetortException.class, () -> JpaModelSource.ofClasses(entity).load());
        assertEquals(ErrorCode.CONFIG, e.code());
        return e.getMessage();
    }

    @Test
    void sequenceKeysGetTheSequencesHibernateCreates() {
        Schema ledger = JpaModelSource.ofClasses(dev.retort.jpa.hibernate.ledger.Journal.class,
                dev.retort.jpa.hibernate.ledger.Posting.class).load();
        // @SequenceGenerator(sequenceName = "journal_seq", allocationSize = 20); a bare SEQUENCE: <table>_SEQ by 50
        assertEquals(List.of(new Sequence(null, "journal_seq", 1, 20), new Sequence(null, "postings_seq", 1, 50)),
                ledger.sequences());
        assertEquals(col("id", ColumnType.bigint()).notNull(), ledger.table("postings").orElseThrow().column("id").orElseThrow(),
                "the key is a plain bigint: the sequence fills it, not the column");
        Schema hibernateNaming = JpaModelSource.ofClasses(dev.retort.jpa.hibernate.ledger.Posting.class,
                dev.retort.jpa.hibernate.ledger.Journal.class)
                .with(JpaSettings.defaults().withNaming(JpaSettings.Naming.HIBERNATE).withDialect("mariadb")).load();
        assertEquals(List.of("journal_seq", "postings_SEQ"), hibernateNaming.sequences().stream().map(Sequence::name).toList());
    }

    @Test
    void oneDirectionalOneToManyWithJoinColumnPutsTheKeyOnTheManySide() {
        Schema schema = scan("onetomany");
        Table pets = schema.table("pets").orElseThrow();
        assertEquals(col("owner_id", ColumnType.bigint()), pets.column("owner_id").orElseThrow());
        assertEquals(List.of(new ForeignKey("fk_pets_owner_id_owners", List.of("owner_id"), null, "owners",
                List.of("id"), null, null)), pets.foreignKeys());
        Table visits = schema.table("visits").orElseThrow();
        assertEquals(notNull("vet_owner", ColumnType.bigint()), visits.column("vet_owner").orElseThrow());
        assertEquals(List.of("id", "name"), schema.table("owners").orElseThrow().columns().stream()
                .map(Column::name).toList());
    }
}
