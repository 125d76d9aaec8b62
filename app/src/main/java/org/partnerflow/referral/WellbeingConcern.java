package org.partnerflow.referral;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A wellbeing concern about a child: the case the GIRFEC referral process works on. */
@Entity
@Table(name = "wellbeing_concern")
public class WellbeingConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false, fetch = FetchType.EAGER) // a concern is always shown with its child
    @JoinColumn(name = "child_id")
    private Child child;
    /** The child's details as the raiser typed them: what a raiser with no other part in the record is shown. */
    @Column(name = "entered_given_name", nullable = false, length = 100)
    private String enteredGivenName;
    @Column(name = "entered_family_name", nullable = false, length = 100)
    private String enteredFamilyName;
    @Column(name = "entered_date_of_birth", nullable = false)
    private LocalDate enteredDateOfBirth;
    @Column(name = "entered_school", nullable = false, length = 200)
    private String enteredSchool;
    @Column(name = "entered_candidate_number", length = 9)
    private String enteredCandidateNumber;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Column(name = "raised_by", length = 64)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;
    @Column(nullable = false, length = 4000)
    private String observation;
    @Column(nullable = false, length = 30)
    private String source;
    @Column(name = "immediate_risk", nullable = false)
    private boolean immediateRisk;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wellbeing_concern_indicator", joinColumns = @JoinColumn(name = "concern_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", length = 20)
    private Set<WellbeingIndicator> indicators = EnumSet.noneOf(WellbeingIndicator.class);
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStage stage;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Pathway pathway;
    @Column(name = "named_person", length = 64)
    private String namedPerson;
    @Column(name = "lead_professional", length = 64)
    private String leadProfessional;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closing_summary", length = 8000)
    private String closingSummary;
    @Column(name = "next_chronology_review_on")
    private LocalDate nextChronologyReviewOn;
    /** The child's open case this concern joined, if it did (Flyway V17). */
    @Column(name = "joined_case_id")
    private Long joinedCaseId;

    protected WellbeingConcern() {
    }

    public WellbeingConcern(Child child, ChildDetails asEntered, String processInstanceId, String raisedBy, Instant raisedAt, LocalDate observedOn,
                            String observation, String source, boolean immediateRisk, Set<WellbeingIndicator> indicators) {
        this.child = child;
        this.enteredGivenName = asEntered.givenName();
        this.enteredFamilyName = asEntered.familyName();
        this.enteredDateOfBirth = asEntered.dateOfBirth();
        this.enteredSchool = asEntered.school();
        this.enteredCandidateNumber = asEntered.candidateNumber();
        this.processInstanceId = processInstanceId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.observedOn = observedOn;
        this.observation = observation;
        this.source = source;
        this.immediateRisk = immediateRisk;
        this.indicators = indicators.isEmpty() ? EnumSet.noneOf(WellbeingIndicator.class) : EnumSet.copyOf(indicators);
        this.stage = immediateRisk ? CaseStage.CHILD_PROTECTION : CaseStage.ASSESSMENT;
    }

    public void moveTo(CaseStage stage) {
        this.stage = stage;
    }

    public void assessedBy(String namedPerson) {
        this.namedPerson = namedPerson;
    }

    public void decidePathway(Pathway pathway) {
        this.pathway = pathway;
        this.stage = switch (pathway) {
            case MULTI_AGENCY -> CaseStage.MULTI_AGENCY;
            case TARGETED_SINGLE_AGENCY -> CaseStage.SINGLE_AGENCY;
            default -> this.stage;
        };
    }

    public void appointLeadProfessional(String leadProfessional) {
        this.leadProfessional = leadProfessional;
        this.stage = CaseStage.MULTI_AGENCY;
    }

    /** This concern goes on as part of the child's open case: its own process ends there. */
    public void joinCase(WellbeingConcern openCase) {
        this.joinedCaseId = openCase.getId();
        this.stage = CaseStage.JOINED;
    }

    /** A change of Named Person (or a transfer) accepted: the case is theirs from now on. */
    void handNamedPersonTo(String namedPerson) {
        this.namedPerson = namedPerson;
    }

    /** A change of Lead Professional accepted. */
    void handLeadProfessionalTo(String leadProfessional) {
        this.leadProfessional = leadProfessional;
    }

    public void close(String closingSummary, Instant closedAt) {
        this.closingSummary = closingSummary;
        this.closedAt = closedAt;
        this.stage = CaseStage.CLOSED;
        this.nextChronologyReviewOn = null; // a closed case's chronology is not reviewed again
    }

    /** The day the case's chronology is next to be checked: accurate, significant events, facts. */
    public void chronologyReviewDue(LocalDate on) {
        this.nextChronologyReviewOn = on;
    }

    public LocalDate getNextChronologyReviewOn() { return nextChronologyReviewOn; }

    public Long getId() { return id; }

    /**
     * How a case is named where no personal data may go (notifications, mail, calendar events): C- and
     * the record's number, six digits at least (C-000123).
     */
    public static String referenceOf(long concernId) {
        return String.format("C-%06d", concernId);
    }
    public ChildDetails getChildAsEntered() {
        return new ChildDetails(enteredGivenName, enteredFamilyName, enteredDateOfBirth, enteredSchool, enteredCandidateNumber);
    }
    public long getVersion() { return version; }
    public Child getChild() { return child; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public LocalDate getObservedOn() { return observedOn; }
    public String getObservation() { return observation; }
    public String getSource() { return source; }
    public boolean isImmediateRisk() { return immediateRisk; }
    public Set<WellbeingIndicator> getIndicators() { return Set.copyOf(indicators); }
    public CaseStage getStage() { return stage; }
    public Pathway getPathway() { return pathway; }
    public String getNamedPerson() { return namedPerson; }
    public String getLeadProfessional() { return leadProfessional; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosingSummary() { return closingSummary; }
    public Long getJoinedCaseId() { return joinedCaseId; }
}
