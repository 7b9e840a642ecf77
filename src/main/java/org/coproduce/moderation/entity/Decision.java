package org.coproduce.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who decided what about a story (or one of its replies), and when. */
@Entity
@Table(name = "moderation_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private long storyId;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "moderator_id")
    private Long moderatorId;

    private String action;
    private String reason;

    @Column(name = "text_before")
    private String textBefore;

    @Column(name = "text_after")
    private String textAfter;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    public Decision(long storyId, Long responseId, Long moderatorId, String action, String reason, String textBefore,
            String textAfter, Instant decidedAt) {
        this.storyId = storyId;
        this.responseId = responseId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.reason = reason;
        this.textBefore = textBefore;
        this.textAfter = textAfter;
        this.decidedAt = decidedAt;
    }

    /** Keeps the fact of the decision, drops the texts (the storyteller withdrew the story). */
    public void eraseTexts() {
        textBefore = null;
        textAfter = null;
        reason = reason == null ? null : "[erased]";
    }

    public Long id() {
        return id;
    }

    public long storyId() {
        return storyId;
    }

    public Long moderatorId() {
        return moderatorId;
    }

    public Long responseId() {
        return responseId;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String textBefore() {
        return textBefore;
    }

    public String textAfter() {
        return textAfter;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
