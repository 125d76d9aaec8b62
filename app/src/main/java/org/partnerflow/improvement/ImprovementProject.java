package org.partnerflow.improvement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A school improvement partnership's action-research project: the enquiry, the inequity it tackles,
 * its links to improvement plans and critical indicators, the challenge from evidence, the prediction,
 * and which cycle it is on.
 */
@Entity
@Table(name = "improvement_project")
public class ImprovementProject {

    public enum Status { ACTIVE, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "process_instance_id", length = 64, unique = true)
    private String processInstanceId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "partnership_id")
    private Long partnershipId;
    @Column(nullable = false, length = 4000)
    private String participants;
    @Column(name = "enquiry_question", nullable = false, length = 2000)
    private String enquiryQuestion;
    @Column(name = "inequity_issue", nullable = false, length = 4000)
    private String inequityIssue;
    @Column(name = "plan_links", nullable = false, length = 4000)
    private String planLinks;
    @Column(nullable = false, length = 4000)
    private String team;
    @Column(nullable = false, length = 64)
    private String lead;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "improvement_project_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "indicator", length = 40)
    private Set<String> indicators = new LinkedHashSet<>();
    @Column(name = "challenge_data", length = 4000)
    private String challengeData;
    @Column(name = "evidence_summary", length = 4000)
    private String evidenceSummary;
    @Column(length = 4000)
    private String prediction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.ACTIVE;
    @Column(name = "current_cycle", nullable = false)
    private int currentCycle = 1;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImprovementProject() {
    }

    ImprovementProject(String processInstanceId, String name, Long partnershipId, String participants, String enquiryQuestion,
                       String inequityIssue, String planLinks, String team, String lead, Set<String> indicators,
                       Instant createdAt) {
        this.processInstanceId = processInstanceId;
        this.name = name;
        this.partnershipId = partnershipId;
        this.participants = participants;
        this.enquiryQuestion = enquiryQuestion;
        this.inequityIssue = inequityIssue;
        this.planLinks = planLinks;
        this.team = team;
        this.lead = lead;
        this.indicators = new LinkedHashSet<>(indicators);
        this.createdAt = createdAt;
    }

    void challenge(String data, String evidence) {
        this.challengeData = data;
        this.evidenceSummary = evidence;
    }

    void predict(String prediction) {
        this.prediction = prediction;
    }

    void nextCycle() {
        currentCycle++;
    }

    void finish(Instant at) {
        status = Status.FINISHED;
        finishedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getName() { return name; }
    public Long getPartnershipId() { return partnershipId; }
    public String getParticipants() { return participants; }
    public String getEnquiryQuestion() { return enquiryQuestion; }
    public String getInequityIssue() { return inequityIssue; }
    public String getPlanLinks() { return planLinks; }
    public String getTeam() { return team; }
    public String getLead() { return lead; }
    /** The codes of the critical indicators it aims to move. */
    public Set<String> getIndicators() { return Set.copyOf(indicators); }
    public String getChallengeData() { return challengeData; }
    public String getEvidenceSummary() { return evidenceSummary; }
    public String getPrediction() { return prediction; }
    public Status getStatus() { return status; }
    public int getCurrentCycle() { return currentCycle; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
