package org.partnerflow.establishment;

/** What an establishment is; people read the words from the bundle ({@code EstablishmentKind.*}). */
public enum EstablishmentKind {
    PRIMARY_SCHOOL, SECONDARY_SCHOOL, ADDITIONAL_SUPPORT_NEEDS_SCHOOL, EARLY_LEARNING_AND_CHILDCARE, HEALTH_VISITING_TEAM
}
