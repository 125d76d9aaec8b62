package org.partnerflow.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One turn of the action-research loop: the change tried, when, its evaluation and the decision. */
@Entity
@Table(name = "action_research_cycle")
public class ActionResearchCycle {

    public enum Stage { TRYING, EVALUATED }

    public enum Decision { ADOPT, ADAPT, ABANDON, FINISH }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "cycle_number", nullable = false)
    private int number;
    @Column(name = "change_idea", nullable = false, length = 4000)
    private String changeIdea;
    @Column(name = "change_who", nullable = false, length = 2000)
    private String changeWho;
    @Column(name = "professional_learning", length = 4000)
    private String professionalLearning;
    @Column(name = "try_from", nullable = false)
    private LocalDate tryFrom;
    @Column(name = "try_until", nullable = false)
    private LocalDate tryUntil;
    @Column(name = "monitor_every", nullable = false, length = 10)
    private String monitorEvery;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.TRYING;
    @Column(name = "impact_on_learners", length = 4000)
    private String impactOnLearners;
    @Column(name = "staff_reflections", length = 4000)
    private String staffReflections;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;
    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ActionResearchCycle() {
    }

    ActionResearchCycle(Long projectId, int number, String changeIdea, String changeWho, String professionalLearning,
                        LocalDate tryFrom, LocalDate tryUntil, String monitorEvery) {
        this.projectId = projectId;
        this.number = number;
        this.changeIdea = changeIdea;
        this.changeWho = changeWho;
        this.professionalLearning = professionalLearning;
        this.tryFrom = tryFrom;
        this.tryUntil = tryUntil;
        this.monitorEvery = monitorEvery;
    }

    void evaluate(String impact, String reflections, Decision decision, String reason, Instant at) {
        this.stage = Stage.EVALUATED;
        this.impactOnLearners = impact;
        this.staffReflections = reflections;
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public int getNumber() { return number; }
    public String getChangeIdea() { return changeIdea; }
    public String getChangeWho() { return changeWho; }
    public String getProfessionalLearning() { return professionalLearning; }
    public LocalDate getTryFrom() { return tryFrom; }
    public LocalDate getTryUntil() { return tryUntil; }
    public String getMonitorEvery() { return monitorEvery; }
    public Stage getStage() { return stage; }
    public String getImpactOnLearners() { return impactOnLearners; }
    public String getStaffReflections() { return staffReflections; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getDecidedAt() { return decidedAt; }
}
