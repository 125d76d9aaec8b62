package org.partnerflow.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.TaskSubjects;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Writes a partnership's set-up as partnership.bpmn moves: the proposal, each partner's role, the
 * data-sharing protocol and the answers to it, the meeting protocol, and activation with the joint
 * plan. Each runs inside the engine command, so a refusal leaves nothing half-written.
 */
@Service
public class PartnershipSetUp {

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final DataSharingProtocols protocols;
    private final DataSharingAnswers answers;
    private final PartnershipActions actions;
    private final PartnershipTimescales timescales;
    private final RegionalIndicators indicators;
    private final Clock clock;

    PartnershipSetUp(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                     DataSharingProtocols protocols, DataSharingAnswers answers, PartnershipActions actions,
                     PartnershipTimescales timescales, RegionalIndicators indicators, Clock clock) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.protocols = protocols;
        this.answers = answers;
        this.actions = actions;
        this.timescales = timescales;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** ${recordPartnershipProposal}: the partnership, its partners invited, and the variables the set-up needs. */
    void recordProposal(DelegateExecution e) {
        Map<String, Object> v = FormValues.plain(e.getVariables());
        PartnershipType type = PartnershipType.ofCode(String.valueOf(v.get("partnershipType")))
                .orElseThrow(() -> refused("propose-partnership", "partnershipType", "is not a kind of partnership Partnerflow knows"));
        Set<Long> ids = new LinkedHashSet<>();
        if (v.get("partnerOrganisations") instanceof Collection<?> chosen) {
            for (Object id : chosen) {
                try {
                    ids.add(Long.valueOf(String.valueOf(id)));
                } catch (NumberFormatException ex) {
                    throw refused("propose-partnership", "partnerOrganisations", "'" + id + "' is not an organisation in the register");
                }
            }
        }
        List<PartnerOrganisation> partners = organisations.findByIdIn(ids);
        if (partners.size() != ids.size()) {
            throw refused("propose-partnership", "partnerOrganisations", "contains an organisation that is not in the register");
        }
        if (partners.size() < 2) {
            throw refused("propose-partnership", "partnerOrganisations", "choose at least two partner organisations");
        }
        Set<String> linked = indicators.known(v.get("criticalIndicators"),
                c -> refused("propose-partnership", "criticalIndicators", "'" + c + "' is not a critical indicator"));
        String lead = v.get("partnershipLead") != null ? String.valueOf(v.get("partnershipLead")) : Actors.of(e);
        Partnership partnership = partnerships.save(new Partnership(e.getProcessInstanceId(), (String) v.get("name"), type,
                (String) v.get("localAuthority"), (String) v.get("purpose"), (String) v.get("aims"), (String) v.get("cspPriorities"),
                (String) v.get("localData"), linked, lead, clock.instant()));
        partners.forEach(o -> members.save(new PartnershipMember(partnership.getId(), o.getId())));
        e.setVariable("partnershipId", partnership.getId());
        e.setVariable("partnershipLead", lead);
        e.setVariable("partnerGroups", new ArrayList<>(partners.stream().map(PartnerOrganisation::getGroupId).toList()));
        e.setVariable("roleReminderAfter", timescales.roleReminder());
        e.setVariable(TaskSubjects.SUBJECT, "Partnership: " + partnership.getName());
    }

    /** ${recordPartnerRole}: the organisation confirms its role (the person answering becomes its contact) or declines. */
    void recordPartnerRole(DelegateExecution e) {
        PartnershipMember member = currentMember(e);
        if ("confirm".equals(e.getVariable("roleDecision"))) {
            member.confirm((String) e.getVariable("roleName"), (String) e.getVariable("responsibilities"), Actors.of(e), LocalDate.now(clock));
        } else {
            member.decline((String) e.getVariable("roleDeclineReason"));
        }
    }

    /** ${recordDeclineResolution}: the lead asks the organisation again or goes ahead without it. */
    void recordDeclineResolution(DelegateExecution e) {
        PartnershipMember member = currentMember(e);
        if ("reinvite".equals(e.getVariable("declineResolution"))) {
            member.reinvite();
        } else {
            member.withdraw(LocalDate.now(clock));
        }
    }

    /** ${recordDataSharingProtocol}: a new revision; with no personal data the protocol is settled at once. */
    void recordDataSharingProtocol(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        boolean personal = "yes".equals(e.getVariable("personalDataShared"));
        int revision = protocols.findByPartnershipIdOrderByRevisionDesc(partnership.getId()).stream().findFirst()
                .map(p -> p.getRevision() + 1).orElse(1);
        protocols.save(new DataSharingProtocol(partnership.getId(), revision, personal,
                personal ? (String) e.getVariable("whatIsShared") : null, personal ? (String) e.getVariable("sharingPurpose") : null,
                personal ? (String) e.getVariable("lawfulBasis") : null, personal ? (String) e.getVariable("retention") : null,
                Actors.of(e), clock.instant()));
        e.setVariable("sharesPersonalData", personal);
        if (personal) {
            partnership.protocolRevised();
            e.setVariable("protocolGroups", new ArrayList<>(confirmedGroups(partnership)));
        } else {
            partnership.protocolAgreed(false);
        }
    }

    /** ${recordProtocolAnswer}: one organisation's answer to the latest revision. */
    void recordProtocolAnswer(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        DataSharingProtocol protocol = latestProtocol(partnership);
        PartnerOrganisation organisation = organisationOf(e);
        boolean agreed = "agree".equals(e.getVariable("protocolAnswer"));
        answers.save(new DataSharingAnswer(protocol.getId(), organisation.getId(), agreed,
                agreed ? null : (String) e.getVariable("protocolObjection"), Actors.of(e), clock.instant()));
    }

    /** ${checkProtocolAnswers}: agreed only if every confirmed partner agreed the latest revision. */
    void checkProtocolAnswers(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        DataSharingProtocol protocol = latestProtocol(partnership);
        List<DataSharingAnswer> given = answers.findByProtocolIdOrderByAnsweredAtAsc(protocol.getId());
        Set<Long> agreedBy = new LinkedHashSet<>();
        given.stream().filter(DataSharingAnswer::isAgreed).forEach(a -> agreedBy.add(a.getOrganisationId()));
        boolean everyone = given.stream().allMatch(DataSharingAnswer::isAgreed)
                && confirmed(partnership).stream().allMatch(m -> agreedBy.contains(m.getOrganisationId()));
        if (everyone) {
            partnership.protocolAgreed(true);
        }
        e.setVariable("protocolAgreed", everyone);
    }

    /** ${recordMeetingProtocol}: frequency, structure, purpose and evaluation cycle; sets the cycles' timers. */
    void recordMeetingProtocol(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        int perYear = ((Number) FormValues.plain(e.getVariable("meetingsPerYear"))).intValue();
        int limit = partnership.getType().maxFormalMeetingsPerYear();
        if (limit > 0 && perYear > limit) {
            throw refused("meeting-protocol", "meetingsPerYear", "a " + Words.of(partnership.getType()).toLowerCase()
                    + " meets formally up to " + limit + " times a year");
        }
        Partnership.EvaluationCycle cycle = Partnership.EvaluationCycle.valueOf(String.valueOf(e.getVariable("evaluationCycle")).toUpperCase());
        partnership.agreeMeetings(perYear, (String) e.getVariable("meetingStructure"), (String) e.getVariable("meetingPurpose"), cycle);
        e.setVariable("meetingInterval", "P" + Math.max(1, 365 / perYear) + "D");
        e.setVariable("evaluationInterval", cycle.period());
    }

    /** ${activatePartnership}: the joint plan's actions, then active (refused while the protocol is unsettled). */
    void activatePartnership(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        for (ActionLines.Line line : ActionLines.parse((String) e.getVariable("planActions"), "joint-plan", "planActions")) {
            actions.save(new PartnershipAction(partnership.getId(), null, line.what(), line.owner(), line.due(), line.indicator()));
        }
        partnership.activate((String) e.getVariable("programme"), clock.instant());
    }

    Partnership partnershipOf(DelegateExecution e) {
        return partnerships.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No partnership for process " + e.getProcessInstanceId()));
    }

    List<PartnershipMember> confirmed(Partnership partnership) {
        return members.findByPartnershipIdOrderByIdAsc(partnership.getId()).stream()
                .filter(m -> m.getStatus() == PartnershipMember.Status.CONFIRMED).toList();
    }

    List<String> confirmedGroups(Partnership partnership) {
        List<Long> ids = confirmed(partnership).stream().map(PartnershipMember::getOrganisationId).toList();
        return organisations.findByIdIn(ids).stream().map(PartnerOrganisation::getGroupId).sorted().toList();
    }

    private DataSharingProtocol latestProtocol(Partnership partnership) {
        return protocols.findByPartnershipIdOrderByRevisionDesc(partnership.getId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Partnership " + partnership.getId() + " has no data-sharing protocol"));
    }

    private PartnershipMember currentMember(DelegateExecution e) {
        Partnership partnership = partnershipOf(e);
        PartnerOrganisation organisation = organisationOf(e);
        return members.findFirstByPartnershipIdAndOrganisationIdAndStatusNotOrderByIdDesc(partnership.getId(), organisation.getId(),
                        PartnershipMember.Status.LEFT)
                .orElseThrow(() -> new IllegalStateException(organisation.getName() + " is not a partner of " + partnership.getName()));
    }

    PartnerOrganisation organisationOf(DelegateExecution e) {
        String group = String.valueOf(e.getVariable("organisationGroup"));
        return organisations.findByGroupId(group).orElseThrow(() -> new IllegalStateException("No organisation has group " + group));
    }


    private static FormValidationException refused(String formId, String field, String message) {
        return new FormValidationException(formId, FieldErrors.of(field, message));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PartnershipTimescales.class)
    static class Delegates {
        @Bean JavaDelegate recordPartnershipProposal(PartnershipSetUp s) { return s::recordProposal; }
        @Bean JavaDelegate recordPartnerRole(PartnershipSetUp s) { return s::recordPartnerRole; }
        @Bean JavaDelegate recordDeclineResolution(PartnershipSetUp s) { return s::recordDeclineResolution; }
        @Bean JavaDelegate recordDataSharingProtocol(PartnershipSetUp s) { return s::recordDataSharingProtocol; }
        @Bean JavaDelegate recordProtocolAnswer(PartnershipSetUp s) { return s::recordProtocolAnswer; }
        @Bean JavaDelegate checkProtocolAnswers(PartnershipSetUp s) { return s::checkProtocolAnswers; }
        @Bean JavaDelegate recordMeetingProtocol(PartnershipSetUp s) { return s::recordMeetingProtocol; }
        @Bean JavaDelegate activatePartnership(PartnershipSetUp s) { return s::activatePartnership; }
    }
}
