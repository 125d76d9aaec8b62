package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ImprovementProjectList;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 AA in the browser: axe-core on every main page (with records in them) finds no serious or
 * critical violation, and the sign-in form is completed with the keyboard alone.
 */
class AccessibilityTest extends BrowserTest {
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    TestImprovements improvements;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Partnerships partnershipRecords;
    @Autowired
    ImprovementProjectList projects;
    @Autowired
    TaskService taskService;

    @Test
    void everyMainPageMeetsWcag21AaAndSignInWorksByKeyboard() throws Exception {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance referral = referrals.raise("Access" + System.currentTimeMillis());
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        ProcessInstance assessing = referrals.raise("Keyboard" + System.currentTimeMillis());
        String assessmentTask = taskService.createTaskQuery().processInstanceId(assessing.getId()).singleResult().getId();
        ProcessInstance partnership = partnerships.propose(lead, TestPartnerships.proposal("Accessible cluster " + System.currentTimeMillis(),
                "school-cluster", partnerships.partners(2)));
        long partnershipId = partnershipRecords.findByProcessInstanceId(partnership.getId()).orElseThrow().getId();
        ProcessInstance project = improvements.start(lead, "Accessible project " + System.currentTimeMillis());
        long projectId = projects.projectOf(project.getId()).orElseThrow();

        Map<String, String> managerPages = new LinkedHashMap<>();
        managerPages.put("inbox", "/");
        managerPages.put("notifications", "/notifications");
        managerPages.put("case-page", "/cases/" + caseId);
        managerPages.put("caseload", "/caseload");
        managerPages.put("partnerships", "/partnerships");
        managerPages.put("partnership-page", "/partnerships/" + partnershipId);
        managerPages.put("organisations", "/organisations");
        managerPages.put("improvement-projects", "/improvement");
        managerPages.put("project-page", "/improvement/" + projectId);
        managerPages.put("learning-library", "/learning");
        managerPages.put("critical-indicators", "/indicators");
        managerPages.put("oversight", "/oversight");
        managerPages.put("access-log", "/audit/access");
        managerPages.put("history", "/audit/case/" + caseId);
        managerPages.put("retention", "/audit/retention");
        managerPages.put("establishments", "/establishments");
        managerPages.put("holidays", "/holidays");
        managerPages.put("notification-settings", "/notifications/settings");

        List<String> violations = new ArrayList<>();
        try (Browser browser = browser("accessibility")) {
            browser.open("/login");
            violations.addAll(Accessibility.violations(browser, "login"));
            signInByKeyboard(browser, namedPerson);
            browser.open("/tasks/" + assessmentTask);
            browser.waitForText("Named Person assessment");
            violations.addAll(Accessibility.violations(browser, "task-form"));
            browser.open("/concerns/new");
            browser.waitForText("Raise a wellbeing concern");
            violations.addAll(Accessibility.violations(browser, "raise-concern"));

            Journeys.signOutAndIn(browser, people.ensure(Role.MANAGER));
            for (Map.Entry<String, String> page : managerPages.entrySet()) {
                browser.open(page.getValue());
                violations.addAll(Accessibility.violations(browser, page.getKey()));
            }

            Journeys.signOutAndIn(browser, people.ensure(Role.ADMIN));
            for (Map.Entry<String, String> page : Map.of("unsent-mail", "/unsent-mail", "demo-mailbox", "/demo-mailbox", "directory-groups", "/admin/directory-groups").entrySet()) {
                browser.open(page.getValue());
                violations.addAll(Accessibility.violations(browser, page.getKey()));
            }
        }
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations (details in target/axe/)").isEmpty();
    }

    /** Tab to each field, type, and press Enter: no mouse. */
    private static void signInByKeyboard(Browser browser, String user) {
        browser.open("/login");
        WebElement username = browser.find(By.cssSelector("#vaadinLoginUsername input"));
        for (int tab = 0; tab < 6 && !username.equals(browser.driver().switchTo().activeElement()); tab++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("the user name is reached with Tab").isEqualTo(username);
        new Actions(browser.driver()).sendKeys(user).sendKeys(Keys.TAB).sendKeys(TestPeople.PASSWORD).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.findElements(By.id("signed-in-as")).isEmpty() ? null : Boolean.TRUE);
    }
}
