package org.partnerflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.partnerflow.testsupport.Boundaries;

/**
 * The application core's boundaries (docs/architecture.md, "Boundaries"), checked on its classes.
 * The ui module's {@code UiArchitectureTest} checks the same with the views, and the rules about them.
 */
class ArchitectureTest {

    static final JavaClasses CORE = new ClassFileImporter().withImportOption(Boundaries.PRODUCTION).importPackages("org.partnerflow");

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("org.partnerflow.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theCoreHasNoVaadin() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(CORE);
    }

    @Test
    void engineInternalsOnlyInTheEngineIntegration() {
        noClasses().that().resideOutsideOfPackages(Boundaries.ENGINE_INTEGRATION)
                .should().dependOnClassesThat().resideInAPackage("org.camunda..impl..")
                .because("the engine's impl packages are not its API; workflow and identity are where Partnerflow plugs into it")
                .check(CORE);
    }

    /**
     * The plan for after Camunda 7 CE (docs/architecture.md, "After Camunda 7"): features see only the
     * engine's public API, whose packages Operaton keeps under its own prefix, so moving them is a change
     * of imports; everything else the engine offers (REST, webapps, starter, Spin, internals) is reached
     * from the engine integration alone, where the move needs checking by hand.
     */
    @Test
    void featuresSeeOnlyTheEnginesPublicApi() {
        noClasses().that().resideOutsideOfPackages(Boundaries.ENGINE_INTEGRATION)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("are engine types outside its public API",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.camunda")
                                && !Boundaries.ENGINE_PUBLIC_API.contains(c.getPackageName())))
                .because("a move to Operaton should be a change of imports in the features")
                .check(CORE);
    }


    @Test
    void aFeaturesRepositoriesAreItsOwn() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("be used only by their own package") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass repository, com.tngtech.archunit.lang.ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                                .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                })
                .because("another feature asks the owner's service, which keeps its rules (access, logging) in one place")
                .check(CORE);
    }

    /**
     * With app's tests (their own class folder, so the same here and on CI): a repository is public only
     * because something outside its package, a test fixture included, uses it.
     */
    @Test
    void aPublicRepositoryIsUsedOutsideItsPackage() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class).and().areInterfaces()
                .and().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("be used outside their package (else package-private)") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass repository, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean usedOutside = repository.getDirectDependenciesToSelf().stream()
                                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()));
                        events.add(new com.tngtech.archunit.lang.SimpleConditionEvent(repository, usedOutside,
                                repository.getName() + " is public but used only in " + repository.getPackageName()));
                    }
                })
                .check(new ClassFileImporter().importPackages("org.partnerflow"));
    }

    @Test
    void theAuditAndTheEngineIntegrationDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.partnerflow.audit..", "org.partnerflow.workflow..", "org.partnerflow.identity..",
                        "org.partnerflow.words..", "org.partnerflow.notification..", "org.partnerflow.calendar..",
                        "org.partnerflow.operations..")
                .should().dependOnClassesThat().resideInAnyPackage(Boundaries.FEATURES)
                .because("features plug in (AuditedRecords, SubjectSummaryProvider), so nothing below them knows them")
                .check(CORE);
    }

    /**
     * What every log line carries and how failures are logged ({@code operations}) is used by every
     * layer, the views' error pages included, so it stands on no part of Partnerflow.
     */
    @Test
    void theOperationsPackageStandsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("org.partnerflow.operations..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.partnerflow..")
                        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("org.partnerflow.operations..")))
                .because("the views, the engine integration and the features all log through it")
                .check(CORE);
    }

    /**
     * The notifications stand on identity, words and the calendar (the events a mail attaches) alone,
     * so the engine integration (workflow) can feed them and every feature tell through them without a
     * cycle; they know no process. The calendar knows nothing of who is told.
     */
    @Test
    void theNotificationsStandOnIdentityWordsAndTheCalendarOnly() {
        noClasses().that().resideInAPackage("org.partnerflow.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnerflow.workflow..", "org.partnerflow.audit..")
                .because("workflow feeds the notifications from the engine's events; the families say what their tasks are")
                .check(CORE);
        noClasses().that().resideInAPackage("org.partnerflow.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnerflow.notification..", "org.partnerflow.workflow..")
                .because("features tell people of their events; the calendar only issues them")
                .check(CORE);
    }
}
