package org.coproduce.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One reason of the moderation library: a short label for moderators, a text for the storyteller, in EN and DE. */
@Entity
@Table(name = "moderation_reason")
public class Reason {

    @Id
    private String code;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_de")
    private String labelDe;

    @Column(name = "text_en")
    private String textEn;

    @Column(name = "text_de")
    private String textDe;

    private int position;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Reason() {
    }

    public Reason(String code, ReasonWording wording, Instant now) {
        this.code = code;
        change(wording, now);
    }

    public void change(ReasonWording wording, Instant now) {
        this.labelEn = wording.labelEn();
        this.labelDe = wording.labelDe();
        this.textEn = wording.textEn();
        this.textDe = wording.textDe();
        this.position = wording.position();
        this.updatedAt = now;
    }

    /** The text for the storyteller in their language (German for "de", English otherwise). */
    public String textIn(String language) {
        return "de".equalsIgnoreCase(language) ? textDe : textEn;
    }

    public ReasonWording wording() {
        return new ReasonWording(labelEn, labelDe, textEn, textDe, position);
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
