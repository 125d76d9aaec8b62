package org.partnerflow.workflow;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/** The inbox in the UI: lazy paging, filters, claim, unclaim and hand-over against the real engine. */
class InboxViewTest extends KaribuSpringTest {

    @Autowired
    TaskInbox inbox;

    @SuppressWarnings("unchecked")
    private Grid<InboxTask> grid() {
        return _get(Grid.class, s -> s.withId("inbox"));
    }

    private void search(String text) {
        _setValue(_get(TextField.class, s -> s.withId("inbox-search")), text);
    }

    /**
     * Presses a row's action as the browser would: runs the function its button's {@code @click} names in
     * the actions column's template (Karibu cannot click inside a LitRenderer template), after checking
     * the template has that button, labelled for the row's task.
     */
    @SuppressWarnings("unchecked")
    private void pressRowAction(int row, String label, String function) {
        InboxTask task = _fetch(grid(), row, 1).get(0);
        LitRenderer<InboxTask> actions = (LitRenderer<InboxTask>) grid().getColumnByKey("actions").getRenderer();
        String template = (String) ReflectionTestUtils.invokeMethod(actions, "getTemplateExpression");
        assertThat(template).contains("aria-label=\"" + label + " ${item.name}\"", "@click=${" + function + "}");
        var functions = (java.util.Map<String, SerializableBiConsumer<InboxTask, JsonArray>>) ReflectionTestUtils.getField(actions, "clientCallables");
        functions.get(function).accept(task, Json.createArray());
    }

    @Test
    void theInboxPagesLazilyThroughMyGroupsTasks() {
        String prefix = "Paging " + System.nanoTime();
        for (int i = 0; i < 60; i++) {
            raiseEnquiry(prefix + " #" + i);
        }
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        openUiAs(lead);
        UI.getCurrent().navigate(InboxView.class);

        search(prefix);

        assertThat(_size(grid())).isEqualTo(60);
        assertThat(_get(Span.class, s -> s.withId("inbox-count")).getText()).isEqualTo("60 tasks");
        List<InboxTask> firstPage = _fetch(grid(), 0, 50);
        List<InboxTask> secondPage = _fetch(grid(), 50, 50);
        assertThat(firstPage).hasSize(50);
        assertThat(secondPage).hasSize(10);
        assertThat(firstPage).extracting(InboxTask::subject).allMatch(s -> s.startsWith("Partnership enquiry: " + prefix));
        assertThat(firstPage).extracting(InboxTask::id).doesNotContainAnyElementsOf(secondPage.stream().map(InboxTask::id).toList());
    }

    @Test
    void aHugeInboxIsNotCountedToTheEndButStillPagesThrough() {
        String prefix = "Huge " + System.nanoTime();
        for (int i = 0; i < 60; i++) {
            raiseEnquiry(prefix + " #" + i);
        }
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        // Stand-in for a thousand: the inbox stops counting at 25 here.
        ReflectionTestUtils.setField(inbox, "countedUpTo", 25L);
        try {
            UI.getCurrent().navigate(InboxView.class);
            search(prefix);

            assertThat(_get(Span.class, s -> s.withId("inbox-count")).getText()).isEqualTo("More than 25 tasks");
            assertThat(_fetch(grid(), 0, 50)).hasSize(50);
            assertThat(_fetch(grid(), 50, 50)).hasSize(10);
        } finally {
            ReflectionTestUtils.setField(inbox, "countedUpTo", 1_000L);
        }
    }

    @Test
    void tasksOfOtherGroupsAreNotListed() {
        String name = "Not yours " + System.nanoTime();
        raiseEnquiry(name);
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(InboxView.class);

        search(name);

        assertThat(_size(grid())).isZero();
    }

    @Test
    void theInboxFiltersByProcess() {
        String name = "Filter " + System.nanoTime();
        raiseEnquiry(name);
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(InboxView.class);
        search(name);
        @SuppressWarnings("unchecked")
        Select<TaskInbox.ProcessChoice> process = _get(Select.class, s -> s.withId("inbox-process"));

        _setValue(process, new TaskInbox.ProcessChoice("partnership-enquiry", "Partnership enquiry"));
        assertThat(_size(grid())).isEqualTo(1);

        _setValue(process, new TaskInbox.ProcessChoice("some-other-process", "Other"));
        assertThat(_size(grid())).isZero();
    }

    @Test
    void anOverdueTaskSaysSoInWordsNotOnlyByColour() {
        String name = "Due " + System.nanoTime();
        Task late = dueOn(raiseEnquiry(name + " late"), LocalDate.of(2020, 3, 5));
        Task early = dueOn(raiseEnquiry(name + " early"), LocalDate.of(2099, 1, 1));
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(InboxView.class);
        search(name);

        assertThat(dueCellText(late)).isEqualTo("Overdue 5 Mar 2020");
        assertThat(dueCellText(early)).isEqualTo("1 Jan 2099");
    }

    @Test
    void aRemindedTaskSaysSo() {
        String name = "Reminded " + System.nanoTime();
        Task reminded = raiseEnquiry(name + " reminded");
        reminded.setFollowUpDate(new Date(System.currentTimeMillis() - 60_000));
        taskService.saveTask(reminded);
        Task later = raiseEnquiry(name + " later");
        later.setFollowUpDate(Date.from(LocalDate.of(2099, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        taskService.saveTask(later);
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(InboxView.class);
        search(name);

        assertThat(dueCellText(reminded)).startsWith("Reminder sent");
        assertThat(dueCellText(later)).as("a follow-up still to come is no reminder yet").doesNotContain("Reminder");
    }

    private Task dueOn(Task task, LocalDate day) {
        task.setDueDate(Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        taskService.saveTask(task);
        return task;
    }

    private String dueCellText(Task task) {
        List<InboxTask> rows = _fetch(grid(), 0, _size(grid()));
        int row = rows.stream().map(InboxTask::id).toList().indexOf(task.getId());
        assertThat(row).as("row of task %s", task.getId()).isNotNegative();
        // The text the browser shows from the column's template, spaces collapsed.
        return GridKt.getPresentationValue(grid().getColumnByKey("due"), rows.get(row)).toString().strip().replaceAll("\\s+", " ");
    }

    @Test
    void claimAndUnclaimFromTheInbox() {
        String name = "Claim " + System.nanoTime();
        Task task = raiseEnquiry(name);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        openUiAs(lead);
        UI.getCurrent().navigate(InboxView.class);
        search(name);

        pressRowAction(0, "Claim", "claim");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(lead);
        NotificationsKt.expectNotifications("Claimed: Review the enquiry");
        assertThat(_fetch(grid(), 0, 1).get(0).assignee()).isEqualTo(lead);

        pressRowAction(0, "Unclaim", "unclaim");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aTaskIsHandedToAColleagueInItsGroup() {
        String name = "Hand over " + System.nanoTime();
        Task task = raiseEnquiry(name);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String colleague = people.ensure("test-lead-colleague", Role.PARTNERSHIP_LEAD);
        openUiAs(lead);
        UI.getCurrent().navigate(InboxView.class);
        search(name);

        pressRowAction(0, "Hand over", "handOver");
        @SuppressWarnings("unchecked")
        ComboBox<TaskAssignments.Colleague> who = _get(ComboBox.class, s -> s.withId("hand-over-colleague"));
        assertThat(who.getListDataView().getItems()).extracting(TaskAssignments.Colleague::id).contains(colleague).doesNotContain(lead);
        _setValue(who, who.getListDataView().getItems().filter(c -> c.id().equals(colleague)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("hand-over-confirm")));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(colleague);
    }

    @Test
    void handingOverToSomeoneOutsideTheTasksGroupsIsRefused() {
        Task task = raiseEnquiry("Refused hand-over " + System.nanoTime());
        people.ensure(Role.PARTNERSHIP_LEAD);
        String outsider = people.ensure(Role.MANAGER);
        people.signIn(Role.PARTNERSHIP_LEAD);
        TaskAssignments assignments = context.getBean(TaskAssignments.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assignments.handOver(task.getId(), outsider))
                .hasMessageContaining("not offered to " + outsider);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }
}
