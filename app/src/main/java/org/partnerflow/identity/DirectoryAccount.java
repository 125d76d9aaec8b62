package org.partnerflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What Partnerflow keeps of a person beside the engine user: the directory they sign in through, its
 * unchanging id for them, when they first and last signed in, and whether they were marked as having
 * left (then no door lets them in). Someone marked as left who never signed in through a directory has
 * source {@code LOCAL}.
 */
@Entity
@Table(name = "directory_account")
public class DirectoryAccount {

    static final String LOCAL = "LOCAL";

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;
    @Version
    private long version;
    @Column(nullable = false, length = 10)
    private String source;
    @Column(length = 255)
    private String subject;
    @Column(name = "first_signed_in_at")
    private Instant firstSignedInAt;
    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;
    @Column(name = "left_at")
    private Instant leftAt;
    @Column(name = "left_recorded_by", length = 64)
    private String leftRecordedBy;

    protected DirectoryAccount() {
    }

    DirectoryAccount(String userId, String source, String subject) {
        this.userId = userId;
        this.source = source;
        this.subject = subject;
    }

    void signedIn(String source, String subject, Instant at) {
        this.source = source;
        this.subject = subject;
        if (firstSignedInAt == null) {
            firstSignedInAt = at;
        }
        lastSignedInAt = at;
    }

    void left(String by, Instant at) {
        leftAt = at;
        leftRecordedBy = by;
    }

    void returned() {
        leftAt = null;
        leftRecordedBy = null;
    }

    public boolean hasLeft() {
        return leftAt != null;
    }

    public String getUserId() { return userId; }
    public long getVersion() { return version; }
    public String getSource() { return source; }
    public String getSubject() { return subject; }
    public Instant getFirstSignedInAt() { return firstSignedInAt; }
    public Instant getLastSignedInAt() { return lastSignedInAt; }
    public Instant getLeftAt() { return leftAt; }
    public String getLeftRecordedBy() { return leftRecordedBy; }
}
