package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.coproduce.problems.Conflict;

/** A published story routed to one organisation, with its response deadline. */
@Entity
@Table(name = "story_route")
@IdClass(StoryRoute.Key.class)
public class StoryRoute {

    @Id
    @Column(name = "story_id")
    private long storyId;

    @Id
    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** Counts assignments only (not answers or escalations), so a stale assignment gets a 409. */
    private long version;

    protected StoryRoute() {
    }

    public StoryRoute(long storyId, long organisationId, Instant dueAt) {
        this.storyId = storyId;
        this.organisationId = organisationId;
        this.dueAt = dueAt;
    }

    public void responded(Instant now) {
        if (respondedAt == null) {
            respondedAt = now;
        }
    }

    public boolean overdueAt(Instant now) {
        return respondedAt == null && now.isAfter(dueAt);
    }

    public void escalated(Instant now) {
        escalatedAt = now;
    }

    /** Assigns the story to a colleague (null: nobody), when the caller saw the current version. */
    public void assign(Long accountId, long seenVersion) {
        if (seenVersion != version) {
            throw new Conflict("The assignment was changed meanwhile; reload and try again.");
        }
        assigneeId = accountId;
        version++;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public long version() {
        return version;
    }

    public long storyId() {
        return storyId;
    }

    public long organisationId() {
        return organisationId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public record Key(long storyId, long organisationId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
