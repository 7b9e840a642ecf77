package org.coproduce.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A step of a change staff make public: planned, in progress or done, on a day, with what shows it. */
@Entity
@Table(name = "change_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "change_id")
    private long changeId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    private String evidence;

    @Column(name = "posted_by")
    private long postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected Milestone() {
    }

    public Milestone(long changeId, Stage stage, LocalDate happenedOn, String evidence, long postedBy, Instant now) {
        this.changeId = changeId;
        this.stage = stage;
        this.happenedOn = happenedOn;
        this.evidence = evidence;
        this.postedBy = postedBy;
        this.postedAt = now;
    }

    public Long id() {
        return id;
    }

    public long changeId() {
        return changeId;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public String evidence() {
        return evidence;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
