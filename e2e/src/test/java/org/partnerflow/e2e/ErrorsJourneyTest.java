package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the browser: a task's form renders in Camunda Tasklist too (form-js, the same .form file), and
 * errors people meet read as words: a wrong address, a form with mistakes, an ended session.
 */
class ErrorsJourneyTest extends BrowserTest {
    @Autowired
    TestReferrals referrals;
    @Autowired
    TaskService taskService;

    @Test
    void tasklistRendersTheSameFormAndErrorsReadAsWords() throws Exception {
        String family = "Tasklist" + System.currentTimeMillis();
        ProcessInstance referral = referrals.raise(family);
        String taskId = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult().getId();
        // Tasklist reads case data straight from the engine: administrators' only since issue 17 (it could
        // not keep a manager to their own council). An administrator also ends Camunda's first-admin set-up page.
        String administrator = people.ensure(Role.ADMIN);
        String namedPerson = people.ensure(Role.NAMED_PERSON);

        try (Browser browser = browser("errors")) {
            Journeys.signIn(browser, administrator);
            browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty() ? null : Boolean.TRUE);
            browser.waitFor(d -> d.getPageSource().contains("What is getting in the way of this child") ? Boolean.TRUE : null);
            browser.screenshot("tasklist-renders-the-form");

            browser.open("/");
            Journeys.signOutAndIn(browser, namedPerson);
            browser.open("/no-such-page");
            browser.waitForText("No such page");
            assertThat(browser.driver().getPageSource()).doesNotContain("cases/:concernId");

            Journeys.openTask(browser, "Child: Ailsa " + family, "Named Person assessment");
            browser.click(browser.button("Complete"));
            browser.waitForText("Some answers need correcting: see the marked fields.");
            browser.screenshot("validation-failure");

            // The session ends (as after a long pause): the next action says so, in words.
            // (A session the server no longer knows: deleting the cookie outright reads as cookies being off.)
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ended-" + System.nanoTime(), "/"));
            browser.click(browser.button("Complete"));
            browser.waitForText("Your session has ended");
            browser.screenshot("session-ended");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at org.");
        }
    }
}
