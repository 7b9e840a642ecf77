package org.coproduce.analysis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One retraining run: RUNNING, then ACTIVATED (the candidate scored better on held-out stories
 * and replaced the active model), KEPT (it did not), SKIPPED (too few corrections) or FAILED.
 */
@Entity
@Table(name = "theme_model")
public class TrainedModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String version;
    private String status;
    private boolean active;
    private int corrections;

    @Column(name = "held_out")
    private int heldOut;

    @Column(name = "active_f1")
    private Double activeF1;

    @Column(name = "candidate_f1")
    private Double candidateF1;


    private String message;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected TrainedModel() {
    }

    public TrainedModel(String version, Instant now) {
        this.version = version;
        this.status = "RUNNING";
        this.startedAt = now;
    }

    /** An activated model's bytes are kept in chunks (analysis.control.ModelChunks). */
    public void scored(int corrections, int heldOut, double activeF1, double candidateF1, boolean activate, Instant now) {
        this.corrections = corrections;
        this.heldOut = heldOut;
        this.activeF1 = activeF1;
        this.candidateF1 = candidateF1;
        this.active = activate;
        this.status = activate ? "ACTIVATED" : "KEPT";
        this.message = null;
        this.finishedAt = now;
    }

    /** What a running retraining is doing now. */
    public void progress(String message) {
        this.message = message;
    }

    public void ended(String status, String message, Instant now) {
        this.status = status;
        this.message = message == null ? null : message.substring(0, Math.min(500, message.length()));
        this.finishedAt = now;
    }

    public void retire() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String status() {
        return status;
    }

    public boolean active() {
        return active;
    }

    public int corrections() {
        return corrections;
    }

    public int heldOut() {
        return heldOut;
    }

    public Double activeF1() {
        return activeF1;
    }

    public Double candidateF1() {
        return candidateF1;
    }

    public String message() {
        return message;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
