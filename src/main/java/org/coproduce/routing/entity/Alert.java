package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/**
 * An item in a staff member's inbox: a new story for them, one overdue for an answer, a reminder
 * before its deadline, or (for moderators and administrators) a story nobody took, to route by hand.
 */
@Entity
@Table(name = "alert")
public class Alert implements Emailed {

    public static final String NEW_STORY = "NEW_STORY";
    public static final String OVERDUE = "OVERDUE";
    public static final String REMINDER = "REMINDER";
    public static final String UNROUTED = "UNROUTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "story_id")
    private long storyId;

    private String kind;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Alert() {
    }

    public Alert(long accountId, long storyId, String kind, Instant now) {
        this.accountId = accountId;
        this.storyId = storyId;
        this.kind = kind;
        this.createdAt = now;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    @Override
    public void emailed(Instant now) {
        emailedAt = now;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long storyId() {
        return storyId;
    }

    public String kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    @Override
    public Instant emailedAt() {
        return emailedAt;
    }
}
