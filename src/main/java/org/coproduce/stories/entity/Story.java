package org.coproduce.stories.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.providers.entity.GeoPoint;

/**
 * A story and its lifecycle. The original text and the e-mail address are private: only the
 * moderated title and text are ever shown in public. Withdrawal erases everything personal.
 * <p>
 * Its place: the point the storyteller gave ({@code exact_*}) is kept for moderators only, until
 * publication, rejection, withdrawal or {@code COPRODUCE_EXACT_PLACE_DAYS}; in public it shows
 * coarsened ({@code latitude}/{@code longitude}, see {@link PlaceRule}), and only once
 * {@code place_grid_metres} says under which grid it was coarsened (rows from before that rule
 * show no point until the start-up step has coarsened them).
 */
@Entity
@Table(name = "story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "follow_token_hash")
    private String followTokenHash;

    @Enumerated(EnumType.STRING)
    private StoryStatus status;

    @Enumerated(EnumType.STRING)
    private Progress progress;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    private String happened;
    private String category;
    private String title;
    private String body;

    @Column(name = "prompt_good")
    private String promptGood;

    @Column(name = "prompt_improve")
    private String promptImprove;

    @Column(name = "prompt_feeling")
    private String promptFeeling;

    private String email;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "exact_latitude")
    private BigDecimal exactLatitude;

    @Column(name = "exact_longitude")
    private BigDecimal exactLongitude;

    @Column(name = "place_grid_metres")
    private Integer placeGridMetres;

    @Column(name = "published_title")
    private String publishedTitle;

    @Column(name = "published_body")
    private String publishedBody;

    /** The published words and their stems for the full-text index (SearchText); null unless published. */
    @Column(name = "search_text")
    private String searchText;

    private Integer criticality;

    @Column(name = "suggested_criticality")
    private Integer suggestedCriticality;

    private boolean safeguarding;
    private String language;

    @Column(name = "told_in")
    private String toldIn;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "client_hash")
    private String clientHash;

    @Column(name = "me_too")
    private int meToo;

    @Column(name = "training_consent")
    private boolean trainingConsent;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_read_at")
    private Instant firstReadAt;

    @Column(name = "moderators_reason")
    private String moderationReason;

    @Column(name = "moderators_edited_at")
    private Instant moderatorsEditedAt;
    @Column(name = "held_until")
    private Instant heldUntil;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_service", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_theme", joinColumns = @JoinColumn(name = "story_id"))
    private List<ThemeTag> themes = new ArrayList<>();

    protected Story() {
    }

    public Story(StoryText text, StoryContext context, String followTokenHash, Instant now) {
        this.title = text.title();
        this.body = text.story();
        this.promptGood = text.good();
        this.promptImprove = text.improve();
        this.promptFeeling = text.feeling();
        this.toldIn = text.language();
        this.relation = context.relation();
        this.happened = context.happened();
        this.category = context.category();
        this.email = context.email();
        this.exactLatitude = context.latitude() == null ? null : BigDecimal.valueOf(context.latitude());
        this.exactLongitude = context.longitude() == null ? null : BigDecimal.valueOf(context.longitude());
        this.serviceIds = new HashSet<>(context.serviceIds());
        this.trainingConsent = context.trainingConsent();
        this.followTokenHash = followTokenHash;
        this.status = StoryStatus.RECEIVED;
        this.progress = Progress.UNHEARD;
        this.submittedAt = now;
    }

    public void identify(String idempotencyKey, String requestHash, String clientHash) {
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.clientHash = clientHash;
    }

    public void publish(String title, String text, int criticality, List<ThemeTag> themes, Instant now) {
        requireStatus(StoryStatus.RECEIVED, "publish");
        this.publishedTitle = title;
        this.publishedBody = text;
        this.searchText = SearchText.of(title, text);
        this.criticality = criticality;
        this.themes = new ArrayList<>(themes);
        this.status = StoryStatus.PUBLISHED;
        this.publishedAt = now;
        forgetExactPlace();
    }

    /**
     * Publishes it for the organisations it is routed to only: it becomes public when released, at
     * {@code until} by the release job (null: only by a responder's acknowledgement or a moderator).
     */
    public void publishHeld(String title, String text, int criticality, List<ThemeTag> themes, Instant now, Instant until) {
        publish(title, text, criticality, themes, now);
        this.status = StoryStatus.HELD;
        this.heldUntil = until;
    }

    /** A held story becomes public (the period is over, a responder acknowledged it, or a moderator released it). */
    public void release() {
        requireStatus(StoryStatus.HELD, "release");
        this.status = StoryStatus.PUBLISHED;
        this.heldUntil = null;
    }

    /** A moderator keeps it held until then (null: until acknowledged or released by a moderator). */
    public void keepHeld(Instant until) {
        requireStatus(StoryStatus.HELD, "keep held");
        this.heldUntil = until;
    }

    public void reject(String reason) {
        requireStatus(StoryStatus.RECEIVED, "reject");
        this.rejectionReason = reason;
        this.status = StoryStatus.REJECTED;
        forgetExactPlace();
    }

    /** Out of public view until a moderator decides (reported often enough, or a moderator's call). */
    public void hide(String reason) {
        requireStatus(StoryStatus.PUBLISHED, "hide");
        status = StoryStatus.HIDDEN;
        moderationReason = reason;
    }

    /** Out of public view by a moderator's decision, with the statement of reasons the storyteller sees. */
    public void unpublish(String reason) {
        requireStatus("unpublish", StoryStatus.PUBLISHED, StoryStatus.HIDDEN);
        status = StoryStatus.UNPUBLISHED;
        moderationReason = reason;
    }

    /** Back in public view (a report was unfounded, or a contest upheld). */
    public void restore() {
        requireStatus("restore", StoryStatus.HIDDEN, StoryStatus.UNPUBLISHED);
        status = StoryStatus.PUBLISHED;
        moderationReason = null;
    }

    /** The moderators change the public text of a published (or hidden) story after a report; its page says so. */
    public void editPublished(String title, String text, String reason, Instant now) {
        requireStatus("edit", StoryStatus.PUBLISHED, StoryStatus.HIDDEN);
        publishedTitle = title;
        publishedBody = text;
        moderationReason = reason;
        moderatorsEditedAt = now;
    }

    /** Shows it at this point in public, coarsened under a grid of so many metres (null: nowhere). */
    public void showAt(GeoPoint shown, int gridMetres) {
        latitude = shown == null ? null : BigDecimal.valueOf(shown.latitude());
        longitude = shown == null ? null : BigDecimal.valueOf(shown.longitude());
        placeGridMetres = shown == null ? null : gridMetres;
    }

    /** A moderator moves the point: kept exactly only while the story awaits its decision, shown coarsened. */
    public void moveTo(GeoPoint exact, GeoPoint shown, int gridMetres) {
        requirePlaceable("move the place of");
        boolean keep = status == StoryStatus.RECEIVED;
        exactLatitude = keep ? BigDecimal.valueOf(exact.latitude()) : null;
        exactLongitude = keep ? BigDecimal.valueOf(exact.longitude()) : null;
        showAt(shown, gridMetres);
    }

    /** A moderator takes the place away: the story shows nowhere on the map. */
    public void removePlace() {
        requirePlaceable("remove the place of");
        forgetExactPlace();
        showAt(null, 0);
    }

    public void forgetExactPlace() {
        exactLatitude = null;
        exactLongitude = null;
    }

    private void requirePlaceable(String action) {
        if (status != StoryStatus.RECEIVED && status != StoryStatus.PUBLISHED && status != StoryStatus.HELD) {
            throw new IllegalTransition("Cannot " + action + " a story that is " + status.name().toLowerCase() + ".");
        }
    }

    /** The storyteller takes the story back: everything personal is erased, the fact stays. */
    public void withdraw() {
        if (status == StoryStatus.WITHDRAWN) {
            throw new IllegalTransition("This story has been withdrawn already.");
        }
        status = StoryStatus.WITHDRAWN;
        title = "[withdrawn]";
        body = null;
        promptGood = null;
        promptImprove = null;
        promptFeeling = null;
        email = null;
        publishedTitle = null;
        publishedBody = null;
        searchText = null;
        latitude = null;
        longitude = null;
        placeGridMetres = null;
        forgetExactPlace();
        clientHash = null;
        trainingConsent = false;
        requestHash = null;
        rejectionReason = null;
        moderationReason = null;
        heldUntil = null;
        themes.clear();
    }

    /** The storyteller gives or withdraws their consent to train the theme model; not after withdrawal. */
    public void consentToTraining(boolean consent) {
        if (status == StoryStatus.WITHDRAWN) {
            throw new IllegalTransition("This story has been withdrawn.");
        }
        trainingConsent = consent;
    }

    /** The storyteller corrects their address (null: no more e-mails); not after withdrawal. */
    public void changeEmail(String address) {
        if (status == StoryStatus.WITHDRAWN) {
            throw new IllegalTransition("This story has been withdrawn.");
        }
        email = address;
    }

    public void readByProvider(Instant now) {
        if (firstReadAt == null) {
            firstReadAt = now;
        }
        progress = progress.atLeast(Progress.READ);
    }

    public void advance(Progress reached) {
        progress = progress.atLeast(reached);
    }

    public void meToo() {
        meToo++;
    }

    private void requireStatus(String action, StoryStatus... allowed) {
        if (!java.util.List.of(allowed).contains(status)) {
            throw new IllegalTransition("Cannot " + action + " a story that is " + status.name().toLowerCase() + ".");
        }
    }

    private void requireStatus(StoryStatus required, String action) {
        if (status != required) {
            throw new IllegalTransition("Cannot " + action + " a story that is " + status.name().toLowerCase() + ".");
        }
    }

    /** As told; in the language it was told in, else the one the analysis found (English headings when neither is known). */
    public StoryText text() {
        return new StoryText(title, body, promptGood, promptImprove, promptFeeling, toldIn != null ? toldIn : language);
    }

    public boolean published() {
        return status == StoryStatus.PUBLISHED;
    }

    /** Moderated and routed, not public yet. */
    public boolean held() {
        return status == StoryStatus.HELD;
    }

    /** When a held story becomes public by itself; null when not held, or kept held by a moderator. */
    public Instant heldUntil() {
        return heldUntil;
    }

    public Long id() {
        return id;
    }

    public StoryStatus status() {
        return status;
    }

    public Progress progress() {
        return progress;
    }

    public Relation relation() {
        return relation;
    }

    public String happened() {
        return happened;
    }

    public String category() {
        return category;
    }

    /** The storyteller agreed that the moderated story may be used to retrain the theme model. */
    public boolean trainingConsent() {
        return trainingConsent;
    }

    public String email() {
        return email;
    }

    /** The latitude shown in public: coarsened, or null (no place, or not coarsened yet). */
    public Double latitude() {
        return shownPlace() == null ? null : latitude.doubleValue();
    }

    public Double longitude() {
        return shownPlace() == null ? null : longitude.doubleValue();
    }

    /** The point shown in public, or null (no place, or a row from before the rule, not coarsened yet). */
    public GeoPoint shownPlace() {
        return latitude == null || longitude == null || placeGridMetres == null ? null
                : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    /** The point the storyteller (or a moderator) gave, for moderators only; null once erased. */
    public GeoPoint exactPlace() {
        return exactLatitude == null || exactLongitude == null ? null
                : new GeoPoint(exactLatitude.doubleValue(), exactLongitude.doubleValue());
    }

    /** The most precise point still kept: the exact one while it is, else the one shown (routing by area uses it). */
    public GeoPoint place() {
        return exactPlace() != null ? exactPlace() : shownPlace();
    }

    /** What to coarsen (again): the exact point while kept, else the stored public one, whatever grid it was coarsened under. */
    public GeoPoint placeToCoarsen() {
        return exactPlace() != null ? exactPlace()
                : latitude == null || longitude == null ? null : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    /** The grid (metres) its public point was coarsened under; null when it has none, or not yet coarsened. */
    public Integer placeGridMetres() {
        return placeGridMetres;
    }

    public String publishedTitle() {
        return publishedTitle;
    }

    public String publishedBody() {
        return publishedBody;
    }

    public Integer criticality() {
        return criticality;
    }

    public Integer suggestedCriticality() {
        return suggestedCriticality;
    }

    public boolean safeguarding() {
        return safeguarding;
    }

    public String language() {
        return language;
    }

    /** The language the storyteller told it in ("en" or "de"); null for stories told before it was kept. */
    public String toldIn() {
        return toldIn;
    }

    /** The language to write to the storyteller in: as told, else as the analysis found it, else English. */
    public String storytellerLanguage() {
        return toldIn != null ? toldIn : language != null ? language : "en";
    }

    /** The language the text is in, for a page's lang attribute: as the analysis found it, else as told; null when unknown. */
    public String textLanguage() {
        return language != null ? language : toldIn;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** The moderators' statement of reasons for hiding, unpublishing or editing it after publication; null if none. */
    public String moderationReason() {
        return moderationReason;
    }

    /** When the moderators last edited its public text after publication; null if never. */
    public Instant moderatorsEditedAt() {
        return moderatorsEditedAt;
    }

    public String requestHash() {
        return requestHash;
    }

    /** Whether the link shown when the story was told has this hash. */
    public boolean followedWith(String tokenHash) {
        return followTokenHash.equals(tokenHash);
    }

    public int meTooCount() {
        return meToo;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    public Set<Long> serviceIds() {
        return Set.copyOf(serviceIds);
    }

    public List<ThemeTag> themes() {
        return List.copyOf(themes);
    }
}
