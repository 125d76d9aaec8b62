package org.partnerflow.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role starts only the processes its groups may start, through the start form. */
class StartViewTest extends KaribuSpringTest {

    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessFamilies families;

    @Test
    void aPractitionerStartsAPartnershipEnquiryFromItsStartForm() {
        String user = people.ensure(Role.PRACTITIONER);
        openUiAs(user);
        UI.getCurrent().navigate(StartView.class);
        String name = "Started in UI " + System.nanoTime();

        _click(_get(Button.class, s -> s.withText("Partnership enquiry")));
        _setValue(_get(TextField.class, s -> s.withId("field-name")), name);
        _setValue(_get(TextArea.class, s -> s.withId("field-purpose")), "A shared programme for young carers across the cluster");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> partners = _get(CheckboxGroup.class, s -> s.withId("field-partnerTypes"));
        assertThat(partners).isNotNull();
        _setValue(partners, Set.of("school", "third-sector"));
        _setValue(_get(TextField.class, s -> s.withId("field-contactEmail")), "carers@example.org");
        _click(_get(Button.class, s -> s.withId("start-process")));

        NotificationsKt.expectNotifications("Started: Partnership enquiry");
        assertThat(taskService.createTaskQuery().taskDescriptionLike("%" + name + "%").count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().startedBy(user).processDefinitionKey("partnership-enquiry")
                .count()).isPositive();
    }

    @Test
    void anInvalidStartFormStartsNothing() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(StartView.class);
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count();

        _click(_get(Button.class, s -> s.withText("Partnership enquiry")));
        _setValue(_get(TextField.class, s -> s.withId("field-name")), "X");
        _click(_get(Button.class, s -> s.withId("start-process")));

        assertThat(_get(TextField.class, s -> s.withId("field-name")).getErrorMessage()).isEqualTo("must be at least 3 characters");
        assertThat(_get(TextField.class, s -> s.withId("field-contactEmail")).getErrorMessage()).isEqualTo("is required");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count())
                .isEqualTo(before);
    }

    @Test
    void aStartIsRefusedOnceThePersonNoLongerHoldsAStartingRole() {
        String user = people.ensure("test-start-revoked-" + System.nanoTime(), Role.PRACTITIONER);
        openUiAs(user);
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withText("Partnership enquiry")));
        _setValue(_get(TextField.class, s -> s.withId("field-name")), "Revoked start");
        _setValue(_get(TextArea.class, s -> s.withId("field-purpose")), "Shared training for support staff");
        _setValue(_get(CheckboxGroup.class, s -> s.withId("field-partnerTypes")), Set.of("school"));
        _setValue(_get(TextField.class, s -> s.withId("field-contactEmail")), "staff@example.org");
        // While the form is open, an administrator takes the person out of the practitioner group.
        identityService.deleteMembership(user, Role.PRACTITIONER.groupId());

        _click(_get(Button.class, s -> s.withId("start-process")));

        NotificationsKt.expectNotifications("Your roles do not allow you to start Partnership enquiry (signed in as " + user + ").");
        assertThat(historyService.createHistoricProcessInstanceQuery().startedBy(user).count()).isZero();
    }

    @Test
    void aRoleThatStartsNothingIsToldSo() {
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(StartView.class);

        assertThat(_find(Button.class, s -> s.withText("Partnership enquiry"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).contains("do not start any process");
    }

    @Test
    void aFamilyStartsOnItsOwnStartPage() {
        openUiAs(people.ensure(Role.PARTNERSHIP_LEAD));
        UI.getCurrent().navigate(StartView.class);

        assertThat(_find(Button.class, s -> s.withText("Partnership: set-up and evaluation cycles"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withText("School improvement partnership: action-research cycles"))).hasSize(1);
        for (String key : new String[] {"partnership", "action-research"}) {
            ProcessFamily family = families.byKey(key).orElseThrow();
            UI.getCurrent().navigate(StartView.class);
            String process = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getName();
            _click(_get(Button.class, s -> s.withText(process)));

            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(family.startPage());
        }
    }
}
