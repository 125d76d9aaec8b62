package org.partnerflow.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child and the concern beside a referral task: what the person working the task needs, no more. */
@Component
class ReferralSummary implements SubjectSummaryProvider {

    private final WellbeingConcerns concerns;
    private final ConsentRecords consents;

    ReferralSummary(WellbeingConcerns concerns, ConsentRecords consents) {
        this.concerns = concerns;
        this.consents = consents;
    }

    @Override
    public boolean summarises(String processDefinitionKey) {
        return "girfec-referral".equals(processDefinitionKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summarise(String processInstanceId) {
        return concerns.findByProcessInstanceId(processInstanceId).map(c -> {
            List<Fact> facts = new ArrayList<>(List.of(new Fact("Date of birth", c.getChild().getDateOfBirth().toString()),
                    new Fact("School or setting", c.getChild().getSchool()),
                    new Fact("Stage", c.getStage().name().toLowerCase().replace('_', ' ')),
                    new Fact("Concern observed on", c.getObservedOn().toString()),
                    new Fact("What was observed", c.getObservation()),
                    new Fact("Wellbeing indicators", String.join(", ",
                            c.getIndicators().stream().map(WellbeingIndicator::displayName).sorted().toList()))));
            // Whoever invites agencies needs to see what the consent on record allows.
            List<ConsentRecord> recorded = consents.findByConcernIdOrderByRecordedAtAsc(c.getId());
            if (!recorded.isEmpty()) {
                ConsentRecord latest = recorded.get(recorded.size() - 1);
                facts.add(new Fact("Information may be shared with", latest.mayShare()
                        ? PartnerAgency.namesOf(latest.getAgencies()) + (latest.isConsentGiven() ? " (with consent)" : " (without consent)")
                        : "no one beyond the Named Person's agency"));
            }
            return new SubjectSummary("Child: " + c.getChild().fullName(), facts);
        });
    }
}
