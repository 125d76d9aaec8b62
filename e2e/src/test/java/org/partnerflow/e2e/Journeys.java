package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.partnerflow.testsupport.TestPeople;

/** Steps every journey shares. */
final class Journeys {

    /** The SHANARRI indicators as the assessment form's rating fields name them. */
    static final String[] INDICATORS = {"Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included"};

    private Journeys() {
    }

    /** Raises a concern about Ailsa (family name, school as the list shows it, e.g. "Eastfield Primary, Glasgow City", and candidate number given); returns the case page's path. */
    static String raiseConcern(Browser browser, String family, String school, String candidateNumber, String answer) {
        browser.open("/concerns/new");
        browser.type(By.cssSelector("#field-childGivenName input"), "Ailsa");
        browser.type(By.cssSelector("#field-childFamilyName input"), family);
        browser.type(By.cssSelector("#field-childDateOfBirth input"), "12/04/2016" + Keys.ENTER);
        browser.chooseInComboBox("field-childEstablishment", school);
        if (candidateNumber != null) {
            browser.type(By.cssSelector("#field-childCandidateNumber input"), candidateNumber);
        }
        browser.type(By.cssSelector("#field-observedOn input"), "18/11/2026" + Keys.ENTER);
        browser.type(By.cssSelector("#field-observation textarea"), "Arrived hungry three days running.");
        browser.click(browser.find(By.xpath("//vaadin-checkbox[normalize-space(.)='Nurtured']")));
        browser.click(browser.find(By.cssSelector("#field-source")));
        browser.click(browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='School or nursery']")));
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='No']")));
        browser.click(browser.find(By.id("check-child")));
        browser.waitForText(answer);
        browser.click(browser.find(By.id("raise-concern")));
        browser.waitForText("Ailsa " + family);
        String casePath = browser.currentPath();
        assertThat(casePath).startsWith("/cases/");
        return casePath;
    }

    /** The Named Person claims the assessment from the inbox and completes it with the Nurtured rating given. */
    static void assess(Browser browser, String family, String nurtured, boolean otherAgenciesNeeded) {
        Journeys.openTask(browser, "Child: Ailsa " + family, "Named Person assessment");
        browser.waitForText("What is getting in the way");
        for (String field : new String[] {"whatIsGettingInTheWay", "informationNeeded", "whatICanDoNow", "whatMyAgencyCanDo",
                "additionalHelp", "childsViews", "parentsViews"}) {
            browser.type(By.cssSelector("#field-" + field + " textarea"), "Recorded in the journey test");
        }
        for (String indicator : INDICATORS) {
            browser.setValue("field-rating" + indicator, indicator.equals("Nurtured") ? nurtured : "5");
        }
        if (otherAgenciesNeeded) {
            browser.toggle("field-needsOtherAgencies");
        }
        browser.screenshot("assessment-filled");
        Journeys.complete(browser, "Named Person assessment");
    }

    static void signIn(Browser browser, String user) {
        browser.signedInAs(user);
        browser.open("/login");
        browser.type(By.cssSelector("#vaadinLoginUsername input"), user);
        browser.type(By.cssSelector("#vaadinLoginPassword input"), TestPeople.PASSWORD);
        browser.click(browser.find(By.cssSelector("vaadin-button[slot='submit']")));
        browser.waitFor(d -> d.findElements(By.id("signed-in-as")).isEmpty() ? null : Boolean.TRUE);
    }

    /** From the inbox, filtered by the task's subject: claims the task if it is offered to a group, then opens it. */
    static void openTask(Browser browser, String subject, String task) {
        browser.open("/");
        browser.search(By.cssSelector("#inbox-search input"), subject);
        browser.waitForText(subject);
        By claim = By.xpath("//vaadin-button[@aria-label=\"Claim " + task + "\"]");
        // The row's template keeps Claim and Unclaim and shows the one that applies.
        if (browser.findAll(claim).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed)) {
            browser.click(browser.find(claim));
            browser.waitForText("Claimed: " + task);
        }
        browser.click(browser.find(By.xpath("//vaadin-button[@aria-label=\"Open " + task + "\"]")));
        browser.find(By.id("task-form"));
    }

    static void complete(Browser browser, String task) {
        browser.click(browser.button("Complete"));
        browser.waitForText("Completed: " + task);
    }

    static void signOutAndIn(Browser browser, String user) {
        browser.click(browser.find(By.id("sign-out")));
        signIn(browser, user);
    }

    /** Time passes to a timer: the engine fires it, as its job executor would on the day. */
    static void timerFires(ManagementService managementService, String processInstanceId, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timer).singleResult();
        assertThat(job).as("waiting at " + timer).isNotNull();
        managementService.executeJob(job.getId());
    }

    /**
     * The case's coordinator records today's team-around-the-child meeting on the case page (a plan is
     * agreed, and each review held, at a meeting): the child attended (their row found by what it
     * says, not its place), with the child's and the family's views, and the family agrees the plan.
     */
    static void recordMeeting(Browser browser, String casePath, String childsViews, String familysViews, String screenshot) {
        browser.open(casePath);
        browser.click(browser.find(By.id("record-meeting")));
        browser.waitForText("Record a team-around-the-child meeting");
        browser.type(By.cssSelector("#meeting-place input"), "Eastfield Primary, the family room");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object childRow = js.executeScript("const who = [...document.querySelectorAll('[id^=meeting-person-]')]"
                + ".find(s => s.textContent.startsWith('The child'));"
                + "return who ? who.id.substring('meeting-person-'.length) : null;");
        assertThat(childRow).as("the child is among those invited").isNotNull();
        browser.toggle("meeting-attended-" + childRow);
        browser.type(By.cssSelector("#meeting-child-views textarea"), childsViews);
        browser.type(By.cssSelector("#meeting-family-views textarea"), familysViews);
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='The family agrees the plan']")));
        browser.screenshot(screenshot);
        browser.click(browser.find(By.id("meeting-save")));
        browser.waitForText("The family agrees the plan.");
    }
}
