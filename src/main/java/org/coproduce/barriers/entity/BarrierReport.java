package org.coproduce.barriers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.coproduce.providers.entity.GeoPoint;

/**
 * A barrier report. Its lifecycle: PENDING until a moderator publishes or rejects it (once);
 * published, its status moves only forward, REPORTED → CONFIRMED → BEING_FIXED → FIXED (steps may
 * be skipped). The exact point is kept while it may still be needed to find the barrier and erased
 * on rejection and once fixed; the public point is always the one on the grid. A rejected report
 * keeps no e-mail address.
 */
@Entity
@Table(name = "barrier_report")
public class BarrierReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String category;
    private String place;
    private String description;
    private String language;

    @Column(name = "exact_latitude")
    private BigDecimal exactLatitude;

    @Column(name = "exact_longitude")
    private BigDecimal exactLongitude;

    private BigDecimal latitude;
    private BigDecimal longitude;
    private String email;

    @Column(name = "client_hash")
    private String clientHash;

    private String screening;

    @Enumerated(EnumType.STRING)
    private ModerationState state;

    @Enumerated(EnumType.STRING)
    private BarrierStatus status;

    @Column(name = "met_count")
    private int metCount;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "erase_token_hash")
    private String eraseTokenHash;

    @Version
    private long version;

    protected BarrierReport() {
    }

    public BarrierReport(String category, String place, String description, String language, GeoPoint exact, GeoPoint shown,
            String email, String clientHash, String screening, Instant now) {
        this.category = category;
        this.place = place;
        this.description = description;
        this.language = language;
        this.exactLatitude = BigDecimal.valueOf(exact.latitude());
        this.exactLongitude = BigDecimal.valueOf(exact.longitude());
        this.latitude = BigDecimal.valueOf(shown.latitude());
        this.longitude = BigDecimal.valueOf(shown.longitude());
        this.email = email;
        this.clientHash = clientHash;
        this.screening = screening;
        this.state = ModerationState.PENDING;
        this.status = BarrierStatus.REPORTED;
        this.submittedAt = now;
    }

    /** Public, with the moderator's wording of the place and description when given (redaction); true when that changed the words. */
    public boolean publish(long moderatorId, String place, String description, Instant now) {
        decide(moderatorId, now);
        this.state = ModerationState.PUBLISHED;
        String before = this.place + "\n" + this.description;
        if (place != null && !place.isBlank()) {
            this.place = place.strip();
        }
        if (description != null && !description.isBlank()) {
            this.description = description.strip();
        }
        this.statusAt = now;
        return !before.equals(this.place + "\n" + this.description);
    }

    public void reject(long moderatorId, Instant now) {
        decide(moderatorId, now);
        this.state = ModerationState.REJECTED;
        this.email = null;
        forgetExactPoint();
    }

    private void decide(long moderatorId, Instant now) {
        if (state != ModerationState.PENDING) {
            throw new BarrierTransitionRefused("This barrier report has been decided already.");
        }
        this.decidedBy = moderatorId;
        this.decidedAt = now;
    }

    /** A responder's step forward; fixed, the exact point is no longer needed. */
    public void moveTo(BarrierStatus next, Instant now) {
        if (state != ModerationState.PUBLISHED) {
            throw new BarrierTransitionRefused("Only a published barrier has a status to set.");
        }
        if (next.ordinal() <= status.ordinal()) {
            throw new BarrierTransitionRefused("A barrier's status only moves forward: reported, confirmed, being fixed, fixed.");
        }
        this.status = next;
        this.statusAt = now;
        if (next == BarrierStatus.FIXED) {
            forgetExactPoint();
        }
    }

    /** The hash of the reporter's private erasure link (given once, at the report). */
    public void erasableWith(String tokenHash) {
        this.eraseTokenHash = tokenHash;
    }

    /**
     * The reporter erases the report: the words, the exact point, the address, the client's hash,
     * the screening's findings and the link go; a published barrier stays as a tombstone (its
     * category, public point and the organisations' status history), out of public view.
     */
    public void withdraw() {
        if (state == ModerationState.WITHDRAWN) {
            throw new BarrierTransitionRefused("This barrier report has been withdrawn already.");
        }
        this.state = ModerationState.WITHDRAWN;
        this.place = "";
        this.description = "";
        this.email = null;
        this.clientHash = null;
        this.screening = null;
        this.eraseTokenHash = null;
        this.metCount = 0;
        forgetExactPoint();
    }

    public void metOnceMore() {
        metCount++;
    }

    public void forgetEmail() {
        this.email = null;
    }

    private void forgetExactPoint() {
        this.exactLatitude = null;
        this.exactLongitude = null;
    }

    public Long id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String place() {
        return place;
    }

    public String description() {
        return description;
    }

    public String language() {
        return language;
    }

    /** Where the barrier is exactly, while kept (moderators, the routed organisations); else null. */
    public GeoPoint exact() {
        return exactLatitude == null ? null : new GeoPoint(exactLatitude.doubleValue(), exactLongitude.doubleValue());
    }

    /** The public point, on the grid. */
    public GeoPoint shown() {
        return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    /** Where it is routed by: the exact point while kept, else the public one. */
    public GeoPoint routedBy() {
        var exact = exact();
        return exact == null ? shown() : exact;
    }

    public String email() {
        return email;
    }

    public String screening() {
        return screening;
    }

    public ModerationState state() {
        return state;
    }

    public boolean published() {
        return state == ModerationState.PUBLISHED;
    }

    public BarrierStatus status() {
        return status;
    }

    public int metCount() {
        return metCount;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public long version() {
        return version;
    }
}
