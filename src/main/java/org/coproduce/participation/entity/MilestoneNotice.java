package org.coproduce.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/** The milestone e-mail to one follower (a following subscription), sent once. */
@Entity
@Table(name = "milestone_notice")
public class MilestoneNotice implements Emailed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id")
    private long milestoneId;

    @Column(name = "subscription_id")
    private long subscriptionId;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected MilestoneNotice() {
    }

    public MilestoneNotice(long milestoneId, long subscriptionId) {
        this.milestoneId = milestoneId;
        this.subscriptionId = subscriptionId;
    }

    public Long id() {
        return id;
    }

    public long milestoneId() {
        return milestoneId;
    }

    public long subscriptionId() {
        return subscriptionId;
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
