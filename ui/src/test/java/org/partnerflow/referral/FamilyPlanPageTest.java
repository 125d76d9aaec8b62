package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.audit.RecordAccess;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family's plan in the browser: the printable page for the team, "No access" for anyone else (both
 * logged), and the case page offering the PDF only to the team, whose download makes the PDF.
 */
class FamilyPlanPageTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    AccessLog accessLog;
    @Autowired
    FamilyPlans familyPlans;

    private WellbeingConcern withPlan(String family) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), family, null, "no");
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private static RecordAccess latestLogged(AccessLog log, WellbeingConcern concern) {
        return log.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 1).get(0);
    }

    private static void open(Class<? extends com.vaadin.flow.component.Component> page, WellbeingConcern concern) {
        UI.getCurrent().navigate(page, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    @Test
    void theTeamPrintsThePlanInPlainWordsAndTheOpeningIsLogged() {
        String family = "Print" + System.nanoTime();
        WellbeingConcern concern = withPlan(family);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        openUiAs(namedPerson);

        open(FamilyPlanPage.class, concern);

        String plan = _get(Div.class, s -> s.withId("family-plan")).getElement().getProperty("innerHTML");
        assertThat(plan).contains("The plan for Ailsa " + family, "What we are worried about", "Breakfast and sleep",
                "What will help", "Eats breakfast every school day", "Who does what by when", "Breakfast club", "Mrs Hay",
                "31 Jan 2027", "When we meet next", "1 Feb 2027", "Who to contact", "Test Named Person", "@media print")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain(namedPerson);
        assertThat(_get(Button.class, s -> s.withId("print")).getText()).isEqualTo("Print");
        assertThat(_get(Anchor.class, s -> s.withId("family-plan-pdf")).getHref()).isNotBlank();
        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(namedPerson);
            assertThat(a.getViewName()).isEqualTo(FamilyPlans.PAGE_VIEW);
            assertThat(a.isGranted()).isTrue();
        });
    }

    @Test
    void whoeverOnlyRaisedTheConcernSeesNoAccessAndTheRefusalIsLogged() {
        WellbeingConcern concern = withPlan("Raiser" + System.nanoTime());
        String raiser = people.ensure(Role.PRACTITIONER);
        openUiAs(raiser);

        open(FamilyPlanPage.class, concern);

        assertThat(_get(H2.class, s -> s.withId("no-access")).getText()).isEqualTo("No access");
        _assertNone(Div.class, s -> s.withId("family-plan"));
        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(raiser);
            assertThat(a.getViewName()).isEqualTo(FamilyPlans.PAGE_VIEW);
            assertThat(a.isGranted()).isFalse();
        });
    }

    @Test
    void theCasePageOffersThePlanOnlyToTheTeamAndOnlyOnceAPlanIsAgreed() {
        WellbeingConcern concern = withPlan("Offer" + System.nanoTime());
        openUiAs(people.ensure(Role.NAMED_PERSON));
        open(CasePage.class, concern);
        assertThat(_get(Anchor.class, s -> s.withId("family-plan-pdf")).getHref()).as("a download").isNotBlank();
        _get(Div.class, s -> s.withId("case-family-plan"));

        openUiAs(people.ensure(Role.PRACTITIONER));
        open(CasePage.class, concern);
        _get(H2.class, s -> s.withId("case-child"));
        _assertNone(Anchor.class, s -> s.withId("family-plan-pdf"));
        _assertNone(Div.class, s -> s.withId("case-family-plan"));

        ProcessInstance noPlanYet = referrals.raise(people.ensure(Role.PRACTITIONER), "Noplan" + System.nanoTime(), null, "no");
        openUiAs(people.ensure(Role.NAMED_PERSON));
        open(CasePage.class, concerns.findByProcessInstanceId(noPlanYet.getId()).orElseThrow());
        _get(H2.class, s -> s.withId("case-child"));
        _assertNone(Div.class, s -> s.withId("case-family-plan"));
    }

    @Test
    void theDownloadMakesThePdfForTheTeamAndRefusesAnyoneElse() throws IOException {
        String family = "Download" + System.nanoTime();
        WellbeingConcern concern = withPlan(family);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        openUiAs(namedPerson);

        FakeResponse response = download(concern);

        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getBuffer().toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("The plan for Ailsa " + family, "Breakfast club");
        }
        assertThat(latestLogged(accessLog, concern).getViewName()).isEqualTo(FamilyPlans.PDF_VIEW);

        String raiser = people.ensure(Role.PRACTITIONER);
        openUiAs(raiser);
        FakeResponse refused = download(concern);
        assertThat(refused.getStatus()).as("a link kept after the page: refused, no PDF").isEqualTo(403);
        assertThat(refused.getBuffer().size()).isZero();
        assertThat(latestLogged(accessLog, concern)).satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo(raiser);
            assertThat(a.isGranted()).isFalse();
        });
    }

    /** What the browser gets when the signed-in person follows the download link. */
    private FakeResponse download(WellbeingConcern concern) throws IOException {
        FakeResponse response = new FakeResponse();
        Div owner = new Div();
        UI.getCurrent().add(owner);
        new FamilyPlanDownload(familyPlans, concern.getId()).handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinServletService.getCurrent()), VaadinSession.getCurrent(), owner.getElement()));
        return response;
    }
}
