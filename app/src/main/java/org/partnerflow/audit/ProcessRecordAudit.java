package org.partnerflow.audit;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A feature's record whose process's history is its whole account (a partnership, an improvement
 * project), as the audit sees it. A feature registers one as a bean, naming its record type and how
 * to find one record.
 */
public final class ProcessRecordAudit implements AuditedRecords {

    /** What the audit shows of one record: its name and the process that holds its history. */
    public record Found(String name, String processInstanceId) {
    }

    private final String type;
    private final String accessRecordType;
    private final String title;
    private final LongFunction<Optional<Found>> find;

    /**
     * @param type             the subject type in addresses ({@code partnership})
     * @param accessRecordType the record type in the access log ({@code improvement-project})
     * @param title            what the record is called before its name ({@code Partnership})
     */
    public ProcessRecordAudit(String type, String accessRecordType, String title, LongFunction<Optional<Found>> find) {
        this.type = type;
        this.accessRecordType = accessRecordType;
        this.title = title;
        this.find = find;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String accessRecordType() {
        return accessRecordType;
    }

    @Override
    public Optional<AuditSubject> find(long id) {
        return find.apply(id).map(r -> new AuditSubject(type, id, title + ": " + r.name(), r.processInstanceId(), accessRecordType));
    }
}
