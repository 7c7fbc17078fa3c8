package dev.retort.autogenerate;

import dev.retort.autogenerate.Steps.Phase;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The differences in one table's unique constraints, indexes, foreign keys and checks. Parts are matched by
 * name, and a part without a name, or (unless {@code compareNames}) a part whose name the other side lacks, by
 * what it is: columns, referenced table and columns and actions, uniqueness, expressions and predicate. So a
 * key PostgreSQL named {@code pets_type_id_fkey} is the model's {@code fk_pets_type_id_types}. A unique index and a unique constraint of the same name
 * and columns are the same thing (MariaDB reports every unique index as a constraint). A changed part is
 * dropped and created again; a check whose expression reads differently is only noted, since databases
 * re-spell expressions beyond what can be compared.
 */
final class ConstraintComparator {
    private final Equivalence same;
    private final Steps steps;
    private final String schema;
    private final boolean compareNames;

    /** {@code compareNames} false: a part the other side has under another name is the same part. */
    ConstraintComparator(Equivalence same, Steps steps, String schema, boolean compareNames) {
        this.same = same;
        this.steps = steps;
        this.schema = schema;
        this.compareNames = compareNames;
    }

    /** A desired and an actual part that are one thing. */
    private record Pair<T>(T desired, T actual) {
    }

    /** The pairs, and what neither side matched. */
    private record Matched<T>(List<Pair<T>> pairs, List<T> onlyDesired, List<T> onlyActual) {
    }

    void compare(Table desired, Table actual) {
        String t = desired.name();
        List<UniqueConstraint> wantUniques = new ArrayList<>(desired.uniques());
        List<UniqueConstraint> haveUniques = new ArrayList<>(actual.uniques());
        List<Index> wantIndexes = new ArrayList<>(desired.indexes());
        List<Index> haveIndexes = new ArrayList<>(actual.indexes());
        crossMatch(wantUniques, haveIndexes);
        crossMatch(haveUniques, wantIndexes);
        uniques(t, wantUniques, haveUniques);
        indexes(t, wantIndexes, haveIndexes);
        foreignKeys(t, desired.foreignKeys(), actual.foreignKeys());
        checks(t, desired.checks(), actual.checks());
    }

    // A unique constraint on one side and a plain unique index of the same name and columns on the other.
    private void crossMatch(List<UniqueConstraint> uniques, List<Index> indexes) {
        for (Iterator<UniqueConstraint> it = uniques.iterator(); it.hasNext(); ) {
            UniqueConstraint u = it.next();
            if ((u.name() != null || !compareNames) && indexes.removeIf(i -> (!compareNames || i.name().equals(u.name()))
                    && i.unique() && i.columns().equals(u.columns()) && i.expressions().isEmpty() && i.where() == null)) {
                it.remove();
            }
        }
    }

    private void uniques(String t, List<UniqueConstraint> want, List<UniqueConstraint> have) {
        Matched<UniqueConstraint> m = match(want, have, UniqueConstraint::name,
                (a, b) -> a.columns().equals(b.columns()));
        for (Pair<UniqueConstraint> pair : m.pairs()) {
            if (!pair.desired().columns().equals(pair.actual().columns())) {
                dropUnique(t, pair.actual());
                createUnique(t, pair.desired());
            }
        }
        m.onlyActual().forEach(u -> dropUnique(t, u));
        m.onlyDesired().forEach(u -> createUnique(t, u));
    }

    private void dropUnique(String t, UniqueConstraint u) {
        if (u.name() == null) {
            steps.note("table " + t + " has an unnamed unique constraint on " + u.columns() + " that the models do not "
                    + "declare: it cannot be dropped without its name; drop it by hand");
            return;
        }
        steps.add(Phase.DROP_CONSTRAINTS, new DropConstraint(schema, t, u.name(), ConstraintKind.UNIQUE,
                new CreateUniqueConstraint(schema, t, u)), Summary.unique('-', t, u));
    }

    private void createUnique(String t, UniqueConstraint u) {
        steps.add(Phase.CREATE_CONSTRAINTS, new CreateUniqueConstraint(schema, t, u), Summary.unique('+', t, u));
    }

    private void indexes(String t, List<Index> want, List<Index> have) {
        Matched<Index> m = match(want, have, Index::name, same::sameIndex);
        for (Pair<Index> pair : m.pairs()) {
            if (!same.sameIndex(pair.desired(), pair.actual())) {
                dropIndex(t, pair.actual());
                createIndex(t, pair.desired());
            }
        }
        m.onlyActual().forEach(i -> dropIndex(t, i));
        m.onlyDesired().forEach(i -> createIndex(t, i));
    }

    private void dropIndex(String t, Index i) {
        steps.add(Phase.DROP_CONSTRAINTS, new DropIndex(schema, t, i.name(), i, false), Summary.index('-', t, i));
    }

    private void createIndex(String t, Index i) {
        steps.add(Phase.CREATE_CONSTRAINTS, new CreateIndex(schema, t, i, false), Summary.index('+', t, i));
    }

    private void foreignKeys(String t, List<ForeignKey> want, List<ForeignKey> have) {
        Matched<ForeignKey> m = match(want, have, ForeignKey::name, (a, b) -> a.columns().equals(b.columns())
                && a.referencedTable().equals(b.referencedTable())
                && (compareNames || same.sameForeignKey(a, b)));
        for (Pair<ForeignKey> pair : m.pairs()) {
            if (!same.sameForeignKey(pair.desired(), pair.actual())) {
                dropForeignKey(t, pair.actual());
                createForeignKey(t, pair.desired());
            }
        }
        m.onlyActual().forEach(k -> dropForeignKey(t, k));
        m.onlyDesired().forEach(k -> createForeignKey(t, k));
    }

    void dropForeignKey(String t, ForeignKey k) {
        if (k.name() == null) {
            steps.note("table " + t + " has an unnamed foreign key on " + k.columns() + " that the models do not "
                    + "declare: it cannot be dropped without its name; drop it by hand");
            return;
        }
        steps.add(Phase.DROP_FOREIGN_KEYS, new DropConstraint(schema, t, k.name(), ConstraintKind.FOREIGN_KEY,
                new CreateForeignKey(schema, t, k)), Summary.foreignKey('-', t, k));
    }

    void createForeignKey(String t, ForeignKey k) {
        steps.add(Phase.CREATE_FOREIGN_KEYS, new CreateForeignKey(schema, t, k), Summary.foreignKey('+', t, k));
    }

    private void checks(String t, List<CheckConstraint> want, List<CheckConstraint> have) {
        Matched<CheckConstraint> m = match(want, have, CheckConstraint::name,
                (a, b) -> same.sameCheck(a.expression(), b.expression()));
        for (Pair<CheckConstraint> pair : m.pairs()) {
            if (!same.sameCheck(pair.desired().expression(), pair.actual().expression())) {
                steps.note("check " + pair.desired().name() + " on " + t + " reads (" + pair.actual().expression()
                        + ") in the database and (" + pair.desired().expression() + ") in the models; autogenerate cannot tell "
                        + "whether they mean the same: if they do not, drop and create it by hand");
            }
        }
        for (CheckConstraint c : m.onlyActual()) {
            // An unnamed check is one the database derived (SQLite's enums) or one no migration can name.
            if (c.name() != null) {
                steps.add(Phase.DROP_CONSTRAINTS, new DropConstraint(schema, t, c.name(), ConstraintKind.CHECK,
                        new CreateCheckConstraint(schema, t, c)), Summary.check('-', t, c.name(), c.expression()));
            }
        }
        for (CheckConstraint c : m.onlyDesired()) {
            steps.add(Phase.CREATE_CONSTRAINTS, new CreateCheckConstraint(schema, t, c),
                    Summary.check('+', t, c.name(), c.expression()));
        }
    }

    /**
     * Pairs parts of the same name; then a part without a name with the first part of the other side, itself
     * unmatched, that {@code sameTarget} accepts; unless names are compared, then any part left with the first
     * unmatched part of the other side that {@code sameTarget} accepts (so a part named differently is the same).
     */
    private <T> Matched<T> match(List<T> want, List<T> have, Function<T, String> name, BiPredicate<T, T> sameTarget) {
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> onlyWant = new ArrayList<>();
        List<T> restHave = new ArrayList<>(have);
        List<T> unnamed = new ArrayList<>();
        for (T w : want) {
            String n = name.apply(w);
            T h = n == null ? null : restHave.stream().filter(x -> n.equals(name.apply(x))).findFirst().orElse(null);
            if (h != null) {
                restHave.remove(h);
                pairs.add(new Pair<>(w, h));
            } else if (n == null) {
                unnamed.add(w);
            } else {
                onlyWant.add(w);
            }
        }
        // Unnamed models match whatever the database called it; unnamed database parts match named models.
        for (T w : unnamed) {
            T h = restHave.stream().filter(x -> sameTarget.test(w, x)).findFirst().orElse(null);
            if (h != null) {
                restHave.remove(h);
                pairs.add(new Pair<>(w, h));
            } else {
                onlyWant.add(w);
            }
        }
        for (Iterator<T> it = onlyWant.iterator(); it.hasNext(); ) {
            T w = it.next();
            T h = restHave.stream().filter(x -> (name.apply(x) == null || !compareNames) && sameTarget.test(w, x))
                    .findFirst().orElse(null);
            if (h != null) {
                restHave.remove(h);
                pairs.add(new Pair<>(w, h));
                it.remove();
            }
        }
        return new Matched<>(pairs, onlyWant, restHave);
    }
}
