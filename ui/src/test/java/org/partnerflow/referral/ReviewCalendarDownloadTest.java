package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;

/** The .ics download asks again who wants it: the team gets the event, a stranger a 403 and nothing else. */
class ReviewCalendarDownloadTest extends KaribuSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ReviewInvitations reviews;

    private record Answered(VaadinResponse response, ByteArrayOutputStream body) {
    }

    private Answered download(long concernId) throws Exception {
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);
        new ReviewCalendarDownload(reviews, concernId).handleDownloadRequest(
                new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), null));
        return new Answered(response, body);
    }

    @Test
    void theTeamDownloadsTheEventAStrangerIsRefused() throws Exception {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ics" + System.nanoTime(), null, "no");
        referrals.toSingleAgencyPlan(referral, namedPerson);
        long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();

        openUiAs(namedPerson);
        Answered taken = download(id);
        verify(taken.response(), never()).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertThat(taken.body().toString(StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST",
                "DTSTART;TZID=Europe/London:20270201T093000");

        openUiAs(people.ensureIn("test-calendar-ui-renfrewshire", List.of("renfrewshire"), Role.MANAGER));
        Answered refused = download(id);
        verify(refused.response()).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertThat(refused.body().size()).isZero();
    }
}
