package org.coproduce.background.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "outbox")
public class OutboxTask {

    public static final int MAX_ATTEMPTS = 10;
    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "subject_id")
    private long subjectId;

    private String status;
    private int attempts;

    @Column(name = "available_at")
    private Instant availableAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected OutboxTask() {
    }

    public OutboxTask(String kind, long subjectId, Instant availableAt, Instant now) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.status = PENDING;
        this.availableAt = availableAt;
        this.createdAt = now;
    }

    public void done(Instant now) {
        status = DONE;
        doneAt = now;
    }

    /** Backs off 2, 4, 8 … seconds (at most 10 minutes); gives up after {@link #MAX_ATTEMPTS}. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = FAILED;
        } else {
            long seconds = Math.min(600, 1L << attempts);
            availableAt = now.plus(Duration.ofSeconds(seconds));
        }
    }

    /** An admin runs a task that had failed for good again, as if new: attempts start at zero, the last error stays until it runs. */
    public void retry(Instant now) {
        status = PENDING;
        attempts = 0;
        availableAt = now;
    }

    public void postpone(Duration delay, Instant now) {
        availableAt = now.plus(delay);
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant availableAt() {
        return availableAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
