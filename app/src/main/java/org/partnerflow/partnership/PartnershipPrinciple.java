package org.partnerflow.partnership;

/**
 * The nine principles of partnership working in an empowered system (seed 000): the criteria each
 * partner rates the partnership on, every evaluation cycle, on the six-point scale.
 */
public enum PartnershipPrinciple {
    GIRFEC_AND_PLANS("Central to GIRFEC, informed by Children's Services Plans", "GIRFEC and plans"),
    CLEAR_PURPOSE("Clear purpose, aims, roles and responsibilities, shared by all", "Clear purpose and roles"),
    JOINT_PLANNING("Jointly plan and evaluate shared programmes", "Joint planning"),
    SHARED_NEEDS("Shared understanding of needs from local data and communities", "Shared needs"),
    SHARED_LEARNING("Share skills, knowledge and experience; joint professional learning", "Shared learning"),
    ENGAGEMENT("Regular, structured, supportive and efficient engagement", "Engagement"),
    LEARNING_FROM_OTHERS("Learn from good partnership working elsewhere", "Learning from others"),
    LEADERSHIP("Leadership for others in building and evaluating partnership working", "Leadership"),
    TRUST("Founded on mutual trust and respect", "Trust and respect");

    private final String statement;
    private final String shortName;

    PartnershipPrinciple(String statement, String shortName) {
        this.statement = statement;
        this.shortName = shortName;
    }

    public String statement() { return statement; }
    public String shortName() { return shortName; }

    /** The form field that carries this principle's rating: principle1 … principle9. */
    public String ratingField() {
        return "principle" + (ordinal() + 1);
    }
}
