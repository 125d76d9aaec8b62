package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.partnerflow.words.Words;

/**
 * The case page's team-around-the-child meetings, in the order they were recorded: when and where,
 * who came and who was invited but did not, the child's and the family's views in their own words,
 * what was decided and whether the family agrees the plan; or that no review meeting was held and
 * why. The case's coordinator records one through the {@link MeetingForm}.
 */
public class MeetingsPanel extends Div {

    public MeetingsPanel(TeamAroundTheChildMeetings meetings, WellbeingConcern concern, List<ChildsPlanVersion> planVersions,
                         UnaryOperator<String> names, Runnable reload) {
        setId("case-meetings");
        add(new H3("Team-around-the-child meetings"));
        List<TeamMeeting> recorded = meetings.of(concern);
        if (recorded.isEmpty()) {
            add(new Paragraph("No meetings recorded yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("case-meeting-list");
            recorded.forEach(m -> list.add(new ListItem(describe(m, names))));
            add(list);
        }
        List<TeamAroundTheChildMeetings.PlanAgreement> agreements = meetings.agreements(concern, planVersions);
        if (!agreements.isEmpty()) {
            UnorderedList agreed = new UnorderedList();
            agreed.setId("case-plan-agreements");
            agreements.forEach(a -> agreed.add(new ListItem(agreement(a))));
            add(new Paragraph("Where each version of the Child's Plan was agreed:"), agreed);
        }
        if (meetings.mayRecord(concern)) {
            Button record = new Button("Record a meeting", e -> new MeetingForm(meetings, concern, reload).open());
            record.setId("record-meeting");
            add(record);
        }
    }

    /** A plan version, the meeting it was agreed at and the family's agreement, in words. */
    static String agreement(TeamAroundTheChildMeetings.PlanAgreement a) {
        String version = "Version " + a.version().getVersionNumber() + ": ";
        TeamMeeting m = a.meeting();
        if (m == null) {
            return version + "agreed on " + Words.date(a.version().getAgreedAt()) + " with no meeting recorded.";
        }
        if (!m.isHeld()) {
            return version + "agreed on " + Words.date(a.version().getAgreedAt()) + "; no meeting was held (" + m.getNotHeldReason() + ").";
        }
        return version + "agreed at the " + Words.of(m.getKind()).toLowerCase(java.util.Locale.ROOT) + " on " + Words.date(m.getHeldOn())
                + "; the family " + Words.of(m.getFamilyAgreement())
                + (m.getAgreementReason() == null ? "." : " (" + m.getAgreementReason() + ").");
    }

    /** One meeting in words. */
    static String describe(TeamMeeting m, UnaryOperator<String> names) {
        String recorded = " Recorded by " + names.apply(m.getRecordedBy()) + " on " + Words.dateTime(m.getRecordedAt()) + ".";
        if (!m.isHeld()) {
            return Words.of(m.getKind()) + ": no meeting held. Why: " + m.getNotHeldReason() + "." + recorded;
        }
        StringBuilder text = new StringBuilder(Words.of(m.getKind()) + " on " + Words.date(m.getHeldOn()) + " at " + m.getPlace() + ".");
        text.append(" Attended: ").append(people(m, true));
        String absent = people(m, false);
        if (!absent.isEmpty()) {
            text.append(". Invited, did not attend: ").append(absent);
        }
        text.append(".");
        if (m.getChildViews() != null) {
            text.append(" The child's views: \u201c").append(m.getChildViews()).append("\u201d.");
        }
        if (m.getFamilyViews() != null) {
            text.append(" The family's views: \u201c").append(m.getFamilyViews()).append("\u201d.");
        }
        if (m.getDecisions() != null) {
            text.append(" Decided: ").append(m.getDecisions()).append(".");
        }
        text.append(" The family ").append(Words.of(m.getFamilyAgreement()));
        if (m.getAgreementReason() != null) {
            text.append(": ").append(m.getAgreementReason());
        }
        return text.append(".").append(recorded).toString();
    }

    /** Those who attended ({@code attended}), or those invited who did not; someone who came uninvited counts as attending. */
    private static String people(TeamMeeting m, boolean attended) {
        return m.getPeople().stream().filter(p -> attended ? p.isAttended() : p.isInvited() && !p.isAttended())
                .map(p -> p.getName() + " (" + Words.of(p.getPart()) + ")").collect(Collectors.joining(", "));
    }
}
