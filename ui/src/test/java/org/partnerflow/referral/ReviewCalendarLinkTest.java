package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page offers its coming review for calendars once a plan sets one, and not before or after the case closes. */
class ReviewCalendarLinkTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;

    private void openCase(long concernId) {
        UI.getCurrent().navigate(CasePage.class, new RouteParameters("concernId", String.valueOf(concernId)));
    }

    @Test
    void anAgreedPlansReviewIsOfferedForTheCalendar() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Diary" + System.nanoTime(), null, "no");
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        openUiAs(namedPerson);
        openCase(id);
        _assertNone(Anchor.class, s -> s.withId("review-calendar"));

        referrals.toSingleAgencyPlan(referral, namedPerson);
        openUiAs(namedPerson);
        openCase(id);
        Anchor link = _get(Anchor.class, s -> s.withId("review-calendar"));
        assertThat(link.getText()).isEqualTo("Add the review to your calendar (.ics)");
        assertThat(link.getHref()).as("a download the server answers, asking again who wants it").isNotBlank();
    }

    @Test
    void aClosedCaseHasNoReviewToOffer() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Closed" + System.nanoTime(), null, "no");
        referrals.toClosure(referral, namedPerson);
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        openUiAs(namedPerson);
        openCase(id);
        _assertNone(Anchor.class, s -> s.withId("review-calendar"));
    }
}
