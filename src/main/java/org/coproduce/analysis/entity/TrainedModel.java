package org.coproduce.analysis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.platform.Coded;

/**
 * One language's candidate in a retraining run: RUNNING, then ACTIVATED (the candidate scored better
 * on the language's held-out stories and replaced that language's active model), KEPT (it did not),
 * SKIPPED (too few corrections in the language) or FAILED. A run has one per language; they share
 * {@code runId}, the id of the run's first (English) one. Each language has its own active model.
 */
@Entity
@Table(name = "theme_model")
public class TrainedModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String version;

    /** The language's code (Language.code()). */
    private String language;

    @Column(name = "run_id")
    private Long runId;

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

    public TrainedModel(Language language, Instant now) {
        this.language = language.code();
        this.version = "themes-" + language.code() + "-" + now.toEpochMilli();
        this.status = "RUNNING";
        this.startedAt = now;
    }

    /** Joins the run whose first candidate this is (itself, for the first). */
    public void partOf(TrainedModel first) {
        this.runId = first.id;
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

    public Language language() {
        return Coded.parse(Language.class, language).orElse(Language.EN);
    }

    /** The run this candidate belongs to: the id of its first candidate (rows from before languages: their own). */
    public long runId() {
        return runId == null ? id : runId;
    }

    public boolean running() {
        return "RUNNING".equals(status);
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
