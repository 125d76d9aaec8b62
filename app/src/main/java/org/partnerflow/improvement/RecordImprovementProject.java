package org.partnerflow.improvement;

import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.partnership.PartnershipRegistry;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The project as formed, linked to its partnership and indicators; its lead takes the tasks from here. */
@Component("recordImprovementProject")
class RecordImprovementProject implements JavaDelegate {

    private static final String FORM = "form-improvement-project";

    /** Who leads the project ({@code ${projectLead}}); the starter unless someone else was named. */
    record Lead(String projectLead) {
    }

    /** What the later steps read; {@code subject} is every task's subject. */
    record Formed(Long projectId, String projectLead, String subject) {
    }

    private final ImprovementProjects projects;
    private final PartnershipRegistry partnerships;
    private final RegionalIndicators indicators;
    private final Clock clock;

    RecordImprovementProject(ImprovementProjects projects, PartnershipRegistry partnerships, RegionalIndicators indicators, Clock clock) {
        this.projects = projects;
        this.partnerships = partnerships;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ImprovementProjectAnswers a = Answers.of(e, ImprovementProjectAnswers.class);
        Long partnershipId = null;
        if (a.partnershipId() != null && !a.partnershipId().isBlank()) {
            try {
                partnershipId = Long.valueOf(a.partnershipId().strip());
            } catch (NumberFormatException ex) {
                partnershipId = -1L;
            }
            if (!partnerships.exists(partnershipId)) {
                throw WrittenLines.refused(FORM, "partnershipId", "is not a partnership in the register");
            }
        }
        Set<String> linked = indicators.known(a.criticalIndicators(),
                c -> WrittenLines.refused(FORM, "criticalIndicators", "'" + c + "' is not a critical indicator"));
        String named = Answers.of(e, Lead.class).projectLead();
        String lead = named != null ? named : Actors.of(e);
        ImprovementProject project = projects.save(new ImprovementProject(e.getProcessInstanceId(), a.name(), partnershipId,
                a.participants(), a.enquiryQuestion(), a.inequityIssue(), a.planLinks(), a.team(), lead, linked, clock.instant()));
        Answers.write(e, new Formed(project.getId(), lead, Words.text("improvement.subject", project.getName())));
    }
}
