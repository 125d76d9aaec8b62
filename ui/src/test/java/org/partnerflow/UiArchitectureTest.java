package org.partnerflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.partnerflow.testsupport.Boundaries;
import org.springframework.data.repository.Repository;

/**
 * The boundaries with the views (docs/architecture.md, "Boundaries"): app and ui classes together,
 * as they share the feature packages. app's {@code ArchitectureTest} checks the core alone.
 */
class UiArchitectureTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter().withImportOption(Boundaries.PRODUCTION)
            .importPackages("org.partnerflow");
    /** With every test of app and ui: what decides whether a repository needs to be public. */

    static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe("Spring Data repositories",
            c -> c.isInterface() && c.isAssignableTo(Repository.class) && c.getPackageName().startsWith("org.partnerflow"));

    /** As in app's ArchitectureTest: views too see only the engine's public API (docs/architecture.md, "After Camunda 7"). */
    @Test
    void viewsSeeOnlyTheEnginesPublicApi() {
        noClasses().that().resideOutsideOfPackages(Boundaries.ENGINE_INTEGRATION)
                .should().dependOnClassesThat(DescribedPredicate.describe("are engine types outside its public API",
                        (JavaClass c) -> c.getPackageName().startsWith("org.camunda")
                                && !Boundaries.ENGINE_PUBLIC_API.contains(c.getPackageName())))
                .check(PRODUCTION);
    }

    @Test
    void featurePackagesFormNoCycleViewsIncluded() {
        slices().matching("org.partnerflow.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theAuditAndTheEngineIntegrationDependOnNoFeatureViewsIncluded() {
        noClasses().that().resideInAnyPackage("org.partnerflow.audit..", "org.partnerflow.workflow..", "org.partnerflow.identity..",
                        "org.partnerflow.words..", "org.partnerflow.notification..", "org.partnerflow.calendar..",
                        "org.partnerflow.operations..")
                .should().dependOnClassesThat().resideInAnyPackage(Boundaries.FEATURES)
                .because("the audit's pages show any feature's record through AuditedRecords; retention is the referral's page")
                .check(PRODUCTION);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat(REPOSITORIES)
                .because("a view asks its feature's services, which decide what it may read")
                .check(PRODUCTION);
    }
}
