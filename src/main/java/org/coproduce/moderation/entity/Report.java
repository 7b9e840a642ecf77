package org.coproduce.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice about a published story (responseId null) or one of its responses, from anyone, or the
 * storyteller's contest of a decision (reason CONTEST). Open until a moderator decides on its subject.
 */
@Entity
@Table(name = "story_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private long storyId;

    @Column(name = "response_id")
    private Long responseId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String note;

    @Column(name = "client_hash")
    private String clientHash;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String decision;

    protected Report() {
    }

    public Report(long storyId, Long responseId, ReportReason reason, String note, String clientHash, Instant now) {
        this.storyId = storyId;
        this.responseId = responseId;
        this.reason = reason;
        this.note = note;
        this.clientHash = clientHash;
        this.reportedAt = now;
    }

    public void decide(String decision, Instant now) {
        this.decision = decision;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public long storyId() {
        return storyId;
    }

    public Long responseId() {
        return responseId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decision() {
        return decision;
    }
}
