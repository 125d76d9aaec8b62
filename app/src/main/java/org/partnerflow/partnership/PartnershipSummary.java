package org.partnerflow.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership beside its tasks: purpose, partners and their roles, and the data-sharing protocol
 * in full while partners are asked to agree it.
 */
@Component
class PartnershipSummary implements SubjectSummaryProvider {

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final DataSharingProtocols protocols;
    private final People people;

    PartnershipSummary(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                       DataSharingProtocols protocols, People people) {
        this.people = people;
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.protocols = protocols;
    }

    @Override
    public boolean summarises(String processDefinitionKey) {
        return PartnershipFamily.KEY.equals(processDefinitionKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summarise(String processInstanceId) {
        return partnerships.findByProcessInstanceId(processInstanceId).map(p -> {
            List<PartnershipMember> current = members.findByPartnershipIdOrderByIdAsc(p.getId()).stream()
                    .filter(m -> m.getStatus() != PartnershipMember.Status.LEFT).toList();
            Map<Long, String> names = organisations.findByIdIn(current.stream().map(PartnershipMember::getOrganisationId).toList())
                    .stream().collect(Collectors.toMap(PartnerOrganisation::getId, PartnerOrganisation::getName));
            UnaryOperator<String> people = this.people.names();
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact("Type", Words.of(p.getType()) + " · " + p.getLocalAuthority()));
            facts.add(new Fact("Status", Words.of(p.getStatus())));
            facts.add(new Fact("Purpose", p.getPurpose()));
            facts.add(new Fact("Aims", p.getAims()));
            facts.add(new Fact("Partners", current.stream().map(m -> names.get(m.getOrganisationId()) + ": "
                    + m.standing(people)).collect(Collectors.joining("\n"))));
            facts.add(new Fact("Lead", people.apply(p.getLead())));
            protocols.findByPartnershipIdOrderByRevisionDesc(p.getId()).stream().findFirst().ifPresent(protocol -> {
                if (protocol.isPersonalDataShared()) {
                    facts.add(new Fact("Data-sharing protocol (revision " + protocol.getRevision() + ")",
                            "What is shared: " + protocol.getWhatIsShared() + "\nWhy: " + protocol.getPurpose()
                                    + "\nLawful basis: " + protocol.getLawfulBasis() + "\nKept: " + protocol.getRetention()));
                } else {
                    facts.add(new Fact("Data-sharing protocol", "No personal data is shared"));
                }
            });
            return new SubjectSummary("Partnership: " + p.getName(), facts);
        });
    }
}
