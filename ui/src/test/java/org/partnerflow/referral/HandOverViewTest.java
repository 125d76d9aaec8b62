package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.DirectoryGroups;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.TaskAssignments;
import org.springframework.beans.factory.annotation.Autowired;

class HandOverViewTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    DirectoryGroups directoryGroups;

    @Test
    @SuppressWarnings("unchecked")
    void aManagerHandsOverALeaversTasksInOneGoWithAReason() {
        String leaver = people.ensureIn("test-np-leaving", List.of("glasgow-city", "named-persons.eastfield-primary"), Role.NAMED_PERSON);
        String successor = people.ensureIn("test-np-staying", List.of("glasgow-city", "named-persons.eastfield-primary"), Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Leaving" + System.nanoTime(),
                "Eastfield Primary", null, "no");
        // The leaver assessed the concern, so is the case's Named Person and holds "Confirm the pathway".
        referrals.work(referral, "Activity_NamedPersonAssessment", leaver, TestReferrals.assessment("Healthy", 3L, false));
        Task assessment = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_ConfirmPathway")
                .singleResult();
        assertThat(assessment.getAssignee()).isEqualTo(leaver);

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(HandOverView.class);
        ComboBox<People.Person> whose = _get(ComboBox.class, s -> s.withId("handover-person"));
        People.Person leaving = whose.getListDataView().getItems().filter(p -> p.id().equals(leaver)).findFirst().orElseThrow();
        assertThat(leaving.name()).isEqualTo("Test Np Leaving");
        _setValue(whose, leaving);
        Grid<TaskAssignments.HeldTask> tasks = _get(Grid.class, s -> s.withId("handover-tasks"));
        assertThat(_fetch(tasks, 0, 50)).extracting(TaskAssignments.HeldTask::id).contains(assessment.getId());
        Grid<LeaverCases.HeldCase> cases = _get(Grid.class, s -> s.withId("handover-cases"));
        assertThat(_fetch(cases, 0, 50)).anySatisfy(c -> {
            assertThat(c.concern().getProcessInstanceId()).isEqualTo(referral.getId());
            assertThat(c.asNamedPerson()).isTrue();
        });

        ComboBox<TaskAssignments.Colleague> to = _get(ComboBox.class, s -> s.withId("handover-successor"));
        TaskAssignments.Colleague staying = to.getListDataView().getItems().filter(c -> c.id().equals(successor)).findFirst().orElseThrow();
        assertThat(to.getListDataView().getItems()).noneMatch(c -> c.id().equals(leaver));
        _setValue(to, staying);
        _click(_get(Button.class, s -> s.withId("handover-all")));
        NotificationsKt.expectNotifications("Say why the task is reallocated (3 to 2,000 characters): it is kept with the change.");
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee()).isEqualTo(leaver);

        _setValue(_get(TextArea.class, s -> s.withId("handover-reason")), "Leaving the service at the end of the month");
        _click(_get(Button.class, s -> s.withId("handover-all")));
        NotificationsKt.expectNotifications("1 task handed to Test Np Staying; 1 case waits for them to take it on.");
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).singleResult().getAssignee()).isEqualTo(successor);
        assertThat(_size(tasks)).isZero();
        // The case asks the successor to take it on, in their inbox.
        Task takeOn = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_TakeOnAsNamedPerson")
                .singleResult();
        assertThat(takeOn).as("the successor is asked to take the child on as Named Person").isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaverMarkedAsLeftWhoStillHoldsWorkIsListedAndChosenInOneClick() {
        String leaver = people.ensureIn("test-np-left", List.of("glasgow-city", "named-persons.eastfield-primary"), Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Isla", "Left" + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", leaver, TestReferrals.assessment("Healthy", 3L, false));
        people.signIn(Role.ADMIN);
        if (!directoryGroups.hasLeft(leaver)) {
            directoryGroups.markLeft(leaver);
        }
        people.signOut();

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(HandOverView.class);
        Button listed = _get(Button.class, s -> s.withId("leaver-" + leaver));
        assertThat(listed.getText()).isEqualTo("Test Np Left: 1 task, 1 case");
        _click(listed);

        ComboBox<People.Person> whose = _get(ComboBox.class, s -> s.withId("handover-person"));
        assertThat(whose.getValue().id()).isEqualTo(leaver);
        Grid<TaskAssignments.HeldTask> tasks = _get(Grid.class, s -> s.withId("handover-tasks"));
        assertThat(_size(tasks)).isEqualTo(1);
    }
}
