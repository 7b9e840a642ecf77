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

/**
 * A story and its lifecycle. The original text and the e-mail address are private: only the
 * moderated title and text are ever shown in public. Withdrawal erases everything personal.
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

    @Column(name = "published_title")
    private String publishedTitle;

    @Column(name = "published_body")
    private String publishedBody;

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
        this.latitude = context.latitude() == null ? null : BigDecimal.valueOf(context.latitude());
        this.longitude = context.longitude() == null ? null : BigDecimal.valueOf(context.longitude());
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
        this.criticality = criticality;
        this.themes = new ArrayList<>(themes);
        this.status = StoryStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public void reject(String reason) {
        requireStatus(StoryStatus.RECEIVED, "reject");
        this.rejectionReason = reason;
        this.status = StoryStatus.REJECTED;
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
        latitude = null;
        longitude = null;
        clientHash = null;
        trainingConsent = false;
        requestHash = null;
        rejectionReason = null;
        themes.clear();
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

    public Double latitude() {
        return latitude == null ? null : latitude.doubleValue();
    }

    public Double longitude() {
        return longitude == null ? null : longitude.doubleValue();
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
