package org.partnerflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One action of a Child's Plan: what, who and which agency, by when. */
@Embeddable
public class PlanAction {

    @Column(nullable = false, length = 1000)
    private String what;
    @Column(length = 200)
    private String who;
    @Column(length = 200)
    private String agency;
    @Column(name = "by_when", length = 40)
    private String byWhen;

    protected PlanAction() {
    }

    public PlanAction(String what, String who, String agency, String byWhen) {
        this.what = what;
        this.who = who;
        this.agency = agency;
        this.byWhen = byWhen;
    }

    /** Reads a line written as "what; who; agency; by when" (later parts may be left out). */
    static PlanAction parse(String line) {
        String[] parts = line.split(";", 4);
        return new PlanAction(parts[0].strip(), part(parts, 1), part(parts, 2), part(parts, 3));
    }

    private static String part(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    public String getWhat() { return what; }
    public String getWho() { return who; }
    public String getAgency() { return agency; }
    public String getByWhen() { return byWhen; }
}
