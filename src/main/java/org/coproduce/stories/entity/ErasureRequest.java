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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Someone without their private link asked to erase what was sent with an address: stories and
 * what other components hold ({@code platform.ErasableByAddress}), kept by kind and id. The address
 * is kept only as a keyed hash, the link e-mailed to it only as a hash; the link works once, for
 * {@link #VALID}, and only for what was found when it was asked for.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final Duration VALID = Duration.ofHours(24);

    /** The kind of the stories this component holds, kept in {@code story_ids}. */
    public static final String STORY = "story";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "address_hash")
    private String addressHash;

    @Column(name = "story_ids")
    private String storyIds;

    @Column(name = "other_ids")
    private String otherIds;

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
        this(addressHash, Map.of(STORY, storyIds), language, now);
    }

    /** What was found, by kind ({@value #STORY} and the other components' kinds). */
    public ErasureRequest(String addressHash, Map<String, List<Long>> found, String language, Instant now) {
        this.addressHash = addressHash;
        this.storyIds = joined(found.getOrDefault(STORY, List.of()));
        this.otherIds = found.entrySet().stream().filter(e -> !STORY.equals(e.getKey()) && !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ":" + joined(e.getValue())).collect(Collectors.joining(";"));
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
        return ids(storyIds);
    }

    /** Everything found, by kind, stories first; kinds with nothing found are left out. */
    public Map<String, List<Long>> found() {
        var found = new LinkedHashMap<String, List<Long>>();
        if (!storyIds.isEmpty()) {
            found.put(STORY, storyIds());
        }
        if (otherIds != null && !otherIds.isEmpty()) {
            Arrays.stream(otherIds.split(";")).map(kind -> kind.split(":", 2)).forEach(kind -> found.put(kind[0], ids(kind[1])));
        }
        return found;
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
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
