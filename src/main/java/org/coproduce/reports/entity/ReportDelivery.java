package org.coproduce.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/**
 * One subscription's report of one closed period ("2026-11", "2026-W48"), queued once: the pair
 * is unique in the table, so the job never queues it twice, and it is marked e-mailed when sent.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery implements Emailed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id")
    private long subscriptionId;

    private String period;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected ReportDelivery() {
    }

    public ReportDelivery(long subscriptionId, String period, Instant now) {
        this.subscriptionId = subscriptionId;
        this.period = period;
        this.queuedAt = now;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String period() {
        return period;
    }

    @Override
    public Instant emailedAt() {
        return emailedAt;
    }

    @Override
    public void emailed(Instant now) {
        emailedAt = now;
    }
}
