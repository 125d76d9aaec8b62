package org.partnerflow.improvement;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.partnerflow.identity.Refusals;
import org.partnerflow.oversight.ProcessStatistics;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.OversightFigure.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The improvement projects' oversight figures: how many at each status, and the step the running ones are at. */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@Transactional(readOnly = true)
class ImprovementOversight {

    private final EntityManager em;
    private final ProcessStatistics engine;

    ImprovementOversight(EntityManager em, ProcessStatistics engine) {
        this.em = em;
        this.engine = engine;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<OversightFigure> figures() {
        return List.of(projectsByStatus(), projectsByStep());
    }

    private OversightFigure projectsByStatus() {
        List<Row> rows = em.createQuery("select p.status, count(p) from ImprovementProject p group by p.status order by p.status", Object[].class)
                .getResultList().stream().map(r -> Row.of(Words.of((ImprovementProject.Status) r[0]), String.valueOf(r[1]))).toList();
        return new OversightFigure("projects-by-status", "Improvement projects by status", List.of("Status", "Projects"), rows,
                "No projects.");
    }

    private OversightFigure projectsByStep() {
        List<Row> rows = engine.waiting(ImprovementFamily.KEY).stream()
                .map(w -> Row.of(w.activityName() == null ? w.activityId() : w.activityName(), String.valueOf(w.instances()))).toList();
        return new OversightFigure("projects-by-step", "Running projects by the step they are at", List.of("Step", "Waiting there"), rows,
                "No project is running.");
    }
}
