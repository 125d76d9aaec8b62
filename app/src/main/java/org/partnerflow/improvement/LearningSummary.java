package org.partnerflow.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What a project learned, published to the learning library for every partnership lead. */
@Entity
@Immutable
@Table(name = "learning_summary")
public class LearningSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 8000)
    private String summary;
    @Column(name = "what_worked", nullable = false, length = 4000)
    private String whatWorked;
    @Column(name = "what_did_not", length = 4000)
    private String whatDidNot;
    @Column(name = "for_sharing_event", nullable = false)
    private boolean forSharingEvent;
    @Column(name = "published_by", length = 64)
    private String publishedBy;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected LearningSummary() {
    }

    LearningSummary(Long projectId, String title, String summary, String whatWorked, String whatDidNot, boolean forSharingEvent,
                    String publishedBy, Instant publishedAt) {
        this.projectId = projectId;
        this.title = title;
        this.summary = summary;
        this.whatWorked = whatWorked;
        this.whatDidNot = whatDidNot;
        this.forSharingEvent = forSharingEvent;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getWhatWorked() { return whatWorked; }
    public String getWhatDidNot() { return whatDidNot; }
    public boolean isForSharingEvent() { return forSharingEvent; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
