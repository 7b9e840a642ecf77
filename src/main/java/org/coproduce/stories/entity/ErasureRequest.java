package org.coproduce.stories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A storyteller without their follow link asked to erase the stories told with an address. The
 * address is kept only as a keyed hash, the link e-mailed to it only as a hash; the link works
 * once, for {@link #VALID}, and only for the stories found when it was asked for.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final Duration VALID = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "address_hash")
    private String addressHash;

    @Column(name = "story_ids")
    private String storyIds;

    private String language;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ErasureRequest() {
    }

    public ErasureRequest(String addressHash, List<Long> storyIds, String language, Instant now) {
        this.addressHash = addressHash;
        this.storyIds = storyIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.language = language;
        this.createdAt = now;
    }

    /** The link's token hash: a new link replaces the one sent before (the e-mail may be sent again). */
    public void linkedBy(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public boolean open(Instant now) {
        return usedAt == null && tokenHash != null && now.isBefore(expiresAt());
    }

    /** Confirmed: the link works no more. */
    public void use(Instant now) {
        if (!open(now)) {
            throw new IllegalTransition("This erasure link has been used or has expired.");
        }
        usedAt = now;
        tokenHash = null;
    }

    public List<Long> storyIds() {
        return storyIds.isEmpty() ? List.of() : Arrays.stream(storyIds.split(",")).map(Long::valueOf).toList();
    }

    public Instant expiresAt() {
        return createdAt.plus(VALID);
    }

    public Long id() {
        return id;
    }

    public String language() {
        return language;
    }
}
