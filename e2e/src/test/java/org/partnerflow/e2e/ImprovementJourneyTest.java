package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ImprovementProjectList;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The action-research loop in a real browser: a partnership lead starts a project, defines a measure,
 * takes it through two cycles recording values each week, sees the run chart flag the trend, and
 * publishes the learning, which the library then finds.
 */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImprovementJourneyTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;
    @Autowired
    ImprovementProjectList projects;
    @Autowired
    ManagementService managementService;

    @Test
    void aLeadTakesAProjectThroughTwoCyclesAndPublishesTheLearning() throws Exception {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Breakfast club " + System.currentTimeMillis();
        String subject = "Improvement project: " + name;
        String[] attendance = {"88", "88.5", "89", "90", "91", "92"};

        try (Browser browser = new Browser("http://localhost:" + port, "improvement")) {
            Journeys.signIn(browser, lead);
            browser.open("/improvement/new");
            browser.type(By.cssSelector("#field-name input"), name);
            browser.type(By.cssSelector("#field-participants textarea"), "Eastfield Primary, Northfield Academy; Glasgow City Council");
            browser.type(By.cssSelector("#field-enquiryQuestion textarea"), "Does a breakfast club raise attendance?");
            browser.type(By.cssSelector("#field-inequityIssue textarea"), "Attendance of pupils in SIMD 1-2 is 6 points lower");
            browser.type(By.cssSelector("#field-planLinks textarea"), "School improvement plan priority 2");
            browser.type(By.cssSelector("#field-team textarea"), "Depute heads lead; pupil support staff run the club");
            // The checklist's options come from the regional table of critical indicators.
            browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Secondary attendance rate']")));
            browser.click(browser.find(By.id("submit-project")));
            browser.waitForText("Cycle 1");
            String pagePath = browser.currentPath();

            Journeys.openTask(browser, subject, "Identify the challenge from evidence");
            browser.type(By.cssSelector("#field-challengeData textarea"), "Attendance 88% against 94% in the authority");
            browser.type(By.cssSelector("#field-evidenceSummary textarea"), "Weekly attendance returns; pupil voice survey");
            Journeys.complete(browser, "Identify the challenge from evidence");
            Journeys.openTask(browser, subject, "Define what success looks like");
            browser.type(By.cssSelector("#field-measures textarea"), "Attendance; %; higher; SEEMiS weekly returns; 88; 2026-08-20; 92; 2027-06-30");
            browser.type(By.cssSelector("#field-prediction textarea"), "A free breakfast brings pupils in on time");
            Journeys.complete(browser, "Define what success looks like");

            int value = 0;
            for (int cycle = 1; cycle <= 2; cycle++) {
                Journeys.openTask(browser, subject, "Plan the change");
                browser.type(By.cssSelector("#field-changeIdea textarea"), cycle == 1 ? "Free breakfast club from 8.15" : "From 8.00, with a walking bus");
                browser.type(By.cssSelector("#field-changeWho textarea"), "P5-P7 at Eastfield");
                // Chosen before the dates: an open date picker's overlay would sit over the select's items.
                browser.choose("field-monitorEvery", "Week");
                browser.type(By.cssSelector("#field-tryFrom input"), LocalDate.now().format(TYPED) + Keys.ENTER);
                browser.type(By.cssSelector("#field-tryUntil input"), LocalDate.now().plusWeeks(6).format(TYPED) + Keys.ENTER);
                Journeys.complete(browser, "Plan the change");
                for (int week = 0; week < 3; week++, value++) {
                    timerFires(pagePath, "Event_MonitorDue");
                    Journeys.openTask(browser, subject, "Record the measures' new values");
                    browser.type(By.cssSelector("#field-measuredOn input"), LocalDate.of(2026, 11, 6).plusWeeks(value).format(TYPED) + Keys.ENTER);
                    browser.type(By.cssSelector("#field-measureValues textarea"), "Attendance; " + attendance[value]);
                    Journeys.complete(browser, "Record the measures' new values");
                }
                timerFires(pagePath, "Event_TryingEnds");
                Journeys.openTask(browser, subject, "Evaluate the impact");
                browser.type(By.cssSelector("#field-impactOnLearners textarea"), cycle == 1 ? "Slightly better" : "At target");
                browser.type(By.cssSelector("#field-staffReflections textarea"), cycle == 1 ? "Late-comers miss it" : "The walking bus works");
                browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='"
                        + (cycle == 1 ? "Adapt it: a new cycle with changes" : "Adopt the change") + "']")));
                browser.type(By.cssSelector("#field-decisionReason textarea"), cycle == 1 ? "Open earlier" : "Target met");
                Journeys.complete(browser, "Evaluate the impact");
            }

            Journeys.openTask(browser, subject, "Share the learning");
            String title = "Walking bus and breakfast " + System.currentTimeMillis();
            browser.type(By.cssSelector("#field-learningTitle input"), title);
            browser.type(By.cssSelector("#field-learningSummary textarea"), "An early breakfast club with a walking bus raised attendance to target.");
            browser.type(By.cssSelector("#field-whatWorked textarea"), "The walking bus");
            browser.toggle("field-forSharingEvent");
            Journeys.complete(browser, "Share the learning");

            browser.open(pagePath);
            browser.waitForText("Finished after 2 cycles");
            browser.waitForText("Trend: 6 points in a row going up");
            browser.scrollTo(browser.find(By.id("project-measures")));
            browser.screenshot("run-chart-with-trend");
            assertThat(browser.driver().getPageSource()).contains("Cycle 2", "Walking bus and breakfast",
                    "Secondary attendance rate (baseline 90.7 percent in 2016-17, target 92 percent by 2020-21)");

            browser.open("/learning");
            browser.search(By.cssSelector("#library-search input"), "walking bus");
            browser.waitForText(title);
            browser.screenshot("learning-library");

            // The indicator the project aims to move, in the regional table with its chart.
            browser.open("/indicators");
            browser.waitForText("Secondary attendance rate");
            browser.scrollTo(browser.find(By.id("indicator-chart-secondary-attendance")));
            browser.screenshot("critical-indicators");
        }
    }

    private void timerFires(String pagePath, String timer) {
        long id = Long.parseLong(pagePath.substring("/improvement/".length()));
        Journeys.timerFires(managementService, projects.project(id).orElseThrow().getProcessInstanceId(), timer);
    }
}
