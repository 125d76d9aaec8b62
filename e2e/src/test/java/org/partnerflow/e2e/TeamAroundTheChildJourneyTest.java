package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.FamilyPlans;
import org.partnerflow.referral.WellbeingConcern;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The team around the child as practice runs it (issue 18), in a real browser: consent covers health
 * and social work; the Lead Professional invites health visiting and social work; each invitation is
 * offered to its own agency's people only; social work declines with a reason and has no access
 * afterwards; the health visitor accepts and joins; the first meeting records the family's views and
 * agreement and the plan is agreed; at the review the Lead Professional changes two actions and marks
 * an outcome met, and the review agrees version 2 with what changed; consent for social work is
 * withdrawn; the family's plan is downloaded as a PDF, its text read back and its download found in
 * the access log.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TeamAroundTheChildJourneyTest {

    static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    static final String HEALTH_VISITING_OPTION = "NHS Greater Glasgow and Clyde health visiting (North East) (Health)";
    static final String SOCIAL_WORK = "glasgow-social-work-north-east";
    static final String SOCIAL_WORK_OPTION = "Glasgow social work (North East) (Social work)";

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    AccessLog accessLog;

    @Test
    void twoAgenciesAreInvitedOneJoinsThePlanChangesAtReviewAndTheFamilyTakesItHome() throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        String healthVisitor = people.ensureIn("test-tac-health-visitor", List.of("agency." + HEALTH_VISITING, "glasgow-city"),
                Role.PARTNER_AGENCY);
        String socialWorker = people.ensureIn("test-tac-social-worker", List.of("agency." + SOCIAL_WORK, "glasgow-city"),
                Role.PARTNER_AGENCY);
        String family = "Tac" + System.currentTimeMillis();
        String subject = "Child: Ailsa " + family;

        try (Browser browser = new Browser("http://localhost:" + port, "team-around-the-child")) {
            Journeys.signIn(browser, practitioner);
            String casePath = Journeys.raiseConcern(browser, family, "Eastfield Primary, Glasgow City", null, "No record of this child yet");
            long concernId = Long.parseLong(casePath.substring("/cases/".length()));
            String processInstanceId = concerns.findById(concernId).orElseThrow().getProcessInstanceId();

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.assess(browser, family, "2", true);
            Journeys.openTask(browser, subject, "Confirm the pathway");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept the recommended pathway']")));
            Journeys.complete(browser, "Confirm the pathway");

            // Consent from the mother covers health and social work.
            Journeys.openTask(browser, subject, "Record consent and information sharing");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Yes']")));
            browser.type(By.cssSelector("#field-consentGivenBy input"), "Mother");
            browser.type(By.cssSelector("#field-consentScope textarea"), "Attendance, health and family support");
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Health']")));
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Social work']")));
            browser.type(By.cssSelector("#field-consentDate input"), "20/11/2026" + Keys.ENTER);
            browser.screenshot("consent-for-health-and-social-work");
            Journeys.complete(browser, "Record consent and information sharing");

            // The Lead Professional invites both agencies.
            Journeys.signOutAndIn(browser, leadProfessional);
            Journeys.openTask(browser, subject, "Take on the case as Lead Professional");
            browser.pickInMultiSelect("field-invitedAgencies", HEALTH_VISITING_OPTION, true);
            browser.pickInMultiSelect("field-invitedAgencies", SOCIAL_WORK_OPTION, true);
            browser.screenshot("two-agencies-invited");
            Journeys.complete(browser, "Take on the case as Lead Professional");

            // Each invitation is offered to that agency's own people only.
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Activity_AgencyResponse")
                    .taskCandidateUser(healthVisitor).list()).as("health visiting is offered its own invitation only").hasSize(1);
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Activity_AgencyResponse")
                    .taskCandidateUser(socialWorker).list()).as("social work is offered its own invitation only").hasSize(1);
            String invitation = "(case " + concernId + ")";

            // Social work declines, with a reason; from then on its worker cannot open the case.
            Journeys.signOutAndIn(browser, socialWorker);
            Journeys.openTask(browser, invitation, "Respond to the team invitation");
            assertThat(browser.driver().getPageSource()).as("the invitee does not see the child's full name").doesNotContain(family);
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Decline']")));
            browser.type(By.cssSelector("#field-agencyDeclineReason textarea"), "Below our threshold: universal services can help");
            browser.screenshot("social-work-declines");
            Journeys.complete(browser, "Respond to the team invitation");
            browser.open("/");
            browser.search(By.cssSelector("#inbox-search input"), invitation);
            browser.screenshot("social-work-inbox-after-declining");
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(socialWorker).list())
                    .as("the social worker is offered nothing more on this case").isEmpty();
            browser.open(casePath);
            browser.waitForText("No access");
            assertThat(browser.driver().getPageSource()).doesNotContain(family);
            browser.screenshot("social-worker-has-no-access");

            // The health visitor accepts and joins the team; the bell told them of the invitation, by reference only.
            Journeys.signOutAndIn(browser, healthVisitor);
            String bell = browser.find(By.id("notification-bell")).getDomAttribute("aria-label");
            assertThat(bell).as("the bell's count").matches("Notifications, [1-9][0-9]* unread");
            browser.open("/notifications");
            String told = browser.textOf("notifications");
            assertThat(told).contains(WellbeingConcern.referenceOf(concernId)).doesNotContain(family).doesNotContain("Eastfield")
                    .doesNotContain("Arrived hungry");
            browser.screenshot("health-visitor-told-of-the-invitation");
            Journeys.openTask(browser, invitation, "Respond to the team invitation");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept']")));
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='A practitioner of our agency who uses Partnerflow']")));
            browser.chooseInComboBox("field-practitionerJoining", "Test Tac Health Visitor");
            browser.screenshot("health-visiting-accepts");
            Journeys.complete(browser, "Respond to the team invitation");
            browser.open(casePath);
            browser.waitForText("Team around the child");
            browser.screenshot("health-visitor-sees-the-case");

            // The Lead Professional answers for the declined part, records the first meeting and agrees the plan.
            Journeys.signOutAndIn(browser, leadProfessional);
            Journeys.openTask(browser, subject, "Cover a declined agency's part");
            assertThat(browser.find(By.cssSelector("#field-declinedAgency input")).getDomProperty("value")).isEqualTo("Glasgow social work (North East)");
            assertThat(browser.find(By.cssSelector("#field-declinedBecause textarea")).getDomProperty("value"))
                    .isEqualTo("Below our threshold: universal services can help");
            browser.type(By.cssSelector("#field-declineResponse textarea"), "The school's family support worker takes this on");
            browser.screenshot("declined-part-covered");
            Journeys.complete(browser, "Cover a declined agency's part");

            Journeys.recordMeeting(browser, casePath, "I like breakfast club", "Mornings are calmer", "first-meeting-with-the-familys-views");
            Journeys.openTask(browser, subject, "Team-around-the-child meeting: agree the Child's Plan");
            browser.type(By.cssSelector("#field-needsSummary textarea"), "Food and sleep; mornings are hard");
            browser.type(By.cssSelector("#field-outcomeHealthy textarea"), "Eats breakfast every school day");
            browser.type(By.cssSelector("#field-outcomeNurtured textarea"), "Has a calm start to each day");
            browser.type(By.cssSelector("#field-planActions textarea"),
                    "Breakfast club place; Mrs Hay; Education; 31/01/2027\nSleep routine advice; Health visitor; Health; 28/02/2027");
            browser.type(By.cssSelector("#field-reviewDate input"), "15/01/2027" + Keys.ENTER);
            browser.screenshot("childs-plan-agreed");
            Journeys.complete(browser, "Team-around-the-child meeting: agree the Child's Plan");

            // The review: two actions change and an outcome is met, in the plan's draft on the case page.
            Journeys.timerFires(managementService, processInstanceId, "Event_ReviewDue");
            browser.open(casePath);
            browser.find(By.id("plan-editor"));
            browser.screenshot("plan-editor-before-the-review");
            changeAction(browser, "Breakfast club place", "Test Named Person", null, "Done");
            changeAction(browser, "Sleep routine advice", "Test Tac Health Visitor (" + HEALTH_VISITING_OPTION.substring(0, HEALTH_VISITING_OPTION.lastIndexOf(" (")) + ")",
                    "31/03/2027", "In progress");
            markMet(browser, "HEALTHY");
            browser.screenshot("plan-draft-changed");
            String changes = browser.textOf("plan-draft-changes");
            assertThat(changes).contains("Action \"Breakfast club place\": Not started → Done", "Action \"Sleep routine advice\": due 28 Feb 2027 → 31 Mar 2027",
                    "Outcome met (Healthy)");

            Journeys.recordMeeting(browser, casePath, "Breakfast club is fun", "Bedtime is easier now", "review-meeting");
            Journeys.openTask(browser, subject, "Review the Child's Plan");
            browser.type(By.cssSelector("#field-reviewProgress textarea"), "Eating breakfast most days");
            browser.type(By.cssSelector("#field-reviewViews textarea"), "Ailsa is happier at school");
            for (String indicator : Journeys.INDICATORS) {
                browser.setValue("field-reviewRating" + indicator, "5");
            }
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Continue the plan']")));
            browser.type(By.cssSelector("#field-nextReviewDate input"), "15/04/2027" + Keys.ENTER);
            browser.screenshot("review-continues-the-plan");
            Journeys.complete(browser, "Review the Child's Plan");

            browser.open(casePath);
            browser.waitForText("What changed from version 1");
            String versionChanges = browser.textOf("plan-version-changes");
            assertThat(versionChanges).contains("What changed from version 1", "Action \"Breakfast club place\": Not started → Done",
                    "Action \"Sleep routine advice\": due 28 Feb 2027 → 31 Mar 2027", "Outcome met (Healthy)");
            browser.screenshot("version-2-with-what-changed");

            // Consent for social work is withdrawn: recorded, shown on the case page.
            browser.click(browser.find(By.id("withdraw-consent")));
            browser.find(By.id("withdraw-consent-by"));
            browser.click(browser.find(By.xpath("//vaadin-checkbox-group[@id='withdraw-consent-agencies']//vaadin-checkbox[normalize-space(.)='Social work']")));
            browser.type(By.cssSelector("#withdraw-consent-by input"), "Mother");
            browser.screenshot("consent-withdrawal");
            browser.click(browser.find(By.id("withdraw-consent-save")));
            browser.waitForText("Consent withdrawal recorded");
            browser.waitFor(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty() ? Boolean.TRUE : null);
            String consent = browser.textOf("case-consent");
            assertThat(consent).contains("withdrawn", "Social work", "Mother");
            browser.screenshot("consent-withdrawn-shown");

            // The family's plan, as a PDF from the case page: its words read back, its download in the access log.
            WebElement pdfLink = browser.find(By.id("family-plan-pdf"));
            browser.click(pdfLink);
            Path pdf = browser.awaitDownload(".pdf");
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains("Ailsa", "Eats breakfast every school day", "Sleep routine advice", "Test Tac Health Visitor",
                    "15 Apr 2027");
            assertThat(text).doesNotContain("2027-04-15");
            browser.screenshot("family-plan-downloaded");
            assertThat(accessLog.latestFor("child-case", concernId, 50))
                    .anySatisfy(a -> {
                        assertThat(a.getViewName()).isEqualTo(FamilyPlans.PDF_VIEW);
                        assertThat(a.getUserId()).isEqualTo(leadProfessional);
                    });
        }
    }

    /** Changes one action of the plan's draft by what it says: its owner (a team member, as the list shows them), due date if given, and status. */
    private static void changeAction(Browser browser, String what, String owner, String due, String status) {
        WebElement row = browser.find(By.xpath("//vaadin-grid[@id='plan-editor-actions']//vaadin-grid-cell-content[contains(normalize-space(.), '"
                + what + "')]"));
        String ref = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const cells = [...document.querySelectorAll('vaadin-grid#plan-editor-actions vaadin-grid-cell-content')];"
                        + "const i = cells.indexOf(arguments[0]);"
                        + "const b = cells.slice(i).map(c => c.querySelector('vaadin-button[id^=plan-action-change-]')).find(b => b);"
                        + "return b ? b.id : null;", row);
        assertThat(ref).as("the Change button of " + what).isNotNull();
        browser.click(browser.find(By.id(ref)));
        browser.find(By.id("plan-action-what")); // the dialog's host element has no size of its own: its overlay shows it
        if (owner != null) {
            browser.chooseInComboBox("plan-action-owner", owner);
        }
        if (due != null) {
            browser.type(By.cssSelector("#plan-action-due input"), due + Keys.ENTER);
        }
        browser.choose("plan-action-status", status);
        browser.screenshot("action-change-" + what.replaceAll("[^A-Za-z]+", "-"));
        browser.click(browser.find(By.id("plan-action-save")));
        browser.waitFor(d -> d.findElements(By.id("plan-action-dialog")).isEmpty() ? Boolean.TRUE : null);
        browser.waitForVaadin();
    }

    private static void markMet(Browser browser, String indicator) {
        browser.press("plan-outcome-met-" + indicator);
        browser.waitFor(d -> d.findElements(By.id("plan-outcome-met-" + indicator)).isEmpty() ? Boolean.TRUE : null);
    }
}
