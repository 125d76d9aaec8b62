package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page's meetings: listed for those on the case, recorded by its coordinator through the meeting form, refusals in words. */
class MeetingsPanelTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ManagementService managementService;

    /** A single-agency case whose review is due; its Named Person coordinates. */
    private WellbeingConcern reviewDue(String family) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), family + System.nanoTime(), null, "no");
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue")
                .singleResult().getId());
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private void openCase(WellbeingConcern concern) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concern.getId())));
    }

    private static String meetingsText() {
        return _get(Div.class, s -> s.withId("case-meetings")).getElement().getTextRecursively();
    }

    @Test
    void theRaiserReadsTheListButOnlyTheCoordinatorRecords() {
        WellbeingConcern concern = reviewDue("MeetingButtons");
        openUiAs(people.ensure(Role.PRACTITIONER));
        openCase(concern);
        assertThat(meetingsText()).contains("No meetings recorded yet.")
                .contains("Version 1: agreed on " + Words.date(LocalDate.now(Words.ZONE)) + " with no meeting recorded.");
        _assertNone(Button.class, s -> s.withId("record-meeting"));

        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        _get(Button.class, s -> s.withId("record-meeting"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeetingIsRecordedWithTheFamilysViewsAfterTheFormShowsWhatIsWrong() {
        WellbeingConcern concern = reviewDue("MeetingForm");
        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        _click(_get(Button.class, s -> s.withId("record-meeting")));

        RadioButtonGroup<TeamMeeting.Kind> kind = _get(RadioButtonGroup.class, s -> s.withId("meeting-kind"));
        kind.setValue(TeamMeeting.Kind.REVIEW);
        LocalDate tomorrow = LocalDate.now(Words.ZONE).plusDays(1);
        _get(DatePicker.class, s -> s.withId("meeting-held-on")).setValue(tomorrow);
        _setValue(_get(TextField.class, s -> s.withId("meeting-place")), "Eastfield Primary, the family room");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("meeting-person-1")).getText())
                .startsWith("The child: " + concern.getChild().details().fullName());
        _setValue(_get(Checkbox.class, s -> s.withId("meeting-attended-1")), true);
        _setValue(_get(TextField.class, s -> s.withId("meeting-add-name")), "Jo Kerr");
        _click(_get(Button.class, s -> s.withId("meeting-add-person")));
        _setValue(_get(Checkbox.class, s -> s.withId("meeting-invited-2")), false);
        _setValue(_get(Checkbox.class, s -> s.withId("meeting-attended-2")), true);
        _setValue(_get(TextArea.class, s -> s.withId("meeting-child-views")), "I want to keep going to breakfast club");
        _setValue(_get(TextArea.class, s -> s.withId("meeting-family-views")), "Mornings are calmer now");
        _setValue(_get(TextArea.class, s -> s.withId("meeting-decisions")), "Breakfast club continues");
        RadioButtonGroup<TeamMeeting.FamilyAgreement> agreement = _get(RadioButtonGroup.class, s -> s.withId("meeting-agreement"));
        agreement.setValue(TeamMeeting.FamilyAgreement.NOT_AGREED);

        _click(_get(Button.class, s -> s.withId("meeting-save")));
        Paragraph problem = _get(Paragraph.class, s -> s.withId("meeting-problem"));
        assertThat(problem.getText()).isEqualTo("The meeting date " + Words.date(tomorrow)
                + " is in the future: a meeting can be recorded once it has been held.");
        assertThat(_get(DatePicker.class, s -> s.withId("meeting-held-on")).isInvalid()).isTrue();

        _get(DatePicker.class, s -> s.withId("meeting-held-on")).setValue(LocalDate.now(Words.ZONE));
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        assertThat(problem.getText()).startsWith("Say why the family does not agree the plan");

        _setValue(_get(TextArea.class, s -> s.withId("meeting-agreement-reason")), "Mum would like the club to start later");
        _click(_get(Button.class, s -> s.withId("meeting-save")));

        _assertNone(com.vaadin.flow.component.dialog.Dialog.class, s -> s.withId("meeting-dialog"));
        assertThat(meetingsText()).contains("Review meeting on " + Words.date(LocalDate.now(Words.ZONE))
                        + " at Eastfield Primary, the family room.")
                .contains("Attended: " + concern.getChild().details().fullName() + " (The child), Jo Kerr (Advocate).")
                .contains("Invited, did not attend: Test Named Person (Team member)")
                .contains("The child's views: \u201cI want to keep going to breakfast club\u201d.")
                .contains("The family does not agree the plan: Mum would like the club to start later.");
    }

    @Test
    void noReviewMeetingNeedsItsReason() {
        WellbeingConcern concern = reviewDue("MeetingNotHeld");
        openUiAs(people.ensure(Role.NAMED_PERSON));
        openCase(concern);
        _click(_get(Button.class, s -> s.withId("record-meeting")));
        _setValue(_get(Checkbox.class, s -> s.withId("meeting-held")), false);
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("meeting-problem")).getText()).startsWith("Say why no review meeting was held");

        _setValue(_get(TextArea.class, s -> s.withId("meeting-not-held-reason")), "The family asked to review by telephone");
        _click(_get(Button.class, s -> s.withId("meeting-save")));
        assertThat(meetingsText()).contains("Review meeting: no meeting held. Why: The family asked to review by telephone.");
    }
}
