package org.partnerflow.partnership;

import java.util.List;
import java.util.Map;

/** Everything the partnership page shows, read in one go. */
public record PartnershipFile(
        Partnership partnership,
        List<PartnershipMember> members,
        Map<Long, PartnerOrganisation> organisations,
        List<DataSharingProtocol> protocols,
        List<DataSharingAnswer> latestAnswers,
        List<PartnershipMeeting> meetings,
        List<PartnershipAction> actions,
        List<PartnershipEvaluation> evaluations,
        List<PrincipleRating> ratings,
        List<IndicatorValue> indicatorValues) {

    public String organisationName(Long organisationId) {
        PartnerOrganisation o = organisations.get(organisationId);
        return o == null ? "Organisation " + organisationId : o.getName();
    }

    public List<IndicatorValue> indicatorValuesOf(PartnershipEvaluation evaluation) {
        return indicatorValues.stream().filter(v -> v.getEvaluationId().equals(evaluation.getId())).toList();
    }

    /** The ratings of one evaluation cycle. */
    public List<PrincipleRating> ratingsOf(PartnershipEvaluation evaluation) {
        return ratings.stream().filter(r -> r.getEvaluationId().equals(evaluation.getId())).toList();
    }
}
