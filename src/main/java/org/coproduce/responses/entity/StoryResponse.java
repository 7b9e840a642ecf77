package org.coproduce.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.coproduce.stories.entity.IllegalTransition;

/** A reply under a story: a provider's public response or the storyteller's reply. */
@Entity
@Table(name = "response")
public class StoryResponse {

    public static final String PROVIDER = "PROVIDER";
    public static final String STORYTELLER = "STORYTELLER";
    public static final String PENDING = "PENDING";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String REJECTED = "REJECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id")
    private long storyId;

    private String kind;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_title")
    private String authorTitle;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String body;

    @Column(name = "change_kind")
    private String changeKind;

    @Column(name = "change_text")
    private String changeText;

    private String status;
    private int helpful;

    @Column(name = "written_in")
    private String writtenIn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "rejection_note")
    private String rejectionNote;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "pending_body")
    private String pendingBody;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected StoryResponse() {
    }

    public static StoryResponse byProvider(long storyId, long authorId, String name, String title, long organisationId,
            String text, ChangeRecord change, Instant now) {
        var r = new StoryResponse(storyId, PROVIDER, text, now);
        r.authorId = authorId;
        r.authorName = name;
        r.authorTitle = title;
        r.organisationId = organisationId;
        if (change != null) {
            r.changeKind = change.kind();
            r.changeText = change.description();
        }
        return r;
    }

    public static StoryResponse byStoryteller(long storyId, String text, Instant now) {
        return new StoryResponse(storyId, STORYTELLER, text, now);
    }

    private StoryResponse(long storyId, String kind, String text, Instant now) {
        this.storyId = storyId;
        this.kind = kind;
        this.body = text;
        this.status = PENDING;
        this.createdAt = now;
    }

    /** The language it is written in ("en" or "de"), for the pages' lang attribute. */
    public StoryResponse writtenIn(String language) {
        this.writtenIn = language;
        return this;
    }

    public String writtenIn() {
        return writtenIn;
    }

    /** Publishes it; for an author's edit of a published response, the edit replaces the public text. */
    public void publish(Instant now) {
        requirePending();
        if (pendingBody != null) {
            replaceText(pendingBody, now);
            return;
        }
        status = PUBLISHED;
        publishedAt = now;
    }

    /**
     * The author's edit. While it waits for a first decision the text is simply replaced; a published
     * response keeps its public text and holds the edit for moderation ({@code replaceAtOnce} false), or
     * takes it at once (a fast-tracked author, nothing found by the screening) and shows "edited".
     */
    public void edit(String text, boolean replaceAtOnce, Instant now) {
        if (PENDING.equals(status)) {
            body = text;
        } else if (PUBLISHED.equals(status)) {
            if (replaceAtOnce) {
                replaceText(text, now);
            } else {
                pendingBody = text;
            }
        } else {
            throw new IllegalTransition("A rejected or withdrawn response cannot be edited.");
        }
    }

    private void replaceText(String text, Instant now) {
        body = text;
        pendingBody = null;
        editedAt = now;
    }

    /** Its author takes it back: gone from public, out of the moderation queue. */
    public void withdraw(Instant now) {
        if (!PENDING.equals(status) && !PUBLISHED.equals(status)) {
            throw new IllegalTransition("This response was rejected or withdrawn already.");
        }
        status = WITHDRAWN;
        pendingBody = null;
        withdrawnAt = now;
    }

    /** A moderator takes a published response down after a report, with a reason from the fixed list and a note. */
    public void unpublish(String reason, String note) {
        if (!PUBLISHED.equals(status)) {
            throw new IllegalTransition("Only a published response can be taken down.");
        }
        status = REJECTED;
        pendingBody = null;
        rejectionReason = reason;
        rejectionNote = note;
    }

    /** Awaiting a moderator: a new response or reply, or an author's edit of a published response. */
    public boolean awaitsModeration() {
        return PENDING.equals(status) || pendingBody != null;
    }

    /** The text a moderator decides on: the author's edit when one waits, else the text. */
    public String textUnderReview() {
        return pendingBody != null ? pendingBody : body;
    }

    public void reject() {
        reject(null, null);
    }

    /**
     * Rejected with a reason from the moderators' fixed list and, optionally, a note in their words.
     * A rejected edit of a published response is dropped: the published text stays, the reason is kept.
     */
    public void reject(String reason, String note) {
        requirePending();
        rejectionReason = reason;
        rejectionNote = note;
        if (pendingBody != null) {
            pendingBody = null;
        } else {
            status = REJECTED;
        }
    }

    /** The moderator's edit before publishing (personal data taken out): only while it waits. */
    public void revise(String text) {
        requirePending();
        if (pendingBody != null) {
            pendingBody = text;
        } else {
            body = text;
        }
    }

    /** The story was withdrawn: a provider's answer may quote it, so its words go too (the facts stay). */
    public void eraseText() {
        body = "[withdrawn]";
        pendingBody = null;
        rejectionNote = null;
    }

    public void erase() {
        body = "[withdrawn]";
        pendingBody = null;
        rejectionNote = null;
        status = REJECTED;
    }

    public void helpful() {
        helpful++;
    }

    private void requirePending() {
        if (!awaitsModeration()) {
            throw new IllegalTransition("This reply has been decided already.");
        }
    }

    public Long id() {
        return id;
    }

    public long storyId() {
        return storyId;
    }

    public String kind() {
        return kind;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String authorTitle() {
        return authorTitle;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String body() {
        return body;
    }

    public ChangeRecord change() {
        return changeKind == null ? null : new ChangeRecord(changeKind, changeText);
    }

    public String status() {
        return status;
    }

    public int helpfulCount() {
        return helpful;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String rejectionNote() {
        return rejectionNote;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String pendingText() {
        return pendingBody;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public long version() {
        return version;
    }
}
