package org.partnerflow.audit;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which rows of the access log the signed-in overseer reads, where records belong to someone: a
 * child's case belongs to a council (issue 17). The feature that knows whose records are whose
 * contributes the one bean; without it every overseer reads every row.
 */
public interface AccessLogScope {

    /** How much of the log the reader sees. */
    enum Reach {
        /** Every row (administrators). */
        EVERY_ROW,
        /** The rows {@link #readableRows()} selects (a council's managers). */
        SOME_ROWS,
        /** No row: counts across the service only (the region's managers). */
        COUNTS_ONLY
    }

    /** The signed-in overseer's reach. */
    Reach reach();

    /** The rows the signed-in overseer may read, when their reach is {@link Reach#SOME_ROWS}. */
    Specification<RecordAccess> readableRows();
}
