package org.partnerflow.workflow;

import java.util.List;

/**
 * A family of processes as one unit: the BPMN process it deploys and every part the rest of the
 * application needs from it. Each feature (referral, partnership, improvement) declares one bean and
 * keeps its process key to itself; the navigation, the start page, oversight, the access log and the
 * history links ask the beans ({@link ProcessFamilies}). A test fails when a family lacks a part.
 */
public interface ProcessFamily {

    /** The id of its BPMN process, as deployed. */
    String processKey();

    /** What people call the family on oversight and start pages ("GIRFEC referral"). */
    String displayName();

    /** What the person working one of its tasks sees beside it. */
    SubjectSummaryProvider summary();

    /** The record types its openings and refusals are logged under in the access log. */
    List<String> auditedRecordTypes();

    /** The kind its history timelines are addressed by ({@code audit/<kind>/<id>}). */
    String historyKind();

    /** The route of its own start page, where the start form gets what the family fills in for it. */
    String startPage();

    /** The route of the list of its records, where people find one. */
    String recordsPage();

    /**
     * Its tables on the managers' oversight page, in the order they are shown; only those who may
     * oversee may read them (others are refused).
     */
    List<OversightFigure> oversightFigures();

    /** The address of one record's history timeline. */
    default String historyAddress(long id) {
        return "audit/" + historyKind() + "/" + id;
    }
}
