package dev.retort.junit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Platform engine {@code retort-migrations}: finds the classes annotated with
 * {@link RetortMigrationTests} among those a build or an IDE selects, and runs the kit's checks on each, every
 * revision's round trip as a test of its own.
 */
public final class RetortTestEngine implements TestEngine {
    public static final String ENGINE_ID = "retort-migrations";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Retort migrations");
        EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                .addClassContainerSelectorResolver(c -> c.isAnnotationPresent(RetortMigrationTests.class))
                .addSelectorResolver(new ClassResolver())
                .build()
                .resolve(request, engine);
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        for (TestDescriptor child : List.copyOf(root.getChildren())) {
            new ClassRun((ClassDescriptor) child, listener).run();
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    /** A selected class, when annotated, with one child per check it asks for. */
    private static final class ClassResolver implements SelectorResolver {
        @Override
        public Resolution resolve(ClassSelector selector, Context context) {
            Class<?> type = selector.getJavaClass();
            RetortMigrationTests annotation = type.getAnnotation(RetortMigrationTests.class);
            if (annotation == null) {
                return Resolution.unresolved();
            }
            Optional<ClassDescriptor> descriptor = context.addToParent(parent -> Optional.of(
                    new ClassDescriptor(parent.getUniqueId().append("class", type.getName()), type, annotation)));
            return descriptor.map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
        }
    }

    /**
     * A class: a test per check, and a test per revision for the round trip, registered when the scripts are read
     * (flat under the class, so that Surefire's reports list them with the class).
     */
    static final class ClassDescriptor extends AbstractTestDescriptor {
        final Class<?> type;
        final Set<MigrationCheck> checks;

        ClassDescriptor(UniqueId id, Class<?> type, RetortMigrationTests annotation) {
            super(id, type.getSimpleName(), ClassSource.from(type));
            this.type = type;
            this.checks = annotation.checks().length == 0 ? EnumSet.allOf(MigrationCheck.class)
                    : EnumSet.copyOf(List.of(annotation.checks()));
            for (MigrationCheck check : checks) {
                if (check != MigrationCheck.ROUND_TRIP) {
                    addChild(new CheckDescriptor(id.append("check", check.name()), type, check));
                }
            }
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }

        @Override
        public boolean mayRegisterTests() {
            return checks.contains(MigrationCheck.ROUND_TRIP);
        }

        CheckDescriptor child(MigrationCheck check) {
            return getChildren().stream().map(CheckDescriptor.class::cast).filter(c -> c.check == check).findFirst()
                    .orElseThrow();
        }
    }

    static final class CheckDescriptor extends AbstractTestDescriptor {
        final MigrationCheck check;

        CheckDescriptor(UniqueId id, Class<?> type, MigrationCheck check) {
            // A method source, though no such method exists: Surefire and IDEs name a test by its method.
            super(id, check.displayName(), MethodSource.from(type.getName(), check.displayName()));
            this.check = check;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }

    static final class DynamicDescriptor extends AbstractTestDescriptor {
        DynamicDescriptor(UniqueId id, String name, Class<?> type) {
            super(id, name, MethodSource.from(type.getName(), name));
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }

    /** Runs one class's checks, reporting each to the platform. */
    private record ClassRun(ClassDescriptor descriptor, EngineExecutionListener listener) {
        void run() {
            listener.executionStarted(descriptor);
            MigrationKit kit;
            try {
                kit = KitFactory.create(descriptor.type);
            } catch (TestAbortedException e) {
                listener.executionFinished(descriptor, TestExecutionResult.aborted(e));
                return;
            } catch (Throwable t) {
                listener.executionFinished(descriptor, TestExecutionResult.failed(t));
                return;
            }
            Set<MigrationCheck> applicable = kit.applicableChecks();
            for (MigrationCheck check : descriptor.checks) {
                if (check == MigrationCheck.ROUND_TRIP) {
                    roundTrips(kit);
                } else if (!applicable.contains(check)) {
                    listener.executionSkipped(descriptor.child(check), check == MigrationCheck.MODELS_MATCH
                            ? "the kit has no models" : "the kit has no data fixtures");
                } else {
                    report(descriptor.child(check), () -> kit.run(check));
                }
            }
            listener.executionFinished(descriptor, TestExecutionResult.successful());
        }

        /** One database for all revisions, oldest first; after a failure the rest are skipped, the database being unknown. */
        private void roundTrips(MigrationKit kit) {
            Checks.RoundTrips trips;
            List<String> revisions;
            try {
                trips = new Checks(kit).roundTrips();
                revisions = trips.revisions();
            } catch (Throwable t) {
                TestDescriptor test = register("setup", "round trip");
                listener.executionStarted(test);
                listener.executionFinished(test, TestExecutionResult.failed(t));
                return;
            }
            try (trips) {
                String failed = null;
                for (String revision : revisions) {
                    TestDescriptor test = register("revision:" + revision, "round trip " + revision);
                    if (failed != null) {
                        listener.executionSkipped(test, "the round trip of revision " + failed + " failed before it");
                    } else if (!report(test, () -> trips.roundTrip(revision))) {
                        failed = revision;
                    }
                }
            }
        }

        private TestDescriptor register(String segment, String name) {
            TestDescriptor test = new DynamicDescriptor(descriptor.getUniqueId().append("round-trip", segment), name,
                    descriptor.type);
            descriptor.addChild(test);
            listener.dynamicTestRegistered(test);
            return test;
        }

        private boolean report(TestDescriptor test, Runnable body) {
            listener.executionStarted(test);
            try {
                body.run();
            } catch (TestAbortedException e) {
                listener.executionFinished(test, TestExecutionResult.aborted(e));
                return false;
            } catch (Throwable t) {
                listener.executionFinished(test, TestExecutionResult.failed(t));
                return false;
            }
            listener.executionFinished(test, TestExecutionResult.successful());
            return true;
        }
    }
}
