package org.partnerflow.referral;

/**
 * Whom a fact in the chronology came from, so that a reader can weigh it (Care Inspectorate guidance on
 * chronologies: the source of each entry). Entries the process writes itself have none.
 */
public enum InformationSource {
    SCHOOL, HEALTH, POLICE, SOCIAL_WORK, PARENT_CARER, CHILD, OTHER;

    /** The source the raiser of a concern gave, in the chronology's terms. */
    static InformationSource of(RaiseConcernAnswers.ConcernSource raisedBy) {
        if (raisedBy == null) {
            return null;
        }
        return switch (raisedBy) {
            case SCHOOL -> SCHOOL;
            case HEALTH -> HEALTH;
            case POLICE -> POLICE;
            case SOCIAL_WORK -> SOCIAL_WORK;
            case PARENT -> PARENT_CARER;
            case SELF -> CHILD;
            default -> OTHER;
        };
    }
}
