package org.coproduce.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the library's audit trail: who created, changed or deleted which reason, with the wording before and after. */
@Entity
@Table(name = "moderation_reason_change")
public class ReasonChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "account_id")
    private Long accountId;

    private String action;

    @Column(name = "text_before")
    private String textBefore;

    @Column(name = "text_after")
    private String textAfter;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ReasonChange() {
    }

    public ReasonChange(String reasonCode, Long accountId, String action, String textBefore, String textAfter, Instant changedAt) {
        this.reasonCode = reasonCode;
        this.accountId = accountId;
        this.action = action;
        this.textBefore = textBefore;
        this.textAfter = textAfter;
        this.changedAt = changedAt;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public Long accountId() {
        return accountId;
    }

    public String action() {
        return action;
    }

    public String textBefore() {
        return textBefore;
    }

    public String textAfter() {
        return textAfter;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
