package org.partnerflow.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The partnership as proposed, its partners invited, and the variables the set-up needs. */
@Component("recordPartnershipProposal")
@EnableConfigurationProperties(PartnershipTimescales.class)
class RecordProposedPartnership implements JavaDelegate {

    private static final String FORM = "propose-partnership";

    /** What the set-up reads from here on; {@code subject} is every task's subject. */
    record Proposed(Long partnershipId, String partnershipLead, List<String> partnerGroups, String roleReminderAfter,
                    String subject) {
    }

    private final Partnerships partnerships;
    private final PartnershipMembers members;
    private final PartnerOrganisations organisations;
    private final PartnershipTimescales timescales;
    private final RegionalIndicators indicators;
    private final Clock clock;

    RecordProposedPartnership(Partnerships partnerships, PartnershipMembers members, PartnerOrganisations organisations,
                              PartnershipTimescales timescales, RegionalIndicators indicators, Clock clock) {
        this.partnerships = partnerships;
        this.members = members;
        this.organisations = organisations;
        this.timescales = timescales;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ProposePartnershipAnswers a = Answers.of(e, ProposePartnershipAnswers.class);
        if (a.partnershipType() == null) {
            throw refused("partnershipType", "is not a kind of partnership Partnerflow knows");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : a.partnerOrganisations()) {
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException ex) {
                throw refused("partnerOrganisations", "'" + id + "' is not an organisation in the register");
            }
        }
        List<PartnerOrganisation> partners = organisations.findByIdIn(ids);
        if (partners.size() != ids.size()) {
            throw refused("partnerOrganisations", "contains an organisation that is not in the register");
        }
        if (partners.size() < 2) {
            throw refused("partnerOrganisations", "choose at least two partner organisations");
        }
        Set<String> linked = indicators.known(a.criticalIndicators(),
                c -> refused("criticalIndicators", "'" + c + "' is not a critical indicator"));
        String proposedLead = Answers.of(e, PartnershipLead.class).partnershipLead();
        String lead = proposedLead != null ? proposedLead : Actors.of(e);
        Partnership partnership = partnerships.save(new Partnership(e.getProcessInstanceId(), a.name(), a.partnershipType(),
                a.localAuthority(), a.purpose(), a.aims(), a.cspPriorities(), a.localData(), linked, lead, clock.instant()));
        partners.forEach(o -> members.save(new PartnershipMember(partnership.getId(), o.getId())));
        Answers.write(e, new Proposed(partnership.getId(), lead,
                new ArrayList<>(partners.stream().map(PartnerOrganisation::getGroupId).toList()), timescales.roleReminder(),
                Words.text("partnership.subject", partnership.getName())));
    }

    private static FormValidationException refused(String field, String message) {
        return new FormValidationException(FORM, FieldErrors.of(field, message));
    }
}
