package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The referral in a real browser, across people: a practitioner raises a concern; the Named Person
 * claims and completes the assessment and confirms the pathway; the practitioner's case page shows
 * the chronology; someone outside the case is refused.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GirfecReferralJourneyTest {

    @LocalServerPort
    int port;

    private static final String[] INDICATORS = Journeys.INDICATORS;

    @Autowired
    TestPeople people;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aConcernIsRaisedAssessedAndKeptFromPeopleOutsideTheCase() throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String outsider = people.ensure("test-journey-outsider", Role.PARTNERSHIP_LEAD);
        String family = "Journey" + System.currentTimeMillis();

        try (Browser browser = new Browser("http://localhost:" + port, "girfec-referral")) {
            Journeys.signIn(browser, practitioner);
            String casePath = raiseConcern(browser, family);

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.assess(browser, family, "4", false);
            browser.screenshot("assessment-done");

            Journeys.openTask(browser, "Child: Ailsa " + family, "Confirm the pathway");
            browser.waitForText("Recommended pathway");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept the recommended pathway']")));
            Journeys.complete(browser, "Confirm the pathway");

            browser.open(casePath);
            browser.waitForText("Pathway: Universal");
            browser.screenshot("case-page-named-person");
            WebElement chart = browser.find(By.id("wellbeing-chart"));
            assertThat(chart.getAttribute("aria-label")).contains("Nurtured 4");

            Journeys.signOutAndIn(browser, outsider);
            browser.open(casePath);
            browser.waitForText("No access");
            assertThat(browser.driver().getPageSource()).doesNotContain(family);
            browser.screenshot("outsider-refused");
        }
    }

    /**
     * The whole journey: the case goes multi-agency, a Lead Professional builds the team and
     * the plan, one review continues it, the next closes it, and the chronology on the case page shows
     * every step; someone outside the case still sees nothing.
     */
    @Test
    void aMultiAgencyCaseRunsFromConcernToClosure() throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        // A health visitor of Glasgow's North East health visiting team (migration V20), who answers its invitations.
        String agencyPractitioner = people.ensureIn("test-journey-health-visitor",
                java.util.List.of("agency." + HEALTH_VISITING, "glasgow-city"), Role.PARTNER_AGENCY);
        String police = people.ensureIn("test-journey-police-officer", java.util.List.of("agency.police-scotland-g-division", "glasgow-city"),
                Role.PARTNER_AGENCY);
        String outsider = people.ensure("test-journey-outsider", Role.PARTNERSHIP_LEAD);
        String family = "Team" + System.currentTimeMillis();

        try (Browser browser = new Browser("http://localhost:" + port, "girfec-referral-multi-agency")) {
            Journeys.signIn(browser, practitioner);
            String casePath = raiseConcern(browser, family);

            Journeys.signOutAndIn(browser, namedPerson);
            Journeys.assess(browser, family, "2", true);
            Journeys.openTask(browser, "Child: Ailsa " + family, "Confirm the pathway");
            browser.waitForText("Multi-agency Child");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept the recommended pathway']")));
            Journeys.complete(browser, "Confirm the pathway");

            Journeys.openTask(browser, "Child: Ailsa " + family, "Record consent and information sharing");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Yes']")));
            browser.type(By.cssSelector("#field-consentGivenBy input"), "Mother");
            browser.type(By.cssSelector("#field-consentScope textarea"), "Attendance, health and family support");
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Health']")));
            browser.type(By.cssSelector("#field-consentDate input"), "20/11/2026" + Keys.ENTER);
            browser.screenshot("consent-recorded");
            Journeys.complete(browser, "Record consent and information sharing");

            Journeys.signOutAndIn(browser, leadProfessional);
            Journeys.openTask(browser, "Child: Ailsa " + family, "Take on the case as Lead Professional");
            browser.waitForText("Information may be shared with");
            // Consent covers health only: inviting the police as well is refused at the field, nothing written.
            browser.pickInMultiSelect("field-invitedAgencies", HEALTH_VISITING_OPTION, true);
            browser.pickInMultiSelect("field-invitedAgencies", POLICE_OPTION, true);
            browser.click(browser.button("Complete"));
            browser.waitForText("does not cover Police");
            browser.screenshot("invitation-beyond-consent-refused");
            browser.pickInMultiSelect("field-invitedAgencies", POLICE_OPTION, false);
            Journeys.complete(browser, "Take on the case as Lead Professional");

            // The invitation is offered to health visiting's own people only, and shows them the child by first name and age band.
            String invitation = "(case " + casePath.substring(casePath.lastIndexOf('/') + 1) + ")";
            Journeys.signOutAndIn(browser, police);
            browser.open("/");
            browser.search(By.cssSelector("#inbox-search input"), invitation);
            browser.screenshot("police-inbox");
            // The database is shared with the other journeys, whose police invitations this officer rightly
            // has: so the check is on this case's tasks, as the engine offers them.
            String processInstanceId = concerns.findById(Long.parseLong(casePath.substring("/cases/".length()))).orElseThrow()
                    .getProcessInstanceId();
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(police).list())
                    .as("police are not offered health's invitation").isEmpty();
            assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(agencyPractitioner)
                    .taskDefinitionKey("Activity_AgencyResponse").list()).as("health visiting is").hasSize(1);
            Journeys.signOutAndIn(browser, agencyPractitioner);
            Journeys.openTask(browser, invitation, "Respond to the team invitation");
            browser.waitForText("Note to the agencies");
            assertThat(browser.driver().getPageSource()).as("the invitee does not see the child's full name").doesNotContain(family);
            browser.screenshot("agency-invitation");
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='Accept']")));
            browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='A practitioner of our agency who uses Partnerflow']")));
            browser.chooseInComboBox("field-practitionerJoining", "Test Journey Health Visitor");
            Journeys.complete(browser, "Respond to the team invitation");
            browser.open(casePath);
            browser.waitForText("Team around the child");
            browser.screenshot("joined-health-visitor-sees-the-case");

            Journeys.signOutAndIn(browser, leadProfessional);
            Journeys.recordMeeting(browser, casePath, "I like breakfast club", "Mornings are calmer", "team-meeting-recorded");
            Journeys.openTask(browser, "Child: Ailsa " + family, "Team-around-the-child meeting: agree the Child's Plan");
            browser.type(By.cssSelector("#field-needsSummary textarea"), "Food and sleep");
            browser.type(By.cssSelector("#field-outcomeHealthy textarea"), "Eats breakfast every school day");
            browser.type(By.cssSelector("#field-planActions textarea"), "Breakfast club; Mrs Hay; Education; 31/01/2027");
            browser.type(By.cssSelector("#field-reviewDate input"), "15/01/2027" + Keys.ENTER);
            browser.screenshot("childs-plan");
            Journeys.complete(browser, "Team-around-the-child meeting: agree the Child's Plan");

            reviewDateArrives(casePath);
            Journeys.recordMeeting(browser, casePath, "I like breakfast club", "Mornings are calmer", "review-meeting-recorded");
            review(browser, family, "Continue the plan");
            browser.type(By.cssSelector("#field-nextReviewDate input"), "15/04/2027" + Keys.ENTER);
            Journeys.complete(browser, "Review the Child's Plan");

            reviewDateArrives(casePath);
            Journeys.recordMeeting(browser, casePath, "I like breakfast club", "Mornings are calmer", "second-review-meeting-recorded");
            review(browser, family, "Close");
            Journeys.complete(browser, "Review the Child's Plan");
            Journeys.openTask(browser, "Child: Ailsa " + family, "Write the closing summary");
            browser.type(By.cssSelector("#field-closingSummary textarea"), "Needs met; breakfast club continues.");
            Journeys.complete(browser, "Write the closing summary");

            browser.open(casePath);
            browser.waitForText("Stage: Closed");
            String page = browser.driver().getPageSource();
            for (String step : new String[] {"Concern raised", "Assessment", "Pathway decided", "Consent recorded",
                    "Lead professional appointed", "Information shared", "Agency joined", "Team meeting held", "Plan agreed", "Review: Continue",
                    "Review: Close", "Closure"}) {
                assertThat(page).as("chronology shows " + step).contains(step);
            }
            assertThat(page).contains("Test Journey Health Visitor", "Version 2",
                    "NHS Greater Glasgow and Clyde health visiting (North East) (Health): Test Journey Health Visitor",
                    "shared with Health (with consent)", "Needs met; breakfast club continues.");
            browser.screenshot("case-closed-with-chronology");

            Journeys.signOutAndIn(browser, outsider);
            browser.open(casePath);
            browser.waitForText("No access");
            assertThat(browser.driver().getPageSource()).doesNotContain(family);
        }
    }

    static final String HEALTH_VISITING = "nhsggc-health-visiting-north-east";
    static final String HEALTH_VISITING_OPTION = "NHS Greater Glasgow and Clyde health visiting (North East) (Health)";
    static final String POLICE_OPTION = "Police Scotland G Division (Police)";

    /** Raises a concern about Ailsa (family name given) from the "Raise a concern" page; returns the case page's path. */
    private static String raiseConcern(Browser browser, String family) {
        browser.open("/concerns/new");
        browser.type(By.cssSelector("#field-childGivenName input"), "Ailsa");
        browser.type(By.cssSelector("#field-childFamilyName input"), family);
        browser.type(By.cssSelector("#field-childDateOfBirth input"), "12/04/2016" + Keys.ENTER);
        browser.chooseInComboBox("field-childEstablishment", "Eastfield Primary, Glasgow City");
        browser.type(By.cssSelector("#field-observedOn input"), "18/11/2026" + Keys.ENTER);
        browser.type(By.cssSelector("#field-observation textarea"), "Arrived hungry three days running.");
        browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Nurtured']")));
        browser.click(browser.find(By.cssSelector("#field-source")));
        browser.click(browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='School or nursery']")));
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='No']")));
        browser.click(browser.find(By.id("check-child")));
        browser.waitForText("No record of this child yet");
        browser.screenshot("concern-filled");
        browser.click(browser.find(By.id("raise-concern")));
        browser.waitForText("Ailsa " + family);
        String casePath = browser.currentPath();
        assertThat(casePath).startsWith("/cases/");
        return casePath;
    }


    private static void review(Browser browser, String family, String decision) {
        Journeys.openTask(browser, "Child: Ailsa " + family, "Review the Child's Plan");
        browser.type(By.cssSelector("#field-reviewProgress textarea"), "Eating breakfast most days");
        browser.type(By.cssSelector("#field-reviewViews textarea"), "Ailsa is happier at school");
        for (String indicator : INDICATORS) {
            browser.setValue("field-reviewRating" + indicator, "5");
        }
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='" + decision + "']")));
    }

    /** Time passes to the review date: the engine's review timer fires, as its job executor would on the day. */
    private void reviewDateArrives(String casePath) {
        long concernId = Long.parseLong(casePath.substring("/cases/".length()));
        String processInstanceId = concerns.findById(concernId).orElseThrow().getProcessInstanceId();
        Journeys.timerFires(managementService, processInstanceId, "Event_ReviewDue");
    }
}
