package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.problems.Conflict;

/** A published story no organisation took: in the platform queue until someone routes it by hand. */
@Entity
@Table(name = "unrouted_story")
public class UnroutedStory {

    @Id
    @Column(name = "story_id")
    private long storyId;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "routed_by")
    private Long routedBy;

    private long version;

    protected UnroutedStory() {
    }

    public UnroutedStory(long storyId, Instant now) {
        this.storyId = storyId;
        this.queuedAt = now;
    }

    /** Leaves the queue: routed by hand by this account (once; a stale version is a conflict). */
    public void routedBy(long accountId, long seenVersion, Instant now) {
        if (routedAt != null) {
            throw new Conflict("This story was routed already.");
        }
        if (seenVersion != version) {
            throw new Conflict("The queue item was changed meanwhile; reload and try again.");
        }
        routedAt = now;
        routedBy = accountId;
        version++;
    }

    public long storyId() {
        return storyId;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant routedAt() {
        return routedAt;
    }

    public long version() {
        return version;
    }
}
