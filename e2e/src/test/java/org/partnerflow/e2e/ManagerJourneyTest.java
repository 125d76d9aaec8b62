package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager audits in a real browser: a closed referral's history with who and when, its path on
 * the diagram drawn by bpmn-js, the CSV export, the dashboard's overdue work and the referral
 * process's heat view.
 */
class ManagerJourneyTest extends BrowserTest {
    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TaskService taskService;

    @Test
    void aManagerReadsAClosedReferralsHistoryExportsItAndSeesWhereWorkWaits() throws Exception {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance closed = referrals.raise("Audited" + System.currentTimeMillis());
        referrals.toClosure(closed, namedPerson);
        long caseId = concerns.findByProcessInstanceId(closed.getId()).orElseThrow().getId();
        // Another case whose assessment is overdue and unclaimed: the dashboard's overdue work.
        ProcessInstance late = referrals.raise("Late" + System.currentTimeMillis());
        Task assessment = taskService.createTaskQuery().processInstanceId(late.getId()).taskDefinitionKey("Activity_NamedPersonAssessment")
                .singleResult();
        assessment.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
        taskService.saveTask(assessment);
        String manager = people.ensure(Role.MANAGER);

        try (Browser browser = browser("manager")) {
            Journeys.signIn(browser, manager);
            browser.open("/cases/" + caseId);
            browser.click(browser.find(By.id("history-link")));
            browser.waitForText("Started GIRFEC referral: team around the child");
            // bpmn-js drew the instance's path: finished steps marked.
            browser.waitFor(d -> d.findElements(By.cssSelector("#instance-diagram[rendered] .pf-completed")).isEmpty() ? null : Boolean.TRUE);
            browser.screenshot("case-history-with-diagram");
            String timelinePath = browser.currentPath();
            assertThat(timelinePath).isEqualTo("/audit/case/" + caseId);

            // The printable page holds every step at once: who did each and when.
            browser.open(timelinePath + "/print");
            browser.waitForText("Task completed: Write the closing summary");
            String printed = browser.find(By.id("printable-timeline")).getText();
            assertThat(printed).contains("Started GIRFEC referral: team around the child", "Concern raised",
                    "Task completed: Named Person assessment", "Claimed of Named Person assessment", namedPerson, "Opened in history-timeline");
            browser.screenshot("printable-history");
            browser.open(timelinePath);

            String href = browser.find(By.id("timeline-csv")).getAttribute("href");
            Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                    href);
            assertThat(String.valueOf(csv)).startsWith("When,Kind,Who,What,Detail").contains("Task completed: Named Person assessment," );

            browser.open("/oversight");
            browser.waitForText("Overdue tasks");
            browser.waitFor(d -> d.findElement(By.id("overdue-by-team")).getText().contains("Named Person") ? Boolean.TRUE : null);
            browser.screenshot("oversight-dashboard");
            browser.click(browser.find(By.id("heat-girfec-referral")));
            browser.waitFor(d -> d.findElements(By.cssSelector("#heat-diagram[rendered] .pf-overlay")).isEmpty() ? null : Boolean.TRUE);
            assertThat(browser.find(By.id("heat-diagram")).getText()).contains("waiting");
            browser.screenshot("referral-heat-view");
        }
    }
}
