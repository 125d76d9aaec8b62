package org.partnerflow.improvement;

import java.util.List;
import java.util.Optional;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The project beside its tasks: the question it asks, whom it is for, where its cycles stand. */
@Component
class ImprovementSummary implements SubjectSummaryProvider {

    private final ImprovementProjects projects;

    ImprovementSummary(ImprovementProjects projects) {
        this.projects = projects;
    }

    @Override
    public boolean summarises(String processDefinitionKey) {
        return ImprovementFamily.KEY.equals(processDefinitionKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summarise(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).map(p -> new SubjectSummary("Improvement project: " + p.getName(),
                List.of(new Fact("Enquiry question", p.getEnquiryQuestion()),
                        new Fact("Inequity it tackles", p.getInequityIssue()),
                        new Fact("Taking part", p.getParticipants()),
                        new Fact("Team", p.getTeam()),
                        new Fact("Status", Words.of(p.getStatus()) + ", cycle " + p.getCurrentCycle()))));
    }
}
