package org.coproduce.photos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo on a story or on a barrier report (exactly one of the two): what describes it; its bytes are in the store it names. */
@Entity
@Table(name = "story_photo")
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private Long storyId;

    @Column(name = "barrier_id")
    private Long barrierId;

    @Column(name = "alt_text")
    private String altText;

    private int width;

    private int height;

    @Column(name = "byte_count")
    private int byteCount;

    private String store;

    @Column(name = "added_at")
    private Instant addedAt;

    protected Photo() {
    }

    /** On a story (storyId) or a barrier report (barrierId): the other is null. */
    public Photo(Long storyId, Long barrierId, String altText, int width, int height, int byteCount, String store, Instant addedAt) {
        if ((storyId == null) == (barrierId == null)) {
            throw new IllegalArgumentException("a photo is on a story or on a barrier report");
        }
        this.storyId = storyId;
        this.barrierId = barrierId;
        this.altText = altText;
        this.width = width;
        this.height = height;
        this.byteCount = byteCount;
        this.store = store;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    /** The story it is on, or null (a barrier report's). */
    public Long storyId() {
        return storyId;
    }

    /** The barrier report it is on, or null (a story's). */
    public Long barrierId() {
        return barrierId;
    }

    public String altText() {
        return altText;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int byteCount() {
        return byteCount;
    }

    public String store() {
        return store;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
