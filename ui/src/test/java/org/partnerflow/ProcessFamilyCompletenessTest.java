package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnerflow.audit.AuditedRecords;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.EngineApiMatrix;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every process family is whole: named, summarised beside its tasks, audited under record types the
 * audit knows, deployed under its key, with pages, figures on the oversight page, a row in the engine
 * access matrix and its records page in the browser accessibility checks. A family missing a part fails with a sentence naming it.
 */
class ProcessFamilyCompletenessTest extends KaribuSpringTest {

    /** The browser journey that runs axe on the pages (e2e module, not built here: read as text). */
    static final Path ACCESSIBILITY_CHECKS = Path.of("../e2e/src/test/java/org/partnerflow/e2e/AccessibilityTest.java");

    @Autowired
    ProcessFamilies families;
    @Autowired
    List<AuditedRecords> audited;

    @Test
    void thereIsAFamilyForEachFeatureInTheOrderPeopleMeetThem() {
        assertThat(families.all()).extracting(ProcessFamily::displayName)
                .containsExactly("GIRFEC referral", "Partnerships", "Improvement projects");
    }

    @TestFactory
    Stream<DynamicTest> eachFamilyHasEveryPart() {
        return families.all().stream().map(f -> DynamicTest.dynamicTest(f.processKey(), () -> assertThat(missingParts(f))
                .as("process family " + f.processKey()).isEmpty()));
    }

    private List<String> missingParts(ProcessFamily family) throws IOException {
        String name = "The process family '" + family.processKey() + "'";
        List<String> missing = new ArrayList<>();
        if (family.displayName() == null || family.displayName().isBlank()) {
            missing.add(name + " has no display name.");
        }
        if (family.summary() == null || !family.summary().summarises(family.processKey())) {
            missing.add(name + " has no subject summary for its tasks (a SubjectSummaryProvider that summarises its key).");
        }
        if (family.auditedRecordTypes().isEmpty()) {
            missing.add(name + " names no audited record type.");
        }
        for (String type : family.auditedRecordTypes()) {
            if (audited.stream().noneMatch(a -> a.accessRecordType().equals(type))) {
                missing.add(name + " logs openings as '" + type + "', which no AuditedRecords bean answers for, so the access log cannot show it.");
            }
        }
        if (audited.stream().noneMatch(a -> a.type().equals(family.historyKind())
                && family.auditedRecordTypes().contains(a.accessRecordType()))) {
            missing.add(name + " links its history as '" + family.historyKind()
                    + "', which no AuditedRecords bean of its record types answers for, so its history link leads nowhere.");
        }
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(family.processKey()).latestVersion().count() != 1) {
            missing.add(name + " has no BPMN deployed with that key.");
        }
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (String page : List.of(family.startPage(), family.recordsPage())) {
            if (routes.getRoute(page).isEmpty()) {
                missing.add(name + " names the page '" + page + "', which is no route.");
            }
        }
        if (EngineApiMatrix.calls().stream().noneMatch(c -> c.path().contains("/key/" + family.processKey() + "/"))) {
            missing.add(name + " has no row in the engine access matrix (EngineApiMatrix: e.g. O GET /process-definition/key/"
                    + family.processKey() + "/statistics).");
        }
        List<OversightFigure> figures = family.oversightFigures();
        if (figures == null || figures.isEmpty()) {
            missing.add(name + " shows no figure on the oversight page (oversightFigures()), so managers cannot see how its work stands.");
        } else {
            for (OversightFigure figure : figures) {
                if (figure.rows().stream().anyMatch(r -> r.cells().size() != figure.headings().size())) {
                    missing.add(name + " has the oversight figure '" + figure.id() + "' with lines that do not match its headings.");
                }
            }
        }
        if (!Files.readString(ACCESSIBILITY_CHECKS).contains("\"/" + family.recordsPage() + "\"")) {
            missing.add(name + " has its records page /" + family.recordsPage() + " missing from the accessibility checks ("
                    + ACCESSIBILITY_CHECKS.getFileName() + ").");
        }
        return missing;
    }

    @Test
    void aFamilyMissingPartsIsToldWhichOnes() throws IOException {
        ProcessFamily unfinished = new ProcessFamily() {
            public String processKey() { return "school-transport"; }
            public String displayName() { return " "; }
            public SubjectSummaryProvider summary() { return null; }
            public List<String> auditedRecordTypes() { return List.of("transport-request"); }
            public String historyKind() { return "transport"; }
            public String startPage() { return "transport/new"; }
            public String recordsPage() { return "transport"; }
            public List<OversightFigure> oversightFigures() { return List.of(); }
        };

        assertThat(missingParts(unfinished)).containsExactly(
                "The process family 'school-transport' has no display name.",
                "The process family 'school-transport' has no subject summary for its tasks (a SubjectSummaryProvider that summarises its key).",
                "The process family 'school-transport' logs openings as 'transport-request', which no AuditedRecords bean answers for, so the access log cannot show it.",
                "The process family 'school-transport' links its history as 'transport', which no AuditedRecords bean of its record types answers for, so its history link leads nowhere.",
                "The process family 'school-transport' has no BPMN deployed with that key.",
                "The process family 'school-transport' names the page 'transport/new', which is no route.",
                "The process family 'school-transport' names the page 'transport', which is no route.",
                "The process family 'school-transport' has no row in the engine access matrix (EngineApiMatrix: e.g. O GET /process-definition/key/school-transport/statistics).",
                "The process family 'school-transport' shows no figure on the oversight page (oversightFigures()), so managers cannot see how its work stands.",
                "The process family 'school-transport' has its records page /transport missing from the accessibility checks (AccessibilityTest.java).");
    }

    /** Routes are read from the running Vaadin application: open a UI first. */
    @BeforeEach
    void openVaadin() {
        openUiAs(people.ensure(Role.MANAGER));
    }
}
