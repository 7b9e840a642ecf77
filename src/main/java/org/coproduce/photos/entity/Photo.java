package org.coproduce.photos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo on a story: what describes it; its bytes are in the store it names. */
@Entity
@Table(name = "story_photo")
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private long storyId;

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

    public Photo(long storyId, String altText, int width, int height, int byteCount, String store, Instant addedAt) {
        this.storyId = storyId;
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

    public long storyId() {
        return storyId;
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
