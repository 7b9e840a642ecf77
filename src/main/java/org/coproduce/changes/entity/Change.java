package org.coproduce.changes.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.stories.entity.IllegalTransition;

/**
 * A change an organisation planned or made. Once MADE (which needs the date it was made) the
 * storytellers of its linked stories are asked whether it made a difference, after a delay.
 */
@Entity
@Table(name = "service_change")
public class Change {

    public static final String PLANNED = "PLANNED";
    public static final String MADE = "MADE";
    public static final String DROPPED = "DROPPED";
    public static final Set<String> STATUSES = Set.of(PLANNED, MADE, DROPPED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String description;
    private String status;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "made_on")
    private LocalDate madeOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_service", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_theme", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "code")
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_story", joinColumns = @JoinColumn(name = "change_id"))
    private List<LinkedStory> stories = new ArrayList<>();

    protected Change() {
    }

    public Change(long organisationId, long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = PLANNED;
    }

    public void describe(String description, Set<Long> serviceIds, Set<String> themes, Set<Long> storyIds,
            LocalDate plannedOn) {
        this.description = description;
        this.serviceIds = new HashSet<>(serviceIds);
        this.themes = new HashSet<>(themes);
        this.plannedOn = plannedOn;
        stories.removeIf(s -> !storyIds.contains(s.storyId()));
        storyIds.stream().filter(id -> stories.stream().noneMatch(s -> s.storyId() == id)).sorted()
                .forEach(id -> stories.add(new LinkedStory(id)));
    }

    /** Links one more story (a response joining the change); a made change asks its storyteller after askAfter too. */
    public void link(long storyId, Duration askAfter) {
        if (stories.stream().anyMatch(s -> s.storyId() == storyId)) {
            return;
        }
        var linked = new LinkedStory(storyId);
        if (MADE.equals(status)) {
            linked.askFrom(madeOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(askAfter));
        }
        stories.add(linked);
    }

    /** Moves to PLANNED, MADE (on madeOn) or DROPPED; storytellers are asked after askAfter. */
    public void moveTo(String newStatus, LocalDate madeOn, Duration askAfter) {
        if (MADE.equals(newStatus)) {
            if (madeOn == null) {
                throw new IllegalTransition("A change marked made needs the date it was made (madeOn).");
            }
            this.madeOn = madeOn;
            Instant ask = madeOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(askAfter);
            stories.forEach(s -> s.askFrom(ask));
        } else {
            this.madeOn = null;
            stories.forEach(s -> s.askFrom(null));
        }
        this.status = newStatus;
    }

    public void answer(long storyId, Difference answer, Instant now) {
        var story = stories.stream().filter(s -> s.storyId() == storyId && s.askable(now)).findFirst()
                .orElseThrow(() -> new IllegalTransition("This change does not ask this story yet."));
        story.answer(answer, now);
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String description() {
        return description;
    }

    public String status() {
        return status;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Set<Long> serviceIds() {
        return Set.copyOf(serviceIds);
    }

    public Set<String> themes() {
        return Set.copyOf(themes);
    }

    public List<LinkedStory> stories() {
        return List.copyOf(stories);
    }
}
