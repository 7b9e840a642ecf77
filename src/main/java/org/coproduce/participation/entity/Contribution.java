package org.coproduce.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.coproduce.stories.entity.IllegalTransition;

/**
 * A proposal on a change ({@code proposalId} null) or a comment on a proposal. Lifecycle: PENDING
 * (screened, seen only by moderators) → PUBLISHED (a moderator may edit the text, e.g. to take out
 * personal data) or REJECTED (with the reason). Staff answer a published proposal; a published
 * proposal gathers supports.
 */
@Entity
@Table(name = "change_contribution")
public class Contribution {

    public enum Status {
        PENDING, PUBLISHED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "change_id")
    private long changeId;

    @Column(name = "proposal_id")
    private Long proposalId;

    private String body;

    @Column(name = "display_name")
    private String displayName;

    private String language;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String findings;

    @Column(name = "author_hash")
    private String authorHash;

    @Column(name = "participant_hash")
    private String participantHash;

    @Column(name = "client_hash")
    private String clientHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    @Column(name = "answer_reason")
    private String answerReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    private int supports;

    @Version
    private long version;

    protected Contribution() {
    }

    public Contribution(long changeId, Long proposalId, String body, String displayName, String language, String findings,
            String authorHash, String participantHash, String clientHash, Instant now) {
        this.changeId = changeId;
        this.proposalId = proposalId;
        this.body = body;
        this.displayName = displayName;
        this.language = language;
        this.findings = findings;
        this.authorHash = authorHash;
        this.participantHash = participantHash;
        this.clientHash = clientHash;
        this.createdAt = now;
        this.status = Status.PENDING;
    }

    /** A moderator publishes it, with their edit of the text when given. */
    public void publish(String editedBody, long moderator, Instant now) {
        pending();
        if (editedBody != null) {
            body = editedBody;
        }
        status = Status.PUBLISHED;
        decidedBy = moderator;
        decidedAt = now;
        publishedAt = now;
    }

    public void reject(String reason, long moderator, Instant now) {
        pending();
        status = Status.REJECTED;
        rejectionReason = reason;
        decidedBy = moderator;
        decidedAt = now;
    }

    /** Staff's decision on a published proposal and why; a later answer replaces it. */
    public void answer(Answer answer, String reason, long by, Instant now) {
        if (!isProposal() || status != Status.PUBLISHED) {
            throw new IllegalTransition("Only a published proposal can be answered.");
        }
        this.answer = answer;
        this.answerReason = reason;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    /** One more supporter (the caller checked it is a new one). */
    public void supported() {
        if (!isProposal() || status != Status.PUBLISHED) {
            throw new IllegalTransition("Only a published proposal can be supported.");
        }
        supports++;
    }

    public void unsupported() {
        supports = Math.max(0, supports - 1);
    }

    private void pending() {
        if (status != Status.PENDING) {
            throw new IllegalTransition("This contribution was decided already.");
        }
    }

    public boolean isProposal() {
        return proposalId == null;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public long changeId() {
        return changeId;
    }

    public Long proposalId() {
        return proposalId;
    }

    public String body() {
        return body;
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    public Status status() {
        return status;
    }

    public String findings() {
        return findings;
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

    public Answer answer() {
        return answer;
    }

    public String answerReason() {
        return answerReason;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public int supports() {
        return supports;
    }

    public long version() {
        return version;
    }
}
