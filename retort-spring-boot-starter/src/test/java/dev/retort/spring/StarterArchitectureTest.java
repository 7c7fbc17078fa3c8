package dev.retort.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starter is an application of Retort's public API: it imports only the packages retort-core exports. */
class StarterArchitectureTest {
    private static final String[] EXPORTED = {"dev.retort", "dev.retort.error", "dev.retort.op", "dev.retort.schema",
            "dev.retort.model", "dev.retort.config"};

    @Test
    void theStarterUsesOnlyRetortCoresExportedPackages() {
        JavaClasses starter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort.spring");
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("are in retort-core outside its exported packages",
                (JavaClass c) -> c.getPackageName().startsWith("dev.retort") && !c.getPackageName().startsWith("dev.retort.spring")
                        && !List.of(EXPORTED).contains(c.getPackageName())))
                .check(starter);
    }
}
