package org.coproduce.barriers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/** One status a responder set on a barrier, with its public note: a line of the barrier's public history. */
@Entity
@Table(name = "barrier_status")
public class StatusChange implements Emailed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "barrier_id")
    private long barrierId;

    @Enumerated(EnumType.STRING)
    private BarrierStatus status;

    private String note;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected StatusChange() {
    }

    public StatusChange(long barrierId, BarrierStatus status, String note, long organisationId, long accountId, Instant now) {
        this.barrierId = barrierId;
        this.status = status;
        this.note = note;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.changedAt = now;
    }

    public Long id() {
        return id;
    }

    public long barrierId() {
        return barrierId;
    }

    public BarrierStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public long organisationId() {
        return organisationId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public Instant emailedAt() {
        return emailedAt;
    }

    @Override
    public void emailed(Instant now) {
        this.emailedAt = now;
    }
}
