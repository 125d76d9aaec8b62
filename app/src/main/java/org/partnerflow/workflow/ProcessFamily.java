package org.partnerflow.workflow;

import java.util.List;
import java.util.Optional;
import org.partnerflow.notification.Notification;

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

    /**
     * What a notification about one of its tasks tells of, by the task's id in the model ("a wellbeing
     * concern is waiting for your assessment"); empty for a task said plainly as assigned or offered.
     * The family names its own tasks here, so the notifications know no process.
     */
    default Optional<Notification.Kind> noticeOf(String taskDefinitionKey) {
        return Optional.empty();
    }

    /**
     * The reference its notifications name a record by, from the record's process instance (a letter
     * and the record's number: C-000123): never a person's name or details, since the text may be
     * mailed. Empty while the process has no record yet: no one is told.
     */
    default Optional<String> reference(String processInstanceId) {
        return Optional.empty();
    }

    /** The address of one record's history timeline. */
    default String historyAddress(long id) {
        return "audit/" + historyKind() + "/" + id;
    }
}
