package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.openqa.selenium.By;
import org.partnerflow.testsupport.TestPeople;

/** Steps every journey shares. */
final class Journeys {

    private Journeys() {
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
}
