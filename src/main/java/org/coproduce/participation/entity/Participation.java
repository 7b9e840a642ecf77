package org.coproduce.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a change is open for participation: proposals, comments and support are taken only while it is. */
@Entity
@Table(name = "change_participation")
public class Participation {

    @Id
    @Column(name = "change_id")
    private Long changeId;

    @Column(name = "is_open")
    private boolean open;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    private Integer people;

    protected Participation() {
    }

    public Participation(long changeId) {
        this.changeId = changeId;
    }

    /** Opens or closes it; opening again after closing keeps what was said. */
    public void open(boolean open, long by, Instant now) {
        if (open && !this.open) {
            openedAt = now;
            closedAt = null;
        } else if (!open && this.open) {
            closedAt = now;
        }
        this.open = open;
        changedBy = by;
    }

    /** The people who took part, kept when their hashes are forgotten (empty until then: counted from the hashes). */
    public java.util.Optional<Integer> people() {
        return java.util.Optional.ofNullable(people);
    }

    public void counted(int people) {
        this.people = people;
    }

    public long changeId() {
        return changeId;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
