package org.partnerflow.referral;

import java.util.List;
import java.util.Map;

/**
 * What a Child's Plan says, the same whether agreed ({@link ChildsPlanVersion}) or being changed
 * ({@link ChildsPlanDraft}): the needs, what will help (services), the outcome per indicator and the
 * actions. The one mapping between the two: a draft starts from an agreed version's content, the next
 * version is agreed from a draft's, and {@link ChildsPlanChanges} compares any two.
 */
record ChildsPlanContent(String needsSummary, String services, Map<WellbeingIndicator, PlanOutcome> outcomes, List<PlanAction> actions) {

    ChildsPlanContent {
        outcomes = Map.copyOf(outcomes);
        actions = List.copyOf(actions);
    }
}
