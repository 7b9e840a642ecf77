package org.coproduce.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail about an item that is not a story: a proposal, a comment or a
 * barrier report. Who decided what (PUBLISH, EDIT_PUBLISH: published edited, REJECT), when, and why;
 * never the item's text.
 */
@Entity
@Table(name = "moderation_item_decision")
public class ItemDecision {

    public static final String PROPOSAL = "PROPOSAL";
    public static final String COMMENT = "COMMENT";
    public static final String BARRIER = "BARRIER";
    public static final java.util.List<String> KINDS = java.util.List.of(PROPOSAL, COMMENT, BARRIER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_kind")
    private String itemKind;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "moderator_id")
    private Long moderatorId;

    private String action;
    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ItemDecision() {
    }

    public ItemDecision(String itemKind, long itemId, Long moderatorId, String action, String reason, Instant decidedAt) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public String itemKind() {
        return itemKind;
    }

    public long itemId() {
        return itemId;
    }

    public Long moderatorId() {
        return moderatorId;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
