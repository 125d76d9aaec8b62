package org.partnerflow.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestImprovements;
import org.springframework.beans.factory.annotation.Autowired;

/** Working a task: its subject beside its form, field errors, completion, and someone else's claim. */
class TaskViewTest extends KaribuSpringTest {

    @Autowired
    TestImprovements improvements;

    private void open(Task task) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task.getId()));
    }

    @Test
    void aClaimedTaskShowsItsSubjectAndFormAndRefusesInvalidValuesWritingNothing() {
        String name = "Task view " + System.nanoTime();
        Task task = raiseEnquiry(name);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        openUiAs(lead);
        open(task);

        Div summary = _get(Div.class, s -> s.withId("subject-summary"));
        assertThat(_get(summary, H3.class).getText()).isEqualTo("Partnership enquiry: " + name);
        // Each fact is a term followed by its description, so it is read out as a pair.
        assertThat(_find(summary, DescriptionList.Term.class)).extracting(DescriptionList.Term::getText).contains("Purpose and aims");
        assertThat(_find(summary, DescriptionList.Description.class)).extracting(DescriptionList.Description::getText)
                .contains("Improve transitions from nursery to primary one");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> decision = _get(RadioButtonGroup.class, s -> s.withId("field-decision"));
        _setValue(decision, "decline");
        _click(_get(Button.class, s -> s.withId("complete-task")));

        TextArea reason = _get(TextArea.class, s -> s.withId("field-decisionReason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("is required");
        NotificationsKt.expectNotifications("Some answers need correcting: see the marked fields.");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("decision");
    }

    @Test
    void completingValidValuesEndsTheTaskAndReturnsToTheInboxWithAConfirmation() {
        Task task = raiseEnquiry("Complete " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        openUiAs(lead);
        open(task);

        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-decision")), "accept");
        _click(_get(Button.class, s -> s.withId("complete-task")));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(InboxView.class);
        NotificationsKt.expectNotifications("Completed: Review the enquiry");
    }

    @Test
    void anUnclaimedTaskMustBeClaimedBeforeItsFormCanBeUsed() {
        Task task = raiseEnquiry("Unclaimed " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        openUiAs(lead);
        open(task);

        assertThat(_find(Button.class, s -> s.withId("complete-task"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("claim-task")));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(lead);
        assertThat(_find(Button.class, s -> s.withId("complete-task"))).hasSize(1);
    }

    @Test
    void nobodyCompletesATaskSomeoneElseHasClaimed() {
        Task task = raiseEnquiry("Someone else's " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String other = people.ensure("test-lead-other", Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        openUiAs(other);
        open(task);

        // A task claimed by someone else is no longer offered to the rest of the group.
        assertThat(_find(Button.class, s -> s.withId("complete-task"))).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("This task is no longer open");
        // The engine refuses it too, whichever way it is asked.
        assertThatThrownBy(() -> completion.complete(task.getId(), Map.of("decision", "accept")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("claimed by " + lead);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aTaskHandedOnWhileOpenCannotBeCompletedFromTheStalePage() {
        Task task = raiseEnquiry("Handed on " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String other = people.ensure("test-lead-other", Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        openUiAs(lead);
        open(task);
        // Meanwhile, in another tab, the lead hands the task to a colleague.
        taskService.setAssignee(task.getId(), other);

        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-decision")), "accept");
        _click(_get(Button.class, s -> s.withId("complete-task")));

        NotificationsKt.expectNotifications("Task 'Review the enquiry' is claimed by " + other + "; only they can complete it.");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(other);
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("decision");
    }

    @Test
    void aTaskThatIsNoLongerOpenSaysSo() {
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", "no-such-task"));

        assertThat(_get(H2.class).getText()).isEqualTo("This task is no longer open");
    }

    @Test
    void anImprovementTaskShowsItsProjectBesideIt() {
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String name = "Summarised project " + System.nanoTime();
        var project = improvements.start(lead, name);
        Task task = taskService.createTaskQuery().processInstanceId(project.getId()).list().get(0);
        openUiAs(lead);
        open(task);

        Div summary = _get(Div.class, s -> s.withId("subject-summary"));
        assertThat(_get(summary, H3.class).getText()).isEqualTo("Improvement project: " + name);
        assertThat(_find(summary, DescriptionList.Description.class)).extracting(DescriptionList.Description::getText)
                .contains("Does a breakfast club raise attendance among pupils in SIMD 1-2?", "Active, cycle 1");
    }
}
