package org.partnerflow.e2e;

import org.partnerflow.words.Words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPartnerships.Partner;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The partnership in a real browser, across four people: the lead proposes a partnership of three
 * organisations from the register; each partner confirms its role and agrees the data-sharing
 * protocol; the lead agrees the meeting protocol and the joint plan; two meetings are recorded; one
 * evaluation cycle rates the nine principles, and the partnership page's chart shows the result.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnershipJourneyTest {

    /** Each partner's rating on every principle, as the six-point scale reads in the form. */
    private static final String[] RATINGS = {"4 Good", "5 Very good", "6 Excellent"};

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    Partnerships records;
    @Autowired
    ManagementService managementService;

    @Test
    void aLeadSetsUpAPartnershipOfThreeThatMeetsTwiceAndEvaluatesItself() throws Exception {
        List<Partner> partners = partnerships.partners(3);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Numeracy cluster " + System.currentTimeMillis();
        String subject = "Partnership: " + name;

        try (Browser browser = new Browser("http://localhost:" + port, "partnership")) {
            Journeys.signIn(browser, lead);
            browser.open("/partnerships/new");
            browser.type(By.cssSelector("#field-name input"), name);
            browser.choose("field-partnershipType", "School cluster");
            browser.type(By.cssSelector("#field-localAuthority input"), "Glasgow City");
            browser.type(By.cssSelector("#field-purpose textarea"), "Raise attainment in numeracy across the cluster");
            browser.type(By.cssSelector("#field-aims textarea"), "Shared moderation; family learning sessions");
            for (Partner partner : partners) {
                browser.click(browser.find(By.xpath("//vaadin-checkbox[contains(normalize-space(.), '"
                        + partner.organisation().getName() + "')]")));
            }
            browser.type(By.cssSelector("#field-cspPriorities textarea"), "Closing the poverty-related attainment gap");
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Primary pupils (P1, P4, P7 combined) achieving expected levels or better in numeracy']")));
            browser.type(By.cssSelector("#field-localData textarea"), "Numeracy at P4 is 9 points below the authority average");
            browser.screenshot("proposal");
            browser.click(browser.find(By.id("submit-proposal")));
            browser.waitForText("Setting up: roles and protocols");
            String pagePath = browser.currentPath();
            assertThat(pagePath).startsWith("/partnerships/");

            for (Partner partner : partners) {
                Journeys.signOutAndIn(browser, partner.contact());
                Journeys.openTask(browser, subject, "Confirm your organisation's role");
                browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Confirm our role']")));
                browser.type(By.cssSelector("#field-roleName input"), "Host " + Words.of(partner.organisation().getKind()));
                browser.type(By.cssSelector("#field-responsibilities textarea"), "Hosts one family session a term");
                Journeys.complete(browser, "Confirm your organisation's role");
            }

            Journeys.signOutAndIn(browser, lead);
            Journeys.openTask(browser, subject, "Draft the data-sharing protocol");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Yes']")));
            browser.type(By.cssSelector("#field-whatIsShared textarea"), "Pupils' names and P4 numeracy levels, school to college");
            browser.type(By.cssSelector("#field-sharingPurpose textarea"), "To plan family learning places");
            browser.type(By.cssSelector("#field-lawfulBasis textarea"), "Public task (UK GDPR 6(1)(e))");
            browser.type(By.cssSelector("#field-retention textarea"), "Deleted at the end of the school year");
            Journeys.complete(browser, "Draft the data-sharing protocol");

            for (Partner partner : partners) {
                Journeys.signOutAndIn(browser, partner.contact());
                Journeys.openTask(browser, subject, "Agree the data-sharing protocol");
                browser.waitForText("Public task");
                browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='We agree the protocol']")));
                Journeys.complete(browser, "Agree the data-sharing protocol");
            }

            Journeys.signOutAndIn(browser, lead);
            Journeys.openTask(browser, subject, "Agree the meeting protocol");
            browser.setValue("field-meetingsPerYear", "3");
            browser.type(By.cssSelector("#field-meetingStructure textarea"), "Chair rotates; the coordinator takes minutes");
            browser.type(By.cssSelector("#field-meetingPurpose textarea"), "Plan and review the shared programme");
            browser.choose("field-evaluationCycle", "Termly");
            Journeys.complete(browser, "Agree the meeting protocol");
            Journeys.openTask(browser, subject, "Agree the joint plan");
            browser.type(By.cssSelector("#field-programme textarea"), "Shared numeracy moderation and family learning");
            browser.type(By.cssSelector("#field-planActions textarea"), "Moderation day; Eastfield Primary; 31/01/2027; primary-numeracy");
            Journeys.complete(browser, "Agree the joint plan");

            for (int meeting = 1; meeting <= 2; meeting++) {
                timerFires(pagePath, "Event_MeetingDue");
                Journeys.openTask(browser, subject, "Prepare the agenda");
                browser.type(By.cssSelector("#field-meetingDate input"), "2" + meeting + "/01/2027" + Keys.ENTER);
                browser.type(By.cssSelector("#field-agenda textarea"), "Numeracy data; family learning");
                Journeys.complete(browser, "Prepare the agenda");
                Journeys.openTask(browser, subject, "Record the meeting");
                browser.type(By.cssSelector("#field-attendance textarea"), "All three partners");
                browser.type(By.cssSelector("#field-minutes textarea"), "Meeting " + meeting + ": reviewed the P4 data");
                Journeys.complete(browser, "Record the meeting");
                Journeys.openTask(browser, subject, "Follow up the actions");
                browser.type(By.cssSelector("#field-followUpNotes textarea"), "Moderation day on track");
                Journeys.complete(browser, "Follow up the actions");
            }

            timerFires(pagePath, "Event_EvaluationDue");
            for (int i = 0; i < partners.size(); i++) {
                Journeys.signOutAndIn(browser, partners.get(i).contact());
                Journeys.openTask(browser, subject, "Rate the partnership on the nine principles");
                for (int principle = 1; principle <= 9; principle++) {
                    browser.click(browser.find(By.xpath("//vaadin-radio-group[@id='field-principle" + principle
                            + "']//vaadin-radio-button[normalize-space(.)='" + RATINGS[i] + "']")));
                }
                browser.type(By.cssSelector("#field-ratingEvidence textarea"), "Minutes and attendance of the term's sessions");
                if (i == 0) {
                    browser.screenshot("rating");
                }
                Journeys.complete(browser, "Rate the partnership on the nine principles");
            }
            Journeys.signOutAndIn(browser, lead);
            Journeys.openTask(browser, subject, "Consolidate the evaluation and decide");
            browser.type(By.cssSelector("#field-impactEvidence textarea"), "P4 numeracy up 3 points against the baseline");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Continue as planned']")));
            Journeys.complete(browser, "Consolidate the evaluation and decide");

            browser.open(pagePath);
            browser.waitForText("Active");
            WebElement chart = browser.find(By.id("evaluation-chart"));
            assertThat(chart.getAttribute("aria-label")).contains("over 1 cycles", "Trust and respect 5");
            String page = browser.driver().getPageSource();
            assertThat(page).contains("Meeting 1: reviewed the P4 data", "Meeting 2: reviewed the P4 data", "Agreed by every partner");
            browser.scrollTo(browser.find(By.id("partnership-evaluations")));
            browser.screenshot("partnership-page-with-evaluation");
        }
    }

    private void timerFires(String pagePath, String timer) {
        long id = Long.parseLong(pagePath.substring("/partnerships/".length()));
        Journeys.timerFires(managementService, records.findById(id).orElseThrow().getProcessInstanceId(), timer);
    }
}
