package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.audit.RecordAccess;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan a family takes home, as the PDF comes out: its text read back with PDFBox (the plain-word
 * sections, the child, the actions, the next meeting in British dates), tagged for PDF/UA with every
 * font embedded, and every taking, or refusal, in the access log.
 */
class FamilyPlanPdfTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    FamilyPlans familyPlans;
    @Autowired
    AccessLog accessLog;

    /** A case with an agreed single-agency plan (its Named Person coordinates), raised by a practitioner. */
    private WellbeingConcern withPlan(String family) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), family, null, "no");
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private static RecordAccess latestLogged(AccessLog log, WellbeingConcern concern) {
        return log.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 1).get(0);
    }

    @Test
    void theTeamTakesHomeATaggedPdfInPlainWordsAndTheTakingIsLogged() throws IOException {
        String family = "Pdf" + System.nanoTime();
        WellbeingConcern concern = withPlan(family);
        String namedPerson = people.signIn(Role.NAMED_PERSON);

        byte[] pdf = familyPlans.pdf(concern.getId()).orElseThrow();

        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(namedPerson);
            assertThat(a.getViewName()).isEqualTo(FamilyPlans.PDF_VIEW);
            assertThat(a.isGranted()).isTrue();
        });
        // Kept for a look (and a PDF/UA checker) after the run.
        java.nio.file.Path kept = java.nio.file.Path.of("target", "family-plan", "childs-plan.pdf");
        java.nio.file.Files.createDirectories(kept.getParent());
        java.nio.file.Files.write(kept, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("The plan for Ailsa " + family,
                    "What we are worried about", "Breakfast and sleep",
                    "What will help", "Healthy: Eats breakfast every school day",
                    "Who does what by when", "Breakfast club", "Mrs Hay", "Education", "31 Jan 2027",
                    "When we meet next", "We will meet again on 1 Feb 2027",
                    "Who to contact", "Named Person: Test Named Person, Eastfield Primary",
                    "any worry about Ailsa's wellbeing", "They also look after this plan");
            assertThat(text).as("dates British, people by name: no ISO date, no user id")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain(namedPerson);

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("marked as tagged").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("a structure tree").isNotNull();
            assertThat(structureTypes(catalog.getStructureTreeRoot())).as("headings, paragraphs, lists and the table are tagged")
                    .contains("H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD");
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("The plan for Ailsa " + family);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("readers show the title, not the file name").isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("declares PDF/UA-1 and PDF/A-2a").containsPattern("pdfuaid:part[^0-9]{1,4}1")
                    .containsPattern("pdfaid:part[^0-9]{1,4}2").containsPattern("pdfaid:conformance[^A-Z]{1,4}A");
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).as("fonts used").isNotEmpty();
            assertThat(fonts).as("every font embedded (PDF/UA)").allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("LiberationSans"));
        }
    }

    @Test
    void whoeverOnlyRaisedTheConcernIsRefusedAndTheRefusalIsLogged() {
        WellbeingConcern concern = withPlan("Refused" + System.nanoTime());
        String raiser = people.signIn(Role.PRACTITIONER);

        assertThatThrownBy(() -> familyPlans.pdf(concern.getId())).isInstanceOf(NoAccessException.class);
        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(raiser);
            assertThat(a.getViewName()).isEqualTo(FamilyPlans.PDF_VIEW);
            assertThat(a.isGranted()).isFalse();
        });
        assertThat(familyPlans.mayTake(concern)).isFalse();
        assertThatThrownBy(() -> familyPlans.take(concern.getId(), FamilyPlans.PAGE_VIEW)).isInstanceOf(NoAccessException.class);
        assertThat(latestLogged(accessLog, concern).getViewName()).isEqualTo(FamilyPlans.PAGE_VIEW);
    }

    @Test
    void someoneOfAnotherCouncilIsRefusedAsForACaseThatDoesNotExist() {
        WellbeingConcern concern = withPlan("Elsewhere" + System.nanoTime());
        String elsewhere = people.ensureIn("test-family-plan-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        people.signInAs(elsewhere);

        assertThatThrownBy(() -> familyPlans.pdf(concern.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> familyPlans.pdf(987_654_321L)).isInstanceOf(NoAccessException.class);
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, 987_654_321L, 1)).first()
                .satisfies(a -> assertThat(a.isGranted()).isFalse());
    }

    @Test
    void beforeAPlanIsAgreedThereIsNothingToTakeHomeButTheLookIsLogged() {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Noplan" + System.nanoTime(), null, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        String namedPerson = people.signIn(Role.NAMED_PERSON);

        assertThat(familyPlans.mayTake(concern)).as("the school's Named Person works on the case").isTrue();
        assertThat(familyPlans.pdf(concern.getId())).isEmpty();
        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(namedPerson);
            assertThat(a.isGranted()).isTrue();
        });
    }

    private static List<String> structureTypes(PDStructureNode node) {
        List<String> types = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
