package org.partnerflow.partnership;

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
 * A partnership: its purpose and aims, the Children's Services Plan priorities and critical
 * indicators it serves, its agreed meeting protocol and programme, and where it is in its life:
 * proposed, setting up (roles and protocols), active (meeting and evaluation cycles), closed.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    public enum Status { PROPOSED, SETTING_UP, ACTIVE, CLOSED }

    /** The data-sharing protocol: agreed by every partner, not needed (no personal data), or not yet. */
    public enum ProtocolStatus { PENDING, AGREED, NOT_NEEDED }

    /** How often the partnership evaluates itself, as an ISO-8601 period for the process's timer. */
    public enum EvaluationCycle {
        TERMLY("P3M"), YEARLY("P1Y");

        private final String period;

        EvaluationCycle(String period) {
            this.period = period;
        }

        public String period() { return period; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "process_instance_id", length = 64, unique = true)
    private String processInstanceId;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "partnership_type", nullable = false, length = 40)
    private PartnershipType type;
    @Column(name = "local_authority", nullable = false, length = 100)
    private String localAuthority;
    @Column(nullable = false, length = 4000)
    private String purpose;
    @Column(nullable = false, length = 4000)
    private String aims;
    @Column(name = "csp_priorities", length = 4000)
    private String cspPriorities;
    @Column(name = "local_data", length = 4000)
    private String localData;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_indicator", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "indicator", length = 40)
    private Set<String> indicators = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(nullable = false, length = 64)
    private String lead;
    @Enumerated(EnumType.STRING)
    @Column(name = "protocol_status", nullable = false, length = 20)
    private ProtocolStatus protocolStatus = ProtocolStatus.PENDING;
    @Column(name = "meetings_per_year")
    private Integer meetingsPerYear;
    @Column(name = "meeting_structure", length = 4000)
    private String meetingStructure;
    @Column(name = "meeting_purpose", length = 4000)
    private String meetingPurpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_cycle", length = 20)
    private EvaluationCycle evaluationCycle;
    @Column(length = 4000)
    private String programme;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closing_report", length = 8000)
    private String closingReport;

    protected Partnership() {
    }

    Partnership(String processInstanceId, String name, PartnershipType type, String localAuthority, String purpose, String aims,
                String cspPriorities, String localData, Set<String> indicators, String lead, Instant proposedAt) {
        this.processInstanceId = processInstanceId;
        this.name = name;
        this.type = type;
        this.localAuthority = localAuthority;
        this.purpose = purpose;
        this.aims = aims;
        this.cspPriorities = cspPriorities;
        this.localData = localData;
        this.indicators = new LinkedHashSet<>(indicators);
        this.lead = lead;
        this.proposedAt = proposedAt;
        this.status = Status.SETTING_UP;
    }

    void protocolAgreed(boolean personalDataShared) {
        protocolStatus = personalDataShared ? ProtocolStatus.AGREED : ProtocolStatus.NOT_NEEDED;
    }

    void protocolRevised() {
        protocolStatus = ProtocolStatus.PENDING;
    }

    void agreeMeetings(int perYear, String structure, String purpose, EvaluationCycle cycle) {
        this.meetingsPerYear = perYear;
        this.meetingStructure = structure;
        this.meetingPurpose = purpose;
        this.evaluationCycle = cycle;
    }

    /** Only a partnership whose data-sharing protocol is settled may become active (the database checks too). */
    void activate(String programme, Instant at) {
        if (protocolStatus == ProtocolStatus.PENDING) {
            throw new IllegalStateException("Partnership '" + name + "' cannot become active: its data-sharing protocol is not agreed");
        }
        this.programme = programme;
        this.status = Status.ACTIVE;
        this.activatedAt = at;
    }

    void updateProgramme(String programme) {
        this.programme = programme;
    }

    void close(String report, Instant at) {
        this.status = Status.CLOSED;
        this.closingReport = report;
        this.closedAt = at;
    }

    void handOverLead(String successor) {
        this.lead = successor;
    }

    /** The partnership's reference where a record is named by a reference (notifications, mail): P-000012. */
    public static String referenceOf(long id) {
        return String.format("P-%06d", id);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getName() { return name; }
    public PartnershipType getType() { return type; }
    public String getLocalAuthority() { return localAuthority; }
    public String getPurpose() { return purpose; }
    public String getAims() { return aims; }
    public String getCspPriorities() { return cspPriorities; }
    public String getLocalData() { return localData; }
    /** The codes of the critical indicators it aims to move. */
    public Set<String> getIndicators() { return Set.copyOf(indicators); }
    public Status getStatus() { return status; }
    public String getLead() { return lead; }
    public ProtocolStatus getProtocolStatus() { return protocolStatus; }
    public Integer getMeetingsPerYear() { return meetingsPerYear; }
    public String getMeetingStructure() { return meetingStructure; }
    public String getMeetingPurpose() { return meetingPurpose; }
    public EvaluationCycle getEvaluationCycle() { return evaluationCycle; }
    public String getProgramme() { return programme; }
    public Instant getProposedAt() { return proposedAt; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosingReport() { return closingReport; }
}
