package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The Named Person's assessment: the five GIRFEC questions, the My World Triangle's strengths and
 * challenges, and the child's and parents' views. Its rating per SHANARRI indicator is kept as
 * {@link WellbeingRating}s of the same moment, so the chart reads assessments and reviews alike.
 */
@Entity
@Immutable
@Table(name = "wellbeing_assessment")
public class WellbeingAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "concern_id", nullable = false)
    private Long concernId;
    @Column(name = "assessed_by", length = 64)
    private String assessedBy;
    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;
    @Column(name = "what_is_getting_in_the_way", nullable = false, length = 4000)
    private String whatIsGettingInTheWay;
    @Column(name = "information_needed", nullable = false, length = 4000)
    private String informationNeeded;
    @Column(name = "what_i_can_do_now", nullable = false, length = 4000)
    private String whatICanDoNow;
    @Column(name = "what_my_agency_can_do", nullable = false, length = 4000)
    private String whatMyAgencyCanDo;
    @Column(name = "additional_help", nullable = false, length = 4000)
    private String additionalHelp;
    @Column(name = "needs_other_agencies", nullable = false)
    private boolean needsOtherAgencies;
    @Column(name = "growing_strengths", length = 4000)
    private String growingStrengths;
    @Column(name = "growing_challenges", length = 4000)
    private String growingChallenges;
    @Column(name = "carers_strengths", length = 4000)
    private String carersStrengths;
    @Column(name = "carers_challenges", length = 4000)
    private String carersChallenges;
    @Column(name = "wider_world_strengths", length = 4000)
    private String widerWorldStrengths;
    @Column(name = "wider_world_challenges", length = 4000)
    private String widerWorldChallenges;
    @Column(name = "childs_views", nullable = false, length = 4000)
    private String childsViews;
    @Column(name = "parents_views", nullable = false, length = 4000)
    private String parentsViews;

    protected WellbeingAssessment() {
    }

    /** From the named-person-assessment form's answers (already validated by the form guard). */
    static WellbeingAssessment fromAnswers(Long concernId, NamedPersonAssessmentAnswers answers, String assessedBy, Instant assessedAt) {
        WellbeingAssessment a = new WellbeingAssessment();
        a.concernId = concernId;
        a.assessedBy = assessedBy;
        a.assessedAt = assessedAt;
        a.whatIsGettingInTheWay = text(answers.whatIsGettingInTheWay());
        a.informationNeeded = text(answers.informationNeeded());
        a.whatICanDoNow = text(answers.whatICanDoNow());
        a.whatMyAgencyCanDo = text(answers.whatMyAgencyCanDo());
        a.additionalHelp = text(answers.additionalHelp());
        a.needsOtherAgencies = answers.needsOtherAgencies();
        a.growingStrengths = text(answers.growingStrengths());
        a.growingChallenges = text(answers.growingChallenges());
        a.carersStrengths = text(answers.carersStrengths());
        a.carersChallenges = text(answers.carersChallenges());
        a.widerWorldStrengths = text(answers.widerWorldStrengths());
        a.widerWorldChallenges = text(answers.widerWorldChallenges());
        a.childsViews = text(answers.childsViews());
        a.parentsViews = text(answers.parentsViews());
        return a;
    }

    /** Blank is not written: the page then shows the question as unanswered. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public Long getConcernId() { return concernId; }
    public String getAssessedBy() { return assessedBy; }
    public Instant getAssessedAt() { return assessedAt; }
    public String getWhatIsGettingInTheWay() { return whatIsGettingInTheWay; }
    public String getInformationNeeded() { return informationNeeded; }
    public String getWhatICanDoNow() { return whatICanDoNow; }
    public String getWhatMyAgencyCanDo() { return whatMyAgencyCanDo; }
    public String getAdditionalHelp() { return additionalHelp; }
    public boolean isNeedsOtherAgencies() { return needsOtherAgencies; }
    public String getGrowingStrengths() { return growingStrengths; }
    public String getGrowingChallenges() { return growingChallenges; }
    public String getCarersStrengths() { return carersStrengths; }
    public String getCarersChallenges() { return carersChallenges; }
    public String getWiderWorldStrengths() { return widerWorldStrengths; }
    public String getWiderWorldChallenges() { return widerWorldChallenges; }
    public String getChildsViews() { return childsViews; }
    public String getParentsViews() { return parentsViews; }
}
