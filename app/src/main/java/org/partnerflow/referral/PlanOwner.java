package org.partnerflow.referral;

/** Someone who may own an action of a Child's Plan: a member of the case's team now, by full name, with their agency. */
public record PlanOwner(String id, String fullName, String agency) {
}
