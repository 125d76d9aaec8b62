package org.partnerflow.partnership;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Service;

/**
 * What the partnership process's steps look up: the partnership of a running process, the organisation
 * a step answers for, its member record, and the confirmed partners.
 */
@Service
class RunningPartnerships {

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final DataSharingProtocols protocols;
    private final PartnershipEvaluations evaluations;

    RunningPartnerships(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                        DataSharingProtocols protocols, PartnershipEvaluations evaluations) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.protocols = protocols;
        this.evaluations = evaluations;
    }

    Partnership of(DelegateExecution e) {
        return partnerships.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No partnership for process " + e.getProcessInstanceId()));
    }

    PartnerOrganisation answeringOrganisation(DelegateExecution e) {
        String group = Answers.of(e, AnsweringOrganisation.class).organisationGroup();
        return organisations.findByGroupId(group).orElseThrow(() -> new IllegalStateException("No organisation has group " + group));
    }

    /** The answering organisation's current membership (not one it has left). */
    PartnershipMember answeringMember(DelegateExecution e) {
        Partnership partnership = of(e);
        PartnerOrganisation organisation = answeringOrganisation(e);
        return members.findFirstByPartnershipIdAndOrganisationIdAndStatusNotOrderByIdDesc(partnership.getId(), organisation.getId(),
                        PartnershipMember.Status.LEFT)
                .orElseThrow(() -> new IllegalStateException(organisation.getName() + " is not a partner of " + partnership.getName()));
    }

    List<PartnershipMember> confirmed(Partnership partnership) {
        return members.findByPartnershipIdOrderByIdAsc(partnership.getId()).stream()
                .filter(m -> m.getStatus() == PartnershipMember.Status.CONFIRMED).toList();
    }

    /** The confirmed partners' groups, sorted: a multi-instance collection, one task per partner. */
    List<String> confirmedGroups(Partnership partnership) {
        List<Long> ids = confirmed(partnership).stream().map(PartnershipMember::getOrganisationId).toList();
        return organisations.findByIdIn(ids).stream().map(PartnerOrganisation::getGroupId).sorted().toList();
    }

    DataSharingProtocol latestProtocol(Partnership partnership) {
        return protocols.findByPartnershipIdOrderByRevisionDesc(partnership.getId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Partnership " + partnership.getId() + " has no data-sharing protocol"));
    }

    PartnershipEvaluation latestEvaluation(Partnership partnership) {
        return evaluations.findFirstByPartnershipIdOrderByCycleDesc(partnership.getId())
                .orElseThrow(() -> new IllegalStateException("Partnership " + partnership.getId() + " has no open evaluation"));
    }
}
