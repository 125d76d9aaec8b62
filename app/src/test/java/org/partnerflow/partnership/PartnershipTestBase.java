package org.partnerflow.partnership;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.TestPartnerships;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnership records and services the partnership tests read. */
abstract class PartnershipTestBase extends PartnerflowSpringTest {

    @Autowired
    TestPartnerships partnerships;
    @Autowired
    Partnerships records;
    @Autowired
    PartnershipMembers members;
    @Autowired
    PartnershipActions actions;
    @Autowired
    PartnershipMeetings meetings;
    @Autowired
    PartnershipEvaluations evaluations;
    @Autowired
    PrincipleRatings ratings;
    @Autowired
    IndicatorValues indicatorValues;
    @Autowired
    DataSharingProtocols protocols;
    @Autowired
    PartnershipHandOvers handOvers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
}
