package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private note of an organisation's staff on a story routed to it; only that organisation reads it. */
@Entity
@Table(name = "story_note")
public class StoryNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private long storyId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "author_id")
    private Long authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoryNote() {
    }

    public StoryNote(long storyId, long organisationId, long authorId, String body, Instant now) {
        this.storyId = storyId;
        this.organisationId = organisationId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long storyId() {
        return storyId;
    }

    public long organisationId() {
        return organisationId;
    }

    public Long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
