package org.coproduce.changes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A story a change answers, and its storyteller's answer to "did it make a difference?". */
@Embeddable
public class LinkedStory {

    @Column(name = "story_id")
    private long storyId;

    @Column(name = "ask_from")
    private Instant askFrom;

    private String difference;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected LinkedStory() {
    }

    LinkedStory(long storyId) {
        this.storyId = storyId;
    }

    void askFrom(Instant when) {
        askFrom = when;
    }

    void answer(Difference answer, Instant now) {
        difference = answer.name();
        answeredAt = now;
    }

    public long storyId() {
        return storyId;
    }

    public boolean askable(Instant now) {
        return askFrom != null && !askFrom.isAfter(now);
    }

    /** Asked by now, not answered and not e-mailed yet. */
    public boolean toEmail(Instant now) {
        return askable(now) && difference == null && emailedAt == null;
    }

    public void emailed(Instant now) {
        emailedAt = now;
    }

    public Instant askFrom() {
        return askFrom;
    }

    public String difference() {
        return difference;
    }
}
