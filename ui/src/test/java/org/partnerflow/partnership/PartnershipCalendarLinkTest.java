package org.partnerflow.partnership;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPartnerships.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/** A running partnership's page offers its next meeting and evaluation for calendars; a closed one does not. */
class PartnershipCalendarLinkTest extends KaribuSpringTest {

    @Autowired
    TestPartnerships partnerships;
    @Autowired
    Partnerships records;

    private void openPage(long id) {
        UI.getCurrent().navigate(PartnershipPage.class, new RouteParameters("partnershipId", String.valueOf(id)));
    }

    @Test
    void theNextMeetingAndEvaluationAreOfferedWhileThePartnershipRuns() {
        List<Partner> partners = partnerships.partners(2);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        ProcessInstance p = partnerships.active(lead, "Diary " + System.nanoTime(), partners, "2099-01-31");
        long id = records.findByProcessInstanceId(p.getId()).orElseThrow().getId();

        openUiAs(people.ensure(Role.PRACTITIONER));
        openPage(id);
        assertThat(_get(Anchor.class, s -> s.withId(PartnershipInvitations.MEETING + "-calendar")).getText())
                .isEqualTo("Add the next meeting to your calendar (.ics)");
        assertThat(_get(Anchor.class, s -> s.withId(PartnershipInvitations.EVALUATION + "-calendar")).getText())
                .isEqualTo("Add the next evaluation to your calendar (.ics)");

        partnerships.evaluate(p, lead, partners, new int[] {5, 5}, Map.of("impactEvidence", "Target met",
                "evaluationDecision", "close", "closingReport", "The cluster met its numeracy target."));
        openUiAs(people.ensure(Role.PRACTITIONER));
        openPage(id);
        _assertNone(Anchor.class, s -> s.withId(PartnershipInvitations.MEETING + "-calendar"));
        _assertNone(Anchor.class, s -> s.withId(PartnershipInvitations.EVALUATION + "-calendar"));
    }
}
