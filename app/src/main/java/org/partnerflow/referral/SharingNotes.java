package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What Practice Guidance 4 asks to be recorded about a share beyond what and with whom: its lawful
 * basis, whether the child or parent was told (and if not, why), their views, and any advice sought
 * (from whom, and what it was). Kept with the consent record and with each share. Rows from before
 * the guidance's fields were recorded have none of it (null: "not recorded").
 */
@Embeddable
public class SharingNotes {

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", length = 30)
    private LawfulBasis lawfulBasis;
    @Column(name = "family_told")
    private Boolean familyTold;
    @Column(name = "not_told_reason", length = 4000)
    private String notToldReason;
    @Column(name = "family_views", length = 4000)
    private String familyViews;
    @Column(name = "advice_from", length = 200)
    private String adviceFrom;
    @Column(name = "advice_given", length = 4000)
    private String adviceGiven;

    protected SharingNotes() {
    }

    SharingNotes(LawfulBasis lawfulBasis, Boolean familyTold, String notToldReason, String familyViews, String adviceFrom,
                 String adviceGiven) {
        this.lawfulBasis = lawfulBasis;
        this.familyTold = familyTold;
        this.notToldReason = Boolean.FALSE.equals(familyTold) ? blankToNull(notToldReason) : null;
        this.familyViews = blankToNull(familyViews);
        this.adviceFrom = blankToNull(adviceFrom);
        this.adviceGiven = this.adviceFrom == null ? null : blankToNull(adviceGiven);
    }

    /** A share by the process itself with child protection: the law expects it, whatever the consent; nobody was asked here. */
    static SharingNotes childProtection() {
        return new SharingNotes(LawfulBasis.CHILD_PROTECTION, null, null, null, null, null);
    }

    /** The same notes under another lawful basis. */
    SharingNotes withBasis(LawfulBasis basis) {
        return new SharingNotes(basis, familyTold, notToldReason, familyViews, adviceFrom, adviceGiven);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LawfulBasis getLawfulBasis() { return lawfulBasis; }
    /** Whether the child or parent was told; null when not recorded. */
    public Boolean getFamilyTold() { return familyTold; }
    public String getNotToldReason() { return notToldReason; }
    public String getFamilyViews() { return familyViews; }
    public String getAdviceFrom() { return adviceFrom; }
    public String getAdviceGiven() { return adviceGiven; }
}
