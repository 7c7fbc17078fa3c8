package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.Ddl;
import dev.retort.Op;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.op.TableDsl;
import dev.retort.schema.Table;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table written the same way, word for word, in a model ({@code import static dev.retort.model.Dsl.*;}) and in a
 * migration script ({@code import static dev.retort.Ddl.*;}) is the same {@link Table}, for every kind of element.
 * The same text is compiled under each import, as users copy it between the two.
 */
class SameTableDslTest {
    /** Elements by kind, as Java source; every constraint and index named, as autogenerate writes them. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("columns", """
                column("id", bigint()).notNull(), column("name", varchar(40)).serverDefault("'rex'").comment("called"),
                column("weight", numeric(6, 2)), column("seq", bigint()).autoIncrement(), column("tag", varchar()),
                column("kind", enumOf("pet_kind", "cat", "dog")), column("raw", sqlType("tsvector")),
                column("born", timestampWithTimeZone()).nullable(false)""");
        KINDS.put("primaryKey", """
                column("id", bigint()).notNull(), column("code", text()).notNull(),
                primaryKeyOn("id", "code").named("pk_pets")""");
        KINDS.put("unique", """
                column("a", text()), column("b", text()), unique("uq_pets_a_b", "a", "b"),
                column("c", text()).unique("uq_pets_c")""");
        KINDS.put("index", """
                column("a", text()), column("b", integer()), index("ix_pets_a", "a"), uniqueIndex("ux_pets_b", "b"),
                indexOn("a", "b").named("ix_pets_a_b").where("b > 0"),
                index("ix_pets_lower_a", i -> i.expressions("lower(a)").unique()), column("c", text()).index("ix_pets_c")""");
        KINDS.put("foreignKey", """
                column("zoo", text()), column("kind", text()),
                foreignKeyOn("zoo", "kind").references("kinds", "zoo", "kind").named("fk_pets_kind").inSchema("ref")
                        .onDelete(CASCADE).onUpdate(RESTRICT),
                column("vet_id", bigint()).references("vets", "id").foreignKeyName("fk_pets_vet").onDelete(SET_NULL)""");
        KINDS.put("check", """
                column("age", integer()), check("ck_pets_age", "age >= 0")""");
        KINDS.put("tableOptions", """
                inSchema("zoo"), comment("pets we keep"), column("id", bigint())""");
    }

    @TempDir
    static Path dir;
    static ClassLoader compiled;

    /** Methods are named {@code of_<kind>}: a method named {@code index} would hide the imported {@code index(...)}. */
    @BeforeAll
    static void compileTheSameTextAsAModelAndAsAScript() throws Exception {
        StringBuilder model = new StringBuilder("""
                package same; import static dev.retort.model.Dsl.*;
                public class Model {""");
        StringBuilder script = new StringBuilder("""
                package same; import static dev.retort.Ddl.*;
                public class Script {""");
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            model.append("public static dev.retort.schema.Table of_").append(kind.getKey())
                    .append("() { return table(\"pets\", ").append(kind.getValue()).append("); }\n");
            script.append("public static void of_").append(kind.getKey())
                    .append("(dev.retort.Op op) { op.createTable(\"pets\", ").append(kind.getValue()).append("); }\n");
        }
        Path classes = ModelSourcesTest.compile(dir.resolve("classes"), model.append("}").toString(),
                script.append("}").toString());
        compiled = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SameTableDslTest.class.getClassLoader());
    }

    static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aModelTableAndAScriptTableWrittenAlikeAreEqual(String kind) throws Exception {
        Table model = (Table) compiled.loadClass("same.Model").getMethod("of_" + kind).invoke(null);
        List<Operation> applied = new ArrayList<>();
        compiled.loadClass("same.Script").getMethod("of_" + kind, Op.class).invoke(null, recording(applied));
        assertEquals(List.of(new CreateTable(model)), applied);
    }

    @Test
    void unnamedElementsAreNamedByConventionInAModelAndLeftToTheDatabaseInAScript() {
        Table model = Dsl.table("pets",
                Dsl.column("id", Dsl.bigint()).primaryKey(),
                Dsl.column("owner_id", Dsl.bigint()).references("owners", "id").index(),
                Dsl.column("name", Dsl.text()).unique(),
                Dsl.uniqueOn("owner_id", "name"),
                Dsl.foreignKey("name").references("names", "name"),
                Dsl.check("named", "name <> ''"));
        Table script = Ddl.table("pets",
                Ddl.column("id", Ddl.bigint()).notNull(),
                Ddl.column("owner_id", Ddl.bigint()).references("owners", "id").foreignKeyName("fk_pets_owner_id_owners")
                        .index("ix_pets_owner_id"),
                Ddl.column("name", Ddl.text()).unique("uq_pets_name"),
                Ddl.primaryKey("pk_pets", "id"),
                Ddl.unique("uq_pets_owner_id_name", "owner_id", "name"),
                Ddl.foreignKey("fk_pets_name_names", "name").references("names", "name"),
                Ddl.check("ck_pets_named", "name <> ''"));
        assertEquals(script, model);
        Table unnamed = Ddl.table("pets", Ddl.column("id", Ddl.bigint()).primaryKey(), Ddl.column("name", Ddl.text()).unique(),
                Ddl.foreignKeyOn("name").references("names", "name"));
        assertEquals(null, unnamed.primaryKey().name());
        assertEquals(null, unnamed.uniques().get(0).name());
        assertEquals(null, unnamed.foreignKeys().get(0).name());
    }

    @Test
    void aScriptNamesItsIndexes() {
        assertEquals("table pets has an index on [name] without a name; name it, as in index(\"ix_pets_name\", ...)"
                        + " or column(...).index(name)",
                assertThrows(IllegalArgumentException.class, () -> Ddl.table("pets",
                        Ddl.column("name", Ddl.text()).index())).getMessage());
    }

    /** Only what differs by design is declared outside the shared words: a script names its keys first. */
    @Test
    void theScriptAndModelWordsAreTheSharedOnesPlusTheirOwnFew() {
        assertEquals(Set.of("foreignKey", "primaryKey", "row", "table"), ownStaticMethods(Ddl.class));
        assertEquals(Set.of("foreignKey", "primaryKey", "schema", "table"), ownStaticMethods(Dsl.class));
        assertEquals(TableDsl.class, Ddl.class.getSuperclass());
        assertEquals(TableDsl.class, Dsl.class.getSuperclass());
    }

    private static Set<String> ownStaticMethods(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /** An {@link Op} whose every operation lands in {@code applied}. */
    private static Op recording(List<Operation> applied) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("apply")) {
                applied.add((Operation) args[0]);
                return null;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (Op) Proxy.newProxyInstance(Op.class.getClassLoader(), new Class<?>[] {Op.class}, handler);
    }
}
