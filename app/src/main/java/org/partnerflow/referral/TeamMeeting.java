package org.partnerflow.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A team-around-the-child meeting (initial, or at a review): when and where, who was invited and who
 * came, the child's and the family's views in their own words, what was decided, and whether the
 * family agrees the plan (the plan is voluntary). Or, for a review, that no meeting was held and why.
 * A fact of the case, never edited: the family's agreement is kept here, with the words they said it
 * in, rather than on the plan version agreed after it (see {@link TeamAroundTheChildMeetings}).
 */
@Entity
@Immutable
@Table(name = "team_meeting")
public class TeamMeeting {

    public enum Kind { INITIAL, REVIEW }

    /** Whether the family agrees the plan: it is voluntary, so a plan without their agreement says why. */
    public enum FamilyAgreement { AGREED, NOT_AGREED, NOT_ASKED }

    /** Someone's part in the meeting. */
    public enum Part { TEAM_MEMBER, CHILD, PARENT_OR_CARER, ADVOCATE, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;
    @Column(nullable = false)
    private boolean held;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(length = 200)
    private String place;
    @Column(name = "not_held_reason", length = 2000)
    private String notHeldReason;
    @Column(name = "child_views", length = 4000)
    private String childViews;
    @Column(name = "family_views", length = 4000)
    private String familyViews;
    @Column(length = 4000)
    private String decisions;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_agreement", length = 12)
    private FamilyAgreement familyAgreement;
    @Column(name = "agreement_reason", length = 2000)
    private String agreementReason;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_meeting_person", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Person> people = new ArrayList<>();

    protected TeamMeeting() {
    }

    /** A meeting that was held. */
    static TeamMeeting held(Long concernId, Kind kind, LocalDate heldOn, String place, List<Person> people, String childViews,
                            String familyViews, String decisions, FamilyAgreement agreement, String agreementReason,
                            String recordedBy, Instant recordedAt) {
        TeamMeeting m = new TeamMeeting(concernId, kind, true, recordedBy, recordedAt);
        m.heldOn = heldOn;
        m.place = place;
        m.people = new ArrayList<>(people);
        m.childViews = childViews;
        m.familyViews = familyViews;
        m.decisions = decisions;
        m.familyAgreement = agreement;
        m.agreementReason = agreementReason;
        return m;
    }

    /** A review at which no meeting was held, and why. */
    static TeamMeeting notHeld(Long concernId, Kind kind, String reason, String recordedBy, Instant recordedAt) {
        TeamMeeting m = new TeamMeeting(concernId, kind, false, recordedBy, recordedAt);
        m.notHeldReason = reason;
        return m;
    }

    private TeamMeeting(Long concernId, Kind kind, boolean held, String recordedBy, Instant recordedAt) {
        this.concernId = concernId;
        this.kind = kind;
        this.held = held;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public Kind getKind() { return kind; }
    public boolean isHeld() { return held; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public String getNotHeldReason() { return notHeldReason; }
    public String getChildViews() { return childViews; }
    public String getFamilyViews() { return familyViews; }
    public String getDecisions() { return decisions; }
    public FamilyAgreement getFamilyAgreement() { return familyAgreement; }
    public String getAgreementReason() { return agreementReason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<Person> getPeople() { return List.copyOf(people); }

    /** Someone invited to the meeting: a team member (a Partnerflow user, or a named contact), the child, a parent or carer, an advocate, another. */
    @Embeddable
    public static class Person {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private Part part;
        @Column(name = "person_name", nullable = false, length = 200)
        private String name;
        @Column(name = "user_id", length = 64)
        private String userId;
        @Column(nullable = false)
        private boolean invited;
        @Column(nullable = false)
        private boolean attended;

        protected Person() {
        }

        public Person(Part part, String name, String userId, boolean invited, boolean attended) {
            this.part = part;
            this.name = name;
            this.userId = userId;
            this.invited = invited;
            this.attended = attended;
        }

        public Part getPart() { return part; }
        public String getName() { return name; }
        public String getUserId() { return userId; }
        public boolean isInvited() { return invited; }
        public boolean isAttended() { return attended; }
    }
}
