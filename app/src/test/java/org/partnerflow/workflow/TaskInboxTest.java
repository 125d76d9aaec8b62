package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.StatementCounter;
import org.partnerflow.workflow.TaskInbox.Filter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/** The inbox's queries: whose tasks, in which order, page by page, at a bounded cost. */
class TaskInboxTest extends PartnerflowSpringTest {

    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskAssignments assignments;

    private static Filter text(String text) {
        return new Filter(null, text);
    }

    @Test
    void myTasksAndMyGroupsUnclaimedTasksButNotOtherGroupsOrOtherPeoples() {
        String prefix = "Whose " + System.nanoTime();
        Task unclaimed = raiseEnquiry(prefix + " unclaimed");
        Task mine = raiseEnquiry(prefix + " mine");
        Task colleagues = raiseEnquiry(prefix + " colleague's");
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(mine.getId(), lead);
        taskService.claim(colleagues.getId(), people.ensure("test-inbox-colleague", Role.PARTNERSHIP_LEAD));

        people.signInAs(lead);
        assertThat(inbox.page(text(prefix), 0, 50)).extracting(InboxTask::id)
                .containsExactlyInAnyOrder(unclaimed.getId(), mine.getId());

        people.signIn(Role.MANAGER);
        assertThat(inbox.count(text(prefix))).isZero();
    }

    @Test
    void overdueFirstThenByDueDateThenTasksWithoutADueDate() {
        String prefix = "Order " + System.nanoTime();
        Task noDue = raiseEnquiry(prefix + " a");
        Task later = raiseEnquiry(prefix + " b");
        Task overdue = raiseEnquiry(prefix + " c");
        taskService.setDueDate(noDue.getId(), null);
        taskService.setDueDate(later.getId(), Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
        taskService.setDueDate(overdue.getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));

        people.signIn(Role.PARTNERSHIP_LEAD);
        List<InboxTask> page = inbox.page(text(prefix), 0, 50);

        assertThat(page).extracting(InboxTask::id).containsExactly(overdue.getId(), later.getId(), noDue.getId());
        assertThat(page.get(0).isOverdue(new Date())).isTrue();
        assertThat(page.get(1).isOverdue(new Date())).isFalse();
        assertThat(page.get(0).processName()).isEqualTo("Partnership enquiry");
        assertThat(page.get(0).subject()).isEqualTo("Partnership enquiry: " + prefix + " c");
    }

    @Test
    void pagesAreDisjointAndCoverEveryTask() {
        String prefix = "Pages " + System.nanoTime();
        for (int i = 0; i < 25; i++) {
            raiseEnquiry(prefix + " " + i);
        }
        people.signIn(Role.PARTNERSHIP_LEAD);

        List<InboxTask> first = inbox.page(text(prefix), 0, 10);
        List<InboxTask> second = inbox.page(text(prefix), 10, 10);
        List<InboxTask> third = inbox.page(text(prefix), 20, 10);

        assertThat(inbox.count(text(prefix))).isEqualTo(25);
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(10);
        assertThat(third).hasSize(5);
        assertThat(java.util.stream.Stream.of(first, second, third).flatMap(List::stream).map(InboxTask::id).distinct())
                .hasSize(25);
    }

    @Test
    void filtersByProcessAndByTextInTaskNameOrSubject() {
        String name = "Filtered " + System.nanoTime();
        raiseEnquiry(name);
        people.signIn(Role.PARTNERSHIP_LEAD);

        assertThat(inbox.count(new Filter("partnership-enquiry", name))).isEqualTo(1);
        assertThat(inbox.count(new Filter("another-process", name))).isZero();
        assertThat(inbox.count(text("Review the enquiry"))).isPositive();
        // Search is case-insensitive in both task names and subjects (the engine compares upper-cased).
        assertThat(inbox.count(text(name.toLowerCase()))).isEqualTo(1);
        assertThat(inbox.count(text("review THE enquiry"))).isPositive();
        // LIKE wildcards typed by a person are taken literally.
        assertThat(inbox.count(text("%"))).isZero();
    }

    @Test
    void onePageCostsTheSameStatementsWithAFewTasksOrMany() {
        String few = "Few " + System.nanoTime();
        String many = "Many " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            raiseEnquiry(few + " " + i);
        }
        for (int i = 0; i < 150; i++) {
            raiseEnquiry(many + " " + i);
        }
        people.signIn(Role.PARTNERSHIP_LEAD);
        inbox.page(text(few), 0, 50); // process names are cached after the first read

        long fewStatements = statementsFor(() -> {
            inbox.count(text(few));
            inbox.page(text(few), 0, 50);
        });
        long manyStatements = statementsFor(() -> {
            inbox.count(text(many));
            inbox.page(text(many), 0, 50);
        });

        assertThat(inbox.count(text(many))).isEqualTo(150);
        assertThat(inbox.countUpTo(text(many), 100)).as("counts no further than one past the cap").isEqualTo(101);
        assertThat(inbox.countUpTo(text(few), 100)).isEqualTo(3);
        assertThat(manyStatements).isEqualTo(fewStatements);
        // count: offers counted, tasks counted; page: offers counted, ids, tasks, assignees' names.
        assertThat(manyStatements).isLessThanOrEqualTo(6);

        // The shape for many offers (walking the order index) lists exactly what the shape for few does.
        List<String> few50 = inbox.page(text(many), 0, 50).stream().map(InboxTask::id).toList();
        List<String> next50 = inbox.page(text(many), 50, 50).stream().map(InboxTask::id).toList();
        ReflectionTestUtils.setField(inbox, "countedUpTo", 10L);
        try {
            assertThat(inbox.page(text(many), 0, 50)).extracting(InboxTask::id).containsExactlyElementsOf(few50);
            assertThat(inbox.page(text(many), 50, 50)).extracting(InboxTask::id).containsExactlyElementsOf(next50);
            assertThat(inbox.countUpTo(text(many), 1_000)).isEqualTo(150);
        } finally {
            ReflectionTestUtils.setField(inbox, "countedUpTo", 1_000L);
        }
    }

    private static long statementsFor(Runnable work) {
        long before = StatementCounter.count();
        work.run();
        return StatementCounter.count() - before;
    }

    @Test
    void claimUnclaimAndHandOverFollowWhoHoldsTheTask() {
        Task task = raiseEnquiry("Holding " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String colleague = people.ensure("test-inbox-holder", Role.PARTNERSHIP_LEAD);
        String outsider = people.ensure(Role.MANAGER);

        people.signInAs(lead);
        assignments.claim(task.getId());
        assertThat(inbox.find(task.getId())).hasValueSatisfying(t -> assertThat(t.assignee()).isEqualTo(lead));

        people.signInAs(colleague);
        assertThatThrownBy(() -> assignments.claim(task.getId())).isInstanceOf(TaskAlreadyClaimedException.class);
        assertThatThrownBy(() -> assignments.unclaim(task.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> assignments.handOver(task.getId(), colleague)).isInstanceOf(AuthorizationException.class);

        people.signInAs(lead);
        assertThat(assignments.colleagues(task.getId())).extracting(TaskAssignments.Colleague::id).contains(colleague).doesNotContain(lead, outsider);
        assertThatThrownBy(() -> assignments.handOver(task.getId(), outsider)).isInstanceOf(AuthorizationException.class);
        assignments.handOver(task.getId(), colleague);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(colleague);

        people.signInAs(colleague);
        assignments.unclaim(task.getId());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void nobodyClaimsOrTakesATaskNotOfferedToThemWhicheverWayTheyAsk() {
        Task task = raiseEnquiry("Not offered " + System.nanoTime());
        String outsider = people.ensure(Role.MANAGER);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        people.signInAs(outsider);

        assertThatThrownBy(() -> assignments.claim(task.getId())).isInstanceOf(AuthorizationException.class);
        // The engine API itself (as REST and Tasklist use it) refuses too.
        assertThatThrownBy(() -> taskService.claim(task.getId(), outsider)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(task.getId(), outsider)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.claim(task.getId(), lead)).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("only for yourself");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void pagesStayStableWhenTasksTieOnDueAndCreateTime() {
        String prefix = "Ties " + System.nanoTime();
        Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS));
        for (int i = 0; i < 12; i++) {
            taskService.setDueDate(raiseEnquiry(prefix + " " + i).getId(), due);
        }
        people.signIn(Role.PARTNERSHIP_LEAD);

        List<String> pageByPage = new java.util.ArrayList<>();
        for (int offset = 0; offset < 12; offset += 5) {
            inbox.page(text(prefix), offset, 5).forEach(t -> pageByPage.add(t.id()));
        }
        assertThat(pageByPage).hasSize(12).doesNotHaveDuplicates();
    }
}
