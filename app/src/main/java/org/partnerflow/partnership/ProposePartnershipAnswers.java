package org.partnerflow.partnership;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** The proposal: what the partnership is for, and the organisations (register ids) invited into it. */
@AnswersOf("propose-partnership")
record ProposePartnershipAnswers(String name, PartnershipType partnershipType, String localAuthority, String purpose,
                                 String aims, List<String> partnerOrganisations, String cspPriorities,
                                 List<String> criticalIndicators, String localData) {
}
