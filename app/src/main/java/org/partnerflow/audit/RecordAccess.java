package org.partnerflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One opening of (or refusal to open) a record. */
@Entity
@Immutable
@Table(name = "record_access_log")
public class RecordAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;
    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;
    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;
    @Column(name = "record_id", nullable = false, length = 64)
    private String recordId;
    @Column(name = "view_name", nullable = false, length = 60)
    private String viewName;
    @Column(nullable = false)
    private boolean granted;

    protected RecordAccess() {
    }

    RecordAccess(Instant accessedAt, String userId, String recordType, String recordId, String viewName, boolean granted) {
        this.accessedAt = accessedAt;
        this.userId = userId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.viewName = viewName;
        this.granted = granted;
    }

    public Long getId() { return id; }
    public Instant getAccessedAt() { return accessedAt; }
    public String getUserId() { return userId; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
    public String getViewName() { return viewName; }
    public boolean isGranted() { return granted; }
}
